package org.herald.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.herald.model.Actor;
import org.herald.model.ActorMention;
import org.herald.model.Article;
import org.herald.model.CodedArticle;
import org.herald.model.Event;
import org.herald.model.Ids;
import org.herald.model.Participant;
import org.herald.model.Place;
import org.herald.model.Quote;

/**
 * The store: an embedded DuckDB file holding every coded article, its events, actors, quotes and
 * places, and a view that rolls event mentions up into events.
 *
 * <p>Writes are idempotent and transactional: an article is stored whole in one transaction or
 * not at all, and storing an article already there (same id: same text and URL) changes nothing.
 * A process killed mid-write loses only the article it was writing; the next run stores it.
 * Every query is parameterised; lists are capped.
 *
 * <p>One {@code Store} holds one connection; calls are serialised on it.
 */
public final class Store implements AutoCloseable {

    /** The most rows any list returns. */
    public static final int MAX_ROWS = 1000;

    /** What {@link #put} did. */
    public enum Put { STORED, ALREADY_STORED }

    /** How much the store holds. */
    public record Counts(long articles, long stories, long eventMentions, long events, long quotes, long actorMentions) {
    }

    private final Connection db;
    private final Path file;

    private Store(Connection db, Path file) {
        this.db = db;
        this.file = file;
    }

    /** Opens (creating if needed) the store in a DuckDB file. */
    public static Store open(Path file) throws SQLException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            parent.toFile().mkdirs();
        }
        Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
        try (Statement s = c.createStatement()) {
            for (String sql : schema()) {
                s.execute(sql);
            }
            s.execute("INSERT INTO meta VALUES ('schema', '1') ON CONFLICT DO NOTHING");
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return new Store(c, file);
    }

    public Path file() {
        return file;
    }

    private static List<String> schema() {
        try (InputStream in = Store.class.getResourceAsStream("schema.sql")) {
            if (in == null) {
                throw new IllegalStateException("schema.sql is missing from the build");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)--.*$", "");
            List<String> out = new ArrayList<>();
            for (String stmt : text.split(";")) {
                if (!stmt.isBlank()) {
                    out.add(stmt.strip());
                }
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read schema.sql", e);
        }
    }

    /** Whether an article with this id is stored. */
    public synchronized boolean has(String articleId) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("SELECT 1 FROM articles WHERE id = ?")) {
            p.setString(1, articleId);
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        }
    }

    /** Stores a coded article in one transaction; a second put of the same article is a no-op. */
    public synchronized Put put(CodedArticle coded) throws SQLException {
        Article a = coded.article();
        if (has(a.id())) {
            return Put.ALREADY_STORED;
        }
        boolean auto = db.getAutoCommit();
        db.setAutoCommit(false);
        try {
            insertArticle(a);
            insertEvents(a, coded.events());
            insertActors(a, coded.actors());
            insertQuotes(a, coded.quotes());
            insertPlaces(a, coded.places());
            db.commit();
            return Put.STORED;
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(auto);
        }
    }

    /**
     * The key that makes two event mentions one event: the same code between the same actors on
     * the same day (the event's own date, else the article's).
     */
    static String eventKey(Event e, Article a) {
        String date = e.date() != null ? e.date().value() : a.published() != null ? a.published().value() : "";
        return Ids.of(e.code(), code(e.source()), code(e.target()), date);
    }

    private static String code(Participant p) {
        return p == null || p.actor() == null ? "" : p.actor().code();
    }

    private void insertArticle(Article a) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("INSERT INTO articles VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            int i = 0;
            p.setString(++i, a.id());
            p.setString(++i, a.origin());
            p.setString(++i, a.url());
            p.setString(++i, a.site());
            p.setString(++i, a.language());
            p.setString(++i, a.title());
            p.setString(++i, a.standfirst());
            p.setString(++i, a.published() == null ? null : a.published().value());
            p.setString(++i, a.published() == null ? null : a.published().precision().json());
            p.setString(++i, a.publishedFrom());
            p.setString(++i, a.contentHash());
            p.setString(++i, a.duplicateCluster() != null ? a.duplicateCluster() : a.contentHash());
            p.setString(++i, a.text());
            p.setTimestamp(++i, Timestamp.from(Instant.now()));
            p.executeUpdate();
        }
    }

    private void insertEvents(Article a, List<Event> events) throws SQLException {
        String sql = "INSERT INTO events VALUES (" + "?,".repeat(38) + "?) ON CONFLICT DO NOTHING";
        try (PreparedStatement p = db.prepareStatement(sql)) {
            for (Event e : events) {
                int i = 0;
                p.setString(++i, e.id());
                p.setString(++i, a.id());
                p.setInt(++i, e.sentence());
                p.setBoolean(++i, e.root());
                p.setBoolean(++i, e.headline());
                p.setString(++i, e.code());
                p.setString(++i, e.code().length() >= 2 ? e.code().substring(0, 2) : e.code());
                p.setString(++i, e.plover() == null ? null : e.plover().type());
                p.setString(++i, e.plover() == null ? null : e.plover().mode());
                p.setInt(++i, e.quad());
                p.setDouble(++i, e.goldstein());
                p.setString(++i, e.mode().json());
                p.setString(++i, e.attribution() == null ? null : e.attribution().text());
                p.setString(++i, e.attribution() == null ? null : e.attribution().actor());
                i = participant(p, i, e.source());
                i = participant(p, i, e.target());
                p.setString(++i, e.trigger() == null ? null : e.trigger().text());
                setInt(p, ++i, e.trigger() == null || e.trigger().span() == null ? null : e.trigger().span().start());
                setInt(p, ++i, e.trigger() == null || e.trigger().span() == null ? null : e.trigger().span().end());
                p.setString(++i, e.date() == null ? null : e.date().value());
                p.setString(++i, e.date() == null ? null : e.date().precision().json());
                p.setBoolean(++i, e.historical());
                Place pl = e.place();
                p.setString(++i, pl == null ? null : pl.name());
                setLong(p, ++i, pl == null ? null : pl.geonameid());
                p.setString(++i, pl == null ? null : pl.country());
                setDouble(p, ++i, pl == null ? null : pl.lat());
                setDouble(p, ++i, pl == null ? null : pl.lon());
                p.setDouble(++i, e.confidence());
                p.setString(++i, eventKey(e, a));
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private static int participant(PreparedStatement p, int i, Participant x) throws SQLException {
        Actor actor = x == null ? null : x.actor();
        p.setString(++i, x == null ? null : x.text());
        setInt(p, ++i, x == null || x.span() == null ? null : x.span().start());
        setInt(p, ++i, x == null || x.span() == null ? null : x.span().end());
        p.setString(++i, actor == null ? null : actor.code());
        p.setString(++i, actor == null ? null : actor.country());
        p.setString(++i, actor == null ? null : actor.name());
        return i;
    }

    private void insertActors(Article a, List<ActorMention> actors) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("INSERT INTO actor_mentions VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
            int n = 0;
            for (ActorMention m : actors) {
                int i = 0;
                p.setString(++i, a.id());
                p.setInt(++i, n++);
                p.setInt(++i, m.sentence());
                p.setInt(++i, m.span().start());
                p.setInt(++i, m.span().end());
                p.setString(++i, m.text());
                p.setString(++i, m.actor().code());
                p.setString(++i, m.actor().country());
                p.setString(++i, String.join(",", m.actor().roles()));
                p.setString(++i, m.actor().name());
                p.setString(++i, m.how());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private void insertQuotes(Article a, List<Quote> quotes) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("INSERT INTO quotes VALUES (?,?,?,?,?,?,?,?,?,?)")) {
            int n = 0;
            for (Quote q : quotes) {
                int i = 0;
                p.setString(++i, a.id());
                p.setInt(++i, n++);
                p.setInt(++i, q.sentence());
                p.setInt(++i, q.span().start());
                p.setInt(++i, q.span().end());
                p.setString(++i, q.text());
                p.setString(++i, q.kind().json());
                p.setString(++i, q.speaker() == null ? null : q.speaker().text());
                p.setString(++i, q.actor() == null ? null : q.actor().code());
                p.setString(++i, q.actor() == null ? null : q.actor().name());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private void insertPlaces(Article a, List<Place> places) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
            int n = 0;
            for (Place pl : places) {
                int i = 0;
                p.setString(++i, a.id());
                p.setInt(++i, n++);
                p.setString(++i, pl.name());
                p.setLong(++i, pl.geonameid());
                p.setString(++i, pl.country());
                p.setString(++i, pl.admin1());
                p.setDouble(++i, pl.lat());
                p.setDouble(++i, pl.lon());
                p.setString(++i, pl.featureClass());
                setInt(p, ++i, pl.span() == null ? null : pl.span().start());
                setInt(p, ++i, pl.span() == null ? null : pl.span().end());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private static void setInt(PreparedStatement p, int i, Integer v) throws SQLException {
        if (v == null) {
            p.setNull(i, Types.INTEGER);
        } else {
            p.setInt(i, v);
        }
    }

    private static void setLong(PreparedStatement p, int i, Long v) throws SQLException {
        if (v == null) {
            p.setNull(i, Types.BIGINT);
        } else {
            p.setLong(i, v);
        }
    }

    private static void setDouble(PreparedStatement p, int i, Double v) throws SQLException {
        if (v == null) {
            p.setNull(i, Types.DOUBLE);
        } else {
            p.setDouble(i, v);
        }
    }

    public synchronized Counts counts() throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("""
                SELECT (SELECT count(*) FROM articles), (SELECT count(DISTINCT story) FROM articles),
                       (SELECT count(*) FROM events), (SELECT count(*) FROM event_rollup),
                       (SELECT count(*) FROM quotes), (SELECT count(*) FROM actor_mentions)""")) {
            r.next();
            return new Counts(r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5), r.getLong(6));
        }
    }

    /**
     * Which rolled-up events to list: an actor code prefix (source or target), a CAMEO root, a
     * mode, a date range (inclusive, ISO dates compared as text), and a page.
     */
    public record EventQuery(String actor, String root, String mode, String from, String to, int limit, int offset) {

        public static EventQuery page(int limit, int offset) {
            return new EventQuery(null, null, null, null, null, limit, offset);
        }
    }

    /** The rolled-up events, most reported first, optionally only those an actor code prefix names. */
    public synchronized List<Map<String, Object>> events(String actor, int limit, int offset) throws SQLException {
        return events(new EventQuery(actor, null, null, null, null, limit, offset));
    }

    /** The rolled-up events the query selects, most reported first. */
    public synchronized List<Map<String, Object>> events(EventQuery q) throws SQLException {
        List<Object> args = new ArrayList<>();
        String sql = "SELECT * FROM event_rollup" + where(q, args)
                + " ORDER BY stories DESC, mentions DESC, date DESC, event_key LIMIT ? OFFSET ?";
        args.add(Math.max(0, Math.min(q.limit(), MAX_ROWS)));
        args.add(Math.max(0, q.offset()));
        return query(sql, args);
    }

    /** How many rolled-up events the query selects, ignoring its page. */
    public synchronized long countEvents(EventQuery q) throws SQLException {
        List<Object> args = new ArrayList<>();
        return ((Number) query("SELECT count(*) AS n FROM event_rollup" + where(q, args), args).get(0).get("n")).longValue();
    }

    private static String where(EventQuery q, List<Object> args) {
        List<String> terms = new ArrayList<>();
        if (q.actor() != null && !q.actor().isBlank()) {
            terms.add("(starts_with(source_code, ?) OR starts_with(target_code, ?))");
            args.add(q.actor().strip().toUpperCase(Locale.ROOT));
            args.add(q.actor().strip().toUpperCase(Locale.ROOT));
        }
        if (q.root() != null && !q.root().isBlank()) {
            terms.add("root_code = ?");
            args.add(q.root().strip());
        }
        if (q.mode() != null && !q.mode().isBlank()) {
            terms.add("mode = ?");
            args.add(q.mode().strip().toLowerCase(Locale.ROOT));
        }
        if (q.from() != null && !q.from().isBlank()) {
            terms.add("date >= ?");
            args.add(q.from().strip());
        }
        if (q.to() != null && !q.to().isBlank()) {
            terms.add("date < ?"); // a day, month or year "to" includes all of it: compare with its successor prefix
            args.add(q.to().strip() + "\uffff");
        }
        return terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms);
    }

    /** One rolled-up event by its key, if stored. */
    public synchronized Optional<Map<String, Object>> event(String eventKey) throws SQLException {
        List<Map<String, Object>> rows = query("SELECT * FROM event_rollup WHERE event_key = ?", List.of(eventKey));
        return rows.stream().findFirst();
    }

    /** Articles, newest first, with how many event mentions each holds (no text). */
    public synchronized List<Map<String, Object>> articles(int limit, int offset) throws SQLException {
        return query("""
                SELECT a.id, a.title, a.url, a.site, a.published, a.story, a.origin,
                       (SELECT count(*) FROM events e WHERE e.article = a.id) AS events
                FROM articles a ORDER BY a.published DESC NULLS LAST, a.id LIMIT ? OFFSET ?""",
                List.of(Math.max(0, Math.min(limit, MAX_ROWS)), Math.max(0, offset)));
    }

    /**
     * One article with its text and everything coded in it: event mentions, actor mentions,
     * quotes and places, each with its offsets into the text.
     */
    public synchronized Optional<Map<String, Object>> article(String id) throws SQLException {
        List<Map<String, Object>> rows = query("""
                SELECT id, origin, url, site, language, title, standfirst, published, published_precision,
                       published_from, content_hash, story, text, CAST(stored_at AS VARCHAR) AS stored_at
                FROM articles WHERE id = ?""", List.of(id));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> a = rows.get(0);
        a.put("events", query("SELECT * FROM events WHERE article = ? ORDER BY sentence, trigger_start", List.of(id)));
        a.put("actors", query("SELECT * EXCLUDE (article) FROM actor_mentions WHERE article = ? ORDER BY ordinal", List.of(id)));
        a.put("quotes", query("SELECT * EXCLUDE (article) FROM quotes WHERE article = ? ORDER BY ordinal", List.of(id)));
        a.put("places", query("SELECT * EXCLUDE (article) FROM places WHERE article = ? ORDER BY ordinal", List.of(id)));
        return Optional.of(a);
    }

    /**
     * What the store holds at a glance: counts, rolled-up events by CAMEO root, by mode, by day,
     * and the actor countries most often involved.
     */
    public synchronized Map<String, Object> summary() throws SQLException {
        Counts c = counts();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("articles", c.articles());
        out.put("stories", c.stories());
        out.put("event_mentions", c.eventMentions());
        out.put("events", c.events());
        out.put("quotes", c.quotes());
        out.put("actor_mentions", c.actorMentions());
        out.put("by_root", query("SELECT root_code AS key, count(*) AS events FROM event_rollup GROUP BY 1 ORDER BY 1", List.of()));
        out.put("by_mode", query("SELECT mode AS key, count(*) AS events FROM event_rollup GROUP BY 1 ORDER BY 1", List.of()));
        out.put("by_day", query("""
                SELECT substr(date, 1, 10) AS key, count(*) AS events FROM event_rollup
                WHERE date IS NOT NULL AND length(date) >= 10 GROUP BY 1 ORDER BY 1 LIMIT ?""", List.of(MAX_ROWS)));
        out.put("by_country", query("""
                SELECT country AS key, count(DISTINCT event_key) AS events FROM (
                  SELECT event_key, substr(source_code, 1, 3) AS country FROM event_rollup
                  UNION ALL SELECT event_key, substr(target_code, 1, 3) FROM event_rollup)
                WHERE country IS NOT NULL AND country <> '' AND country <> '---'
                GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 50""", List.of()));
        return out;
    }

    /** Places where rolled-up events happened, with how many events each has, most first. */
    public synchronized List<Map<String, Object>> places(int limit) throws SQLException {
        return query("""
                SELECT place_name AS name, round(lat, 4) AS lat, round(lon, 4) AS lon,
                       count(*) AS events, sum(mentions) AS mentions
                FROM event_rollup WHERE lat IS NOT NULL AND lon IS NOT NULL
                GROUP BY 1, 2, 3 ORDER BY 4 DESC, 1 LIMIT ?""", List.of(Math.max(0, Math.min(limit, MAX_ROWS))));
    }

    private List<Map<String, Object>> query(String sql, List<Object> args) throws SQLException {
        try (PreparedStatement p = db.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                p.setObject(i + 1, args.get(i));
            }
            return rows(p);
        }
    }

    /** The mentions of one rolled-up event, with the sentence each came from. */
    public synchronized List<Map<String, Object>> mentions(String eventKey, int limit) throws SQLException {
        String sql = """
                SELECT e.id, e.article, a.title, a.url, a.site, a.published, e.sentence, e.headline, e.mode, e.attribution_text,
                       e.source_text, e.source_start, e.source_end, e.source_code,
                       e.target_text, e.target_start, e.target_end, e.target_code,
                       e.trigger_text, e.trigger_start, e.trigger_end, e.date, e.place_name, e.confidence
                FROM events e JOIN articles a ON a.id = e.article
                WHERE e.event_key = ? ORDER BY a.published, e.id LIMIT ?""";
        try (PreparedStatement p = db.prepareStatement(sql)) {
            p.setString(1, eventKey);
            p.setInt(2, Math.max(0, Math.min(limit, MAX_ROWS)));
            return rows(p);
        }
    }

    /** Writes the rolled-up events, or every event mention, to a Parquet or CSV file. */
    public synchronized void export(String what, Path out, String format) throws SQLException {
        String table = switch (what) {
            case "events" -> "event_rollup";
            case "mentions" -> "events";
            case "articles" -> "(SELECT * EXCLUDE (text) FROM articles)";
            default -> throw new IllegalArgumentException("export events, mentions or articles, not '" + what + "'");
        };
        String fmt = switch (format) {
            case "parquet" -> "(FORMAT PARQUET)";
            case "csv" -> "(FORMAT CSV, HEADER)";
            default -> throw new IllegalArgumentException("export as parquet or csv, not '" + format + "'");
        };
        // COPY takes no parameter for its target: quote the path as a SQL string literal.
        String target = "'" + out.toAbsolutePath().toString().replace("'", "''") + "'";
        try (Statement s = db.createStatement()) {
            s.execute("COPY (SELECT * FROM " + table + ") TO " + target + " " + fmt);
        }
    }

    private static List<Map<String, Object>> rows(PreparedStatement p) throws SQLException {
        List<Map<String, Object>> out = new ArrayList<>();
        try (ResultSet r = p.executeQuery()) {
            ResultSetMetaData md = r.getMetaData();
            while (r.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int c = 1; c <= md.getColumnCount(); c++) {
                    row.put(md.getColumnLabel(c), r.getObject(c));
                }
                out.add(row);
            }
        }
        return out;
    }

    @Override
    public synchronized void close() throws SQLException {
        db.close();
    }
}

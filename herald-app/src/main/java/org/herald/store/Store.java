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
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
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
    private final Map<String, DuckDBAppender> appenders = new HashMap<>();

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
        // every row is made before any is written: a bad value fails here and touches nothing
        Map<String, List<Object[]>> rows = new LinkedHashMap<>();
        rows.put("articles", List.<Object[]>of(articleRow(a)));
        rows.put("events", eventRows(a, coded.events()));
        rows.put("actor_mentions", actorRows(a, coded.actors()));
        rows.put("quotes", quoteRows(a, coded.quotes()));
        rows.put("places", placeRows(a, coded.places()));
        boolean auto = db.getAutoCommit();
        db.setAutoCommit(false);
        try {
            // the look-up opens the transaction; an appender flushed with none open commits on its own
            if (has(a.id())) {
                db.rollback();
                return Put.ALREADY_STORED;
            }
            for (Map.Entry<String, List<Object[]>> t : rows.entrySet()) {
                DuckDBAppender ap = appender(t.getKey());
                for (Object[] row : t.getValue()) {
                    append(ap, row);
                }
                ap.flush();
            }
            db.commit();
            return Put.STORED;
        } catch (SQLException | RuntimeException e) {
            // appenders are dropped inside the transaction, so whatever they still held is rolled back too
            dropAppenders();
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(auto);
        }
    }

    /**
     * DuckDB's appender, one per table, kept open: it writes rows in column batches, where a
     * prepared INSERT runs once per row (measured in docs/store.md).
     */
    private DuckDBAppender appender(String table) throws SQLException {
        DuckDBAppender ap = appenders.get(table);
        if (ap == null) {
            ap = db.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, table);
            appenders.put(table, ap);
        }
        return ap;
    }

    private void dropAppenders() {
        for (DuckDBAppender ap : appenders.values()) {
            try {
                ap.close();
            } catch (SQLException | RuntimeException ignored) {
                // the write failed already; its rows go with the rollback
            }
        }
        appenders.clear();
    }

    private static void append(DuckDBAppender ap, Object[] row) throws SQLException {
        ap.beginRow();
        for (Object v : row) {
            if (v == null) {
                ap.appendNull();
            } else if (v instanceof String x) {
                ap.append(x);
            } else if (v instanceof Integer x) {
                ap.append(x.intValue());
            } else if (v instanceof Long x) {
                ap.append(x.longValue());
            } else if (v instanceof Double x) {
                ap.append(x.doubleValue());
            } else if (v instanceof Boolean x) {
                ap.append(x.booleanValue());
            } else if (v instanceof LocalDateTime x) {
                ap.append(x);
            } else {
                throw new IllegalArgumentException("no column type for " + v.getClass().getName());
            }
        }
        ap.endRow();
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

    // Rows in the column order of schema.sql.

    private static Object[] articleRow(Article a) {
        return new Object[] {a.id(), a.origin(), a.url(), a.site(), a.language(), a.title(), a.standfirst(),
            a.published() == null ? null : a.published().value(),
            a.published() == null ? null : a.published().precision().json(),
            a.publishedFrom(), a.contentHash(),
            a.duplicateCluster() != null ? a.duplicateCluster() : a.contentHash(),
            a.text(), LocalDateTime.now(ZoneOffset.UTC)};
    }

    private static List<Object[]> eventRows(Article a, List<Event> events) {
        List<Object[]> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Event e : events) {
            if (!ids.add(e.id())) {
                continue; // one row per event id, as the primary key wants
            }
            Place pl = e.place();
            List<Object> r = new ArrayList<>(40);
            r.add(e.id());
            r.add(a.id());
            r.add(e.sentence());
            r.add(e.root());
            r.add(e.headline());
            r.add(e.code());
            r.add(e.code().length() >= 2 ? e.code().substring(0, 2) : e.code());
            r.add(e.plover() == null ? null : e.plover().type());
            r.add(e.plover() == null ? null : e.plover().mode());
            r.add(e.quad());
            r.add(e.goldstein());
            r.add(e.mode().json());
            r.add(e.attribution() == null ? null : e.attribution().text());
            r.add(e.attribution() == null ? null : e.attribution().actor());
            participant(r, e.source());
            participant(r, e.target());
            r.add(e.trigger() == null ? null : e.trigger().text());
            r.add(e.trigger() == null || e.trigger().span() == null ? null : e.trigger().span().start());
            r.add(e.trigger() == null || e.trigger().span() == null ? null : e.trigger().span().end());
            r.add(e.date() == null ? null : e.date().value());
            r.add(e.date() == null ? null : e.date().precision().json());
            r.add(e.historical());
            r.add(pl == null ? null : pl.name());
            r.add(pl == null ? null : pl.geonameid());
            r.add(pl == null ? null : pl.country());
            r.add(pl == null ? null : pl.lat());
            r.add(pl == null ? null : pl.lon());
            r.add(e.confidence());
            r.add(eventKey(e, a));
            out.add(r.toArray());
        }
        return out;
    }

    private static void participant(List<Object> r, Participant x) {
        Actor actor = x == null ? null : x.actor();
        r.add(x == null ? null : x.text());
        r.add(x == null || x.span() == null ? null : x.span().start());
        r.add(x == null || x.span() == null ? null : x.span().end());
        r.add(actor == null ? null : actor.code());
        r.add(actor == null ? null : actor.country());
        r.add(actor == null ? null : actor.name());
    }

    private static List<Object[]> actorRows(Article a, List<ActorMention> actors) {
        List<Object[]> out = new ArrayList<>();
        for (ActorMention m : actors) {
            out.add(new Object[] {a.id(), out.size(), m.sentence(), m.span().start(), m.span().end(), m.text(),
                m.actor().code(), m.actor().country(), String.join(",", m.actor().roles()), m.actor().name(), m.how()});
        }
        return out;
    }

    private static List<Object[]> quoteRows(Article a, List<Quote> quotes) {
        List<Object[]> out = new ArrayList<>();
        for (Quote q : quotes) {
            out.add(new Object[] {a.id(), out.size(), q.sentence(), q.span().start(), q.span().end(), q.text(),
                q.kind().json(), q.speaker() == null ? null : q.speaker().text(),
                q.actor() == null ? null : q.actor().code(), q.actor() == null ? null : q.actor().name()});
        }
        return out;
    }

    private static List<Object[]> placeRows(Article a, List<Place> places) {
        List<Object[]> out = new ArrayList<>();
        for (Place pl : places) {
            out.add(new Object[] {a.id(), out.size(), pl.name(), pl.geonameid(), pl.country(), pl.admin1(), pl.lat(),
                pl.lon(), pl.featureClass(), pl.span() == null ? null : pl.span().start(),
                pl.span() == null ? null : pl.span().end()});
        }
        return out;
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
        try {
            for (DuckDBAppender ap : appenders.values()) {
                ap.close();
            }
        } finally {
            appenders.clear();
            db.close();
        }
    }
}

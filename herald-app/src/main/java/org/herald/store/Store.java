package org.herald.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.herald.model.Article;
import org.herald.model.CodedArticle;
import org.herald.model.ResolvedDate;
import org.herald.pipeline.Batch;
import org.herald.pipeline.Tables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store: an embedded DuckDB file holding every coded article, its events, actors, quotes and
 * places, and a view that rolls event mentions up into events.
 *
 * <p>Writes are idempotent and transactional: an article is stored whole in one transaction or
 * not at all, and storing an article already there (same id: same text and URL) changes nothing.
 * A process killed mid-write loses only the article it was writing; the next run stores it.
 * Every query is parameterised; lists are capped.
 *
 * <p>One {@code Store} holds at most one connection; calls are serialised on it. A store
 * {@linkplain #open opened} keeps its file until closed; a {@linkplain #shared shared} or
 * {@linkplain #readOnly read-only} one holds it only while it works, so that other processes can
 * read and write the same file in between (docs/store.md, "Reading while writing"). Use one
 * {@code Store} per file in a process.
 */
public final class Store implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Store.class);

    /** The most rows any list returns. */
    public static final int MAX_ROWS = 1000;

    /** What {@link #put} did. */
    public enum Put { STORED, ALREADY_STORED }

    /** How much the store holds. */
    public record Counts(long articles, long stories, long eventMentions, long events, long quotes, long actorMentions) {
    }

    private final Path file;
    private final StoreFile.Hold hold;
    private StoreFault broken; // set by a failed write: the store takes no more
    private final SearchIndex index;
    private final Map<String, DuckDBAppender> appenders = new HashMap<>();
    private Connection db; // null while a shared store has let go of its file
    private long[] rollupAt; // the article and mention counts rollup_now was made at

    private Store(Path file, StoreFile.Hold hold, Connection db, SearchIndex index) {
        this.file = file;
        this.hold = hold;
        this.db = db;
        this.index = index;
    }

    /**
     * Opens (creating if needed) the store in a DuckDB file and keeps the file until closed: no
     * other process can read it meanwhile. Waits while another process holds the file.
     */
    public static Store open(Path file) throws SQLException {
        Connection c = connectForWriting(file);
        return new Store(file, null, c, writableIndex(file, c, true));
    }

    /**
     * Opens (creating if needed) a store that holds its file only while it uses it, so that other
     * processes read it (and write it) in between: what {@code herald run}, {@code watch} and a
     * writing {@code serve} use (docs/store.md, "Reading while writing"). The search index stays
     * open: Lucene lets other processes read an index while one writes it.
     */
    public static Store shared(Path file) throws SQLException {
        Connection c = connectForWriting(file);
        return new Store(file, new StoreFile.Hold(file, true), null, writableIndex(file, c, false));
    }

    /**
     * A store that is only read: the file is opened read-only for each use, so a writer can go on
     * between uses, and nothing here can change it (what {@code herald sql}, {@code export} and a
     * read-only {@code serve} use). Its search index is read as the writer last committed it.
     */
    public static Store readOnly(Path file) throws SQLException {
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new SQLException("no store at " + file);
        }
        try {
            return new Store(file, new StoreFile.Hold(file, false), null, SearchIndex.openReadOnly(searchFolder(file)));
        } catch (IOException e) {
            throw new SQLException("cannot read the search index " + searchFolder(file) + ": " + e.getMessage(), e);
        }
    }

    /** The file opened for writing; one that cannot be opened or made is a {@link StoreFault} saying why. */
    private static Connection connectForWriting(Path file) throws SQLException {
        boolean existed = Files.exists(file);
        try {
            return StoreFile.connect(file, true, true);
        } catch (SQLException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("stayed held by another process") || m.startsWith("interrupted while waiting")) {
                throw e; // the file is sound, only busy
            }
            throw StoreFault.ofOpen(file, existed, e);
        }
    }

    /** The search index of a store being opened for writing, caught up with it; {@code keep}: leave the connection open. */
    private static SearchIndex writableIndex(Path file, Connection c, boolean keep) throws SQLException {
        SearchIndex index = null;
        try {
            index = SearchIndex.open(searchFolder(file));
            catchUp(c, index);
            if (!keep) {
                c.close();
            }
            return index;
        } catch (IOException | SQLException | RuntimeException e) {
            c.close();
            closeQuietly(index);
            throw new SQLException("cannot open the search index " + searchFolder(file) + ": " + e.getMessage(), e);
        }
    }

    /** The connection, opened again if a shared store had let go of it; every call is under this store's lock. */
    private Connection db() throws SQLException {
        if (hold != null) {
            db = hold.use(db, this);
        }
        return db;
    }

    /**
     * Lets go of the file (a shared store), after closing the appenders and committing the
     * search index, so that a reader in another process finds every article stored so far.
     * Called under this store's lock.
     */
    void release() throws SQLException {
        try {
            for (DuckDBAppender ap : appenders.values()) {
                ap.close();
            }
            if (index != null && hold != null && hold.writable()) {
                index.commit();
            }
        } catch (IOException e) {
            throw new SQLException("cannot commit the search index: " + e.getMessage(), e);
        } finally {
            appenders.clear();
            rollupAt = null; // rollup_now is a temporary table: it goes with the connection
            Connection c = db;
            db = null;
            if (c != null) {
                c.close();
            }
        }
    }

    /** Where the full-text index of a store's articles lives: a folder beside its file. */
    public static Path searchFolder(Path file) {
        return Path.of(file.toAbsolutePath() + ".search");
    }

    /**
     * Brings the search index level with the store: adds the articles it lacks (a crash before a
     * commit, a store made before search, a deleted index) and rebuilds it when it was made for
     * another store or holds an article this one does not.
     */
    private static void catchUp(Connection c, SearchIndex index) throws IOException, SQLException {
        long stored;
        String self;
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT (SELECT count(*) FROM articles), (SELECT value FROM meta WHERE key = 'store')")) {
            r.next();
            stored = r.getLong(1);
            self = r.getString(2);
        }
        if (!self.equals(index.owner())) {
            index.clear(self);
        } else if (stored == index.size()) {
            return;
        }
        Set<String> indexed = index.ids();
        Set<String> ids = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id FROM articles")) {
            while (r.next()) {
                ids.add(r.getString(1));
            }
        }
        if (!ids.containsAll(indexed)) {
            index.clear(self);
            indexed = Set.of();
        }
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id, title, text FROM articles")) {
            while (r.next()) {
                if (!indexed.contains(r.getString(1))) {
                    index.add(r.getString(1), r.getString(2), r.getString(3));
                }
            }
        }
        index.commit();
    }

    private static void closeQuietly(SearchIndex index) {
        if (index != null) {
            try {
                index.close();
            } catch (IOException | RuntimeException ignored) {
                // opening failed already; that is the error reported
            }
        }
    }

    public Path file() {
        return file;
    }

    /**
     * The statements that make the store's tables: the article tables and the event rollup as
     * Herald defines them everywhere ({@link Tables}), then the store's own (schema.sql).
     */
    static List<String> schema() {
        List<String> out = new ArrayList<>();
        for (Tables.Table t : Tables.ARTICLE_TABLES) {
            out.add(t.ddl());
        }
        out.add("CREATE OR REPLACE VIEW event_rollup AS " + Tables.rollupQuery());
        try (InputStream in = Store.class.getResourceAsStream("schema.sql")) {
            if (in == null) {
                throw new IllegalStateException("schema.sql is missing from the build");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)--.*$", "");
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

    /**
     * The store as a batch's sink ({@link Batch}): a run skips what is stored and stores the rest,
     * one article at a time; a failed write is a problem of the store stage.
     */
    public Batch.Sink<CodedArticle> sink() {
        return new Batch.Sink<>() {
            @Override
            public boolean has(String articleId) throws IOException {
                try {
                    return Store.this.has(articleId);
                } catch (SQLException e) {
                    throw new IOException(e.getMessage(), e);
                }
            }

            @Override
            public boolean put(Article article, CodedArticle coded) throws IOException {
                try {
                    return Store.this.put(coded) == Put.STORED;
                } catch (SQLException e) {
                    throw new IOException(e.getMessage(), e);
                }
            }
        };
    }

    /** Whether an article with this id is stored. */
    public synchronized boolean has(String articleId) throws SQLException {
        try (PreparedStatement p = db().prepareStatement("SELECT 1 FROM articles WHERE id = ?")) {
            p.setString(1, articleId);
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        }
    }

    /** Stores a coded article in one transaction; a second put of the same article is a no-op. */
    public synchronized Put put(CodedArticle coded) throws SQLException {
        if (broken != null) {
            throw broken;
        }
        Article a = coded.article();
        // every row is made before any is written: a bad value fails here and touches nothing
        Tables.Rows rows = Tables.rows(coded, LocalDateTime.now(ZoneOffset.UTC));
        boolean auto = db().getAutoCommit();
        db().setAutoCommit(false);
        try {
            // the look-up opens the transaction; an appender flushed with none open commits on its own
            if (has(a.id())) {
                db().rollback();
                return Put.ALREADY_STORED;
            }
            for (Tables.Table t : Tables.ARTICLE_TABLES) {
                DuckDBAppender ap = appender(t.name());
                for (Object[] row : rows.of(t)) {
                    append(ap, row);
                }
                ap.flush();
            }
            db().commit();
            indexText(a);
            return Put.STORED;
        } catch (SQLException | RuntimeException e) {
            // appenders are dropped inside the transaction, so whatever they still held is rolled back too
            dropAppenders();
            try {
                db.rollback();
            } catch (SQLException r) {
                e.addSuppressed(r); // the write's own failure is the one to report
            }
            if (StoreFault.isArticles(e)) {
                throw e; // the database refused this article's rows (a key twice): rolled back, the store is sound
            }
            // any other failure (a full disk, an I/O error) leaves DuckDB's transaction state untrustworthy:
            // the next article's first append could commit on its own, without the rest of the article
            broken = StoreFault.ofWrite(file, e);
            throw broken;
        } finally {
            try {
                db.setAutoCommit(auto);
            } catch (SQLException e) {
                // the connection is gone with the write that failed; that failure is reported
            }
        }
    }

    /**
     * Adds the tables a Spark run wrote under {@code dir} ({@code herald spark --out DIR};
     * docs/spark.md) to this store in one transaction: the articles it does not hold yet, with all
     * their rows, then makes them searchable. An article written without its text (the run had
     * no {@code --text}) gets an empty one. Returns the articles added.
     */
    public synchronized long importParquet(Path dir) throws SQLException {
        for (Tables.Table t : Tables.ARTICLE_TABLES) {
            Path folder = dir.resolve(Tables.parquetName(t));
            if (!java.nio.file.Files.isDirectory(folder)) {
                throw new SQLException("no " + Tables.parquetName(t) + " table in " + dir + " (not the output of herald spark?)");
            }
        }
        boolean auto = db().getAutoCommit();
        db().setAutoCommit(false);
        try (Statement s = db().createStatement()) {
            s.execute("CREATE TEMP TABLE incoming AS SELECT * REPLACE (coalesce(text, '') AS text) FROM "
                    + parquet(dir, Tables.ARTICLES) + " WHERE id NOT IN (SELECT id FROM articles)");
            long added;
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM incoming")) {
                r.next();
                added = r.getLong(1);
            }
            s.execute("INSERT INTO articles SELECT * FROM incoming");
            for (Tables.Table t : Tables.ARTICLE_TABLES) {
                if (t != Tables.ARTICLES) {
                    s.execute("INSERT INTO " + t.name() + " SELECT * FROM " + parquet(dir, t)
                            + " WHERE article IN (SELECT id FROM incoming)");
                }
            }
            s.execute("DROP TABLE incoming");
            db().commit();
            try {
                catchUp(db(), index);
            } catch (IOException e) {
                LOG.warn("the imported articles are stored but not yet searchable (the next open of the store adds them): {}",
                        e.toString());
            }
            return added;
        } catch (SQLException | RuntimeException e) {
            db().rollback();
            throw e;
        } finally {
            db().setAutoCommit(auto);
        }
    }

    private static String parquet(Path dir, Tables.Table t) {
        String glob = dir.resolve(Tables.parquetName(t)).toAbsolutePath() + "/**/*.parquet";
        return "read_parquet('" + glob.replace("'", "''") + "', hive_partitioning = false)";
    }

    /**
     * Adds a stored article to the search index, after its commit: an article the index misses
     * (a crash in between) is added when the store is next opened, so the index never holds
     * one the store does not.
     */
    private void indexText(Article a) {
        try {
            index.add(a.id(), a.title(), a.text());
        } catch (IOException | RuntimeException e) {
            LOG.warn("article {} is stored but not yet searchable (the next open of the store adds it): {}", a.id(), e.toString());
        }
    }

    /**
     * DuckDB's appender, one per table, kept open: it writes rows in column batches, where a
     * prepared INSERT runs once per row (measured in docs/store.md).
     */
    private DuckDBAppender appender(String table) throws SQLException {
        DuckDBAppender ap = appenders.get(table);
        if (ap == null) {
            ap = db().unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, table);
            // DuckDB ties an appender to the thread that made it; the server writes from whichever
            // request thread comes, and every use is inside this store's lock, one thread at a time
            ap.unsafeBreakThreadConfinement();
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

    public synchronized Counts counts() throws SQLException {
        fresh();
        try (Statement s = db().createStatement(); ResultSet r = s.executeQuery("""
                SELECT (SELECT count(*) FROM articles), (SELECT count(DISTINCT story) FROM articles),
                       (SELECT count(*) FROM events), (SELECT count(*) FROM rollup_now),
                       (SELECT count(*) FROM quotes), (SELECT count(*) FROM actor_mentions)""")) {
            r.next();
            return new Counts(r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5), r.getLong(6));
        }
    }

    /**
     * Makes {@code rollup_now}, the event_rollup view as a table, level with the store. The view
     * aggregates every mention on each query (tens of ms on a store of 1,500 articles, and every
     * dashboard view asks several); the table is remade only when the store has changed since,
     * which its row counts tell, as nothing stored is ever removed, whatever path wrote it.
     */
    private void fresh() throws SQLException {
        try (Statement s = db().createStatement()) {
            long[] now;
            try (ResultSet r = s.executeQuery("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events)")) {
                r.next();
                now = new long[] {r.getLong(1), r.getLong(2)};
            }
            if (!Arrays.equals(now, rollupAt)) {
                s.execute("CREATE OR REPLACE TEMP TABLE rollup_now AS SELECT * FROM event_rollup");
                rollupAt = now;
            }
        }
    }

    /**
     * Which rolled-up events a view shows; every field may be null (no condition). {@code actor},
     * {@code source} and {@code target} are actor code prefixes ({@code RUS} takes {@code RUSGOV});
     * source and target together are a dyad. {@code attributed}: whether some report says who
     * claims the event. {@code place}: the event's place name, any case. {@code from} and
     * {@code to} (YYYY, YYYY-MM or YYYY-MM-DD, inclusive: {@code to=2024-03} takes all of March)
     * take the events whose date is known to fall inside: one known only to May is not inside
     * 10–20 May. {@code text}: the events reported in articles the full-text query matches.
     */
    public record Filter(String actor, String source, String target, String root, String mode, Boolean attributed,
                         String place, String from, String to, String text) {

        public static final Filter NONE = new Filter(null, null, null, null, null, null, null, null, null, null);

        public Filter {
            actor = clean(actor);
            source = clean(source);
            target = clean(target);
            root = clean(root);
            mode = clean(mode);
            place = clean(place);
            from = from == null || from.isBlank() ? null : firstDay(from.strip()).toString();
            to = to == null || to.isBlank() ? null : lastDay(to.strip()).toString();
            text = clean(text);
        }

        private static String clean(String v) {
            return v == null || v.isBlank() ? null : v.strip();
        }

        public Filter withoutRoot() {
            return new Filter(actor, source, target, null, mode, attributed, place, from, to, text);
        }
    }

    /** The first day a date of day, month or year precision can stand for. */
    public static LocalDate firstDay(String date) {
        ResolvedDate d = ResolvedDate.parse(date, null);
        if (d == null) {
            throw new IllegalArgumentException("'" + date + "' is not a date YYYY, YYYY-MM or YYYY-MM-DD");
        }
        try {
            return d.firstDay();
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + date + "' is not a date in the calendar");
        }
    }

    /** The last day a date of day, month or year precision can stand for. */
    public static LocalDate lastDay(String date) {
        LocalDate first = firstDay(date);
        return switch (date.length()) {
            case 4 -> first.plusYears(1).minusDays(1);
            case 7 -> first.plusMonths(1).minusDays(1);
            default -> first;
        };
    }

    /** A page of the rolled-up events a filter selects. */
    public record EventQuery(Filter filter, int limit, int offset) {

        public static EventQuery page(int limit, int offset) {
            return new EventQuery(Filter.NONE, limit, offset);
        }
    }

    /** The rolled-up events, most reported first, optionally only those an actor code prefix names. */
    public synchronized List<Map<String, Object>> events(String actor, int limit, int offset) throws SQLException {
        return events(new EventQuery(new Filter(actor, null, null, null, null, null, null, null, null, null), limit, offset));
    }

    /** The rolled-up events the query selects, most reported first. */
    public synchronized List<Map<String, Object>> events(EventQuery q) throws SQLException {
        fresh();
        List<Object> args = new ArrayList<>();
        String sql = "SELECT * FROM rollup_now" + where(q.filter(), args)
                + " ORDER BY stories DESC, mentions DESC, date DESC, event_key LIMIT ? OFFSET ?";
        args.add(cap(q.limit()));
        args.add(Math.max(0, q.offset()));
        return query(sql, args);
    }

    /** How many rolled-up events the filter selects. */
    public synchronized long countEvents(Filter f) throws SQLException {
        fresh();
        List<Object> args = new ArrayList<>();
        return ((Number) query("SELECT count(*) AS n FROM rollup_now" + where(f, args), args).get(0).get("n")).longValue();
    }

    private static int cap(int limit) {
        return Math.max(0, Math.min(limit, MAX_ROWS));
    }

    /** The filter as SQL over the rolled-up events, its values added to {@code args}. */
    private String where(Filter f, List<Object> args) throws SQLException {
        List<String> terms = new ArrayList<>();
        if (f.actor() != null) {
            terms.add("(starts_with(source_code, ?) OR starts_with(target_code, ?))");
            args.add(f.actor().toUpperCase(Locale.ROOT));
            args.add(f.actor().toUpperCase(Locale.ROOT));
        }
        if (f.source() != null) {
            terms.add("starts_with(source_code, ?)");
            args.add(f.source().toUpperCase(Locale.ROOT));
        }
        if (f.target() != null) {
            terms.add("starts_with(target_code, ?)");
            args.add(f.target().toUpperCase(Locale.ROOT));
        }
        if (f.root() != null) {
            terms.add("root_code = ?");
            args.add(f.root());
        }
        if (f.mode() != null) {
            terms.add("mode = ?");
            args.add(f.mode().toLowerCase(Locale.ROOT));
        }
        if (f.attributed() != null) {
            terms.add(f.attributed() ? "attributed > 0" : "attributed = 0");
        }
        if (f.place() != null) {
            terms.add("lower(place_name) = lower(?)");
            args.add(f.place());
        }
        // ISO days compare as text; an undated event is in no range
        if (f.from() != null) {
            terms.add("date_first >= ?");
            args.add(f.from());
        }
        if (f.to() != null) {
            terms.add("date_last <= ?");
            args.add(f.to());
        }
        if (f.text() != null) {
            // article ids are hex digits, so a comma-joined list is a safe single parameter
            terms.add("event_key IN (SELECT event_key FROM events WHERE article IN (SELECT unnest(string_split(?, ','))))");
            args.add(String.join(",", matching(f.text())));
        }
        return terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms);
    }

    private Set<String> matching(String text) throws SQLException {
        try {
            return index.matching(text);
        } catch (IOException e) {
            throw new SQLException("cannot search the index " + searchFolder(file) + ": " + e.getMessage(), e);
        }
    }

    /**
     * What the filter selects, counted: events, by CAMEO root, by quad class, by mode, and how
     * many some report attributes to someone.
     */
    public synchronized Map<String, Object> facets(Filter f) throws SQLException {
        fresh();
        List<Object> args = new ArrayList<>();
        String from = "(SELECT * FROM rollup_now" + where(f, args) + ")";
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> head = query("SELECT count(*) AS events, count(*) FILTER (WHERE attributed > 0) AS attributed FROM "
                + from, args).get(0);
        out.put("events", ((Number) head.get("events")).longValue());
        out.put("attributed", ((Number) head.get("attributed")).longValue());
        out.put("by_root", query("SELECT root_code AS key, count(*) AS events FROM " + from + " GROUP BY 1 ORDER BY 1", args));
        out.put("by_quad", query("SELECT CAST(quad AS VARCHAR) AS key, count(*) AS events FROM " + from
                + " GROUP BY 1 ORDER BY 1", args));
        out.put("by_mode", query("SELECT mode AS key, count(*) AS events FROM " + from + " GROUP BY 1 ORDER BY 1", args));
        return out;
    }

    /**
     * The actor network of what the filter selects: nodes are actor codes cut to a level (the
     * country, or the whole code: country and roles), edges the directed dyads between them with
     * how many events, how many by quad class and their mean Goldstein score. The {@code limit}
     * actors in most events are kept, and the edges between them.
     */
    public synchronized Map<String, Object> network(Filter f, boolean roles, int limit) throws SQLException {
        fresh();
        String src = roles ? "nullif(source_code, '')" : "nullif(substr(source_code, 1, 3), '')";
        String tgt = roles ? "nullif(target_code, '')" : "nullif(substr(target_code, 1, 3), '')";
        List<Object> args = new ArrayList<>();
        // one row per (source, target) pair, either side null; the nodes are counted from them here
        List<Map<String, Object>> pairs = query("SELECT " + src + " AS source, " + tgt + " AS target, count(*) AS events, "
                + "sum(mentions) AS reports, round(avg(goldstein), 2) AS goldstein, "
                + "count(*) FILTER (WHERE quad = 1) AS quad1, count(*) FILTER (WHERE quad = 2) AS quad2, "
                + "count(*) FILTER (WHERE quad = 3) AS quad3, count(*) FILTER (WHERE quad = 4) AS quad4 "
                + "FROM rollup_now" + where(f, args) + " GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2", args);
        Map<String, long[]> nodes = new HashMap<>(); // events, as source, as target
        long events = 0;
        long dyadic = 0;
        for (Map<String, Object> p : pairs) {
            long n = ((Number) p.get("events")).longValue();
            String s = (String) p.get("source");
            String t = (String) p.get("target");
            events += n;
            if (s != null && t != null) {
                dyadic += n;
            }
            if (s != null) {
                long[] c = nodes.computeIfAbsent(s, k -> new long[3]);
                c[0] += n;
                c[1] += n;
            }
            if (t != null) {
                long[] c = nodes.computeIfAbsent(t, k -> new long[3]);
                c[0] += t.equals(s) ? 0 : n; // an event of one actor on itself is one of its events, not two
                c[2] += n;
            }
        }
        List<Map<String, Object>> top = new ArrayList<>();
        nodes.entrySet().stream()
                .sorted((x, y) -> x.getValue()[0] != y.getValue()[0] ? Long.compare(y.getValue()[0], x.getValue()[0])
                        : x.getKey().compareTo(y.getKey()))
                .limit(cap(limit)).forEach(e -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("id", e.getKey());
                    row.put("events", e.getValue()[0]);
                    row.put("as_source", e.getValue()[1]);
                    row.put("as_target", e.getValue()[2]);
                    top.add(row);
                });
        Set<Object> kept = new HashSet<>();
        top.forEach(n -> kept.add(n.get("id")));
        List<Map<String, Object>> edges = pairs.stream()
                .filter(p -> kept.contains(p.get("source")) && kept.contains(p.get("target"))).limit(MAX_ROWS).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("level", roles ? "role" : "country");
        out.put("events", events);
        out.put("dyadic_events", dyadic);
        out.put("nodes_total", nodes.size());
        out.put("nodes", top);
        out.put("edges", edges);
        return out;
    }

    /** The bins a timeline can count by, finest first. */
    public enum Bin { DAY, WEEK, MONTH, YEAR }

    /**
     * Events over time: what the filter selects, counted per day, week, month or year by quad
     * class with their mean Goldstein score. An event known only to a month or a year is not
     * counted in a bin finer than that: it comes back in {@code spans}, one row per period and
     * precision, for the chart to draw over the whole period. The bin is coarsened until there
     * are at most {@code maxBins} of them (and never more than 1000).
     */
    public synchronized Map<String, Object> timeline(Filter f, Bin bin, int maxBins) throws SQLException {
        fresh();
        List<Object> args = new ArrayList<>();
        String from = "(SELECT * FROM rollup_now" + where(f, args) + ")";
        Map<String, Object> range = query("SELECT min(date_first) AS first, max(date_last) AS last, "
                + "count(*) FILTER (WHERE date_first IS NULL) AS undated FROM " + from, args).get(0);
        Bin b = bin;
        if (range.get("first") != null) {
            LocalDate first = LocalDate.parse((String) range.get("first"));
            LocalDate last = LocalDate.parse((String) range.get("last"));
            while (b != Bin.YEAR && bins(first, last, b) > Math.min(maxBins, MAX_ROWS)) {
                b = Bin.values()[b.ordinal() + 1];
            }
        }
        String start = switch (b) {
            case DAY -> "date_first";
            case WEEK -> "strftime(date_trunc('week', CAST(date_first AS DATE)), '%Y-%m-%d')";
            case MONTH -> "substr(date_first, 1, 7) || '-01'";
            case YEAR -> "substr(date_first, 1, 4) || '-01-01'";
        };
        String fine = switch (b) {
            case DAY, WEEK -> "date_precision = 'day'";
            case MONTH -> "date_precision IN ('day', 'month')";
            case YEAR -> "date_precision IS NOT NULL";
        };
        String counts = "count(*) AS events, count(*) FILTER (WHERE quad = 1) AS quad1, count(*) FILTER (WHERE quad = 2) AS quad2, "
                + "count(*) FILTER (WHERE quad = 3) AS quad3, count(*) FILTER (WHERE quad = 4) AS quad4, "
                + "round(avg(goldstein), 2) AS goldstein";
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("bin", b.name().toLowerCase(Locale.ROOT));
        out.put("first", range.get("first"));
        out.put("last", range.get("last"));
        out.put("undated", ((Number) range.get("undated")).longValue());
        out.put("bins", query("SELECT " + start + " AS start, " + counts + " FROM " + from + " WHERE " + fine
                + " GROUP BY 1 ORDER BY 1", args));
        out.put("spans", query("SELECT date AS period, date_precision AS precision, date_first AS first, date_last AS last, "
                + counts + " FROM " + from + " WHERE date_precision IS NOT NULL AND NOT (" + fine + ") GROUP BY 1, 2, 3, 4 "
                + "ORDER BY 3, 1 LIMIT ?", append(args, MAX_ROWS)));
        return out;
    }

    private static long bins(LocalDate first, LocalDate last, Bin b) {
        return switch (b) {
            case DAY -> ChronoUnit.DAYS.between(first, last) + 1;
            case WEEK -> ChronoUnit.WEEKS.between(first, last) + 2;
            case MONTH -> ChronoUnit.MONTHS.between(first.withDayOfMonth(1), last) + 1;
            case YEAR -> last.getYear() - first.getYear() + 1;
        };
    }

    private static List<Object> append(List<Object> args, Object more) {
        List<Object> out = new ArrayList<>(args);
        out.add(more);
        return out;
    }

    /** One rolled-up event by its key, if stored. */
    public synchronized Optional<Map<String, Object>> event(String eventKey) throws SQLException {
        fresh();
        List<Map<String, Object>> rows = query("SELECT * FROM rollup_now WHERE event_key = ?", List.of(eventKey));
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
        out.put("by_root", query("SELECT root_code AS key, count(*) AS events FROM rollup_now GROUP BY 1 ORDER BY 1", List.of()));
        out.put("by_mode", query("SELECT mode AS key, count(*) AS events FROM rollup_now GROUP BY 1 ORDER BY 1", List.of()));
        out.put("by_day", query("""
                SELECT substr(date, 1, 10) AS key, count(*) AS events FROM rollup_now
                WHERE date IS NOT NULL AND length(date) >= 10 GROUP BY 1 ORDER BY 1 LIMIT ?""", List.of(MAX_ROWS)));
        out.put("by_country", query("""
                SELECT country AS key, count(DISTINCT event_key) AS events FROM (
                  SELECT event_key, substr(source_code, 1, 3) AS country FROM rollup_now
                  UNION ALL SELECT event_key, substr(target_code, 1, 3) FROM rollup_now)
                WHERE country IS NOT NULL AND country <> '' AND country <> '---'
                GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 50""", List.of()));
        return out;
    }

    /**
     * Places where the events the filter selects happened, with how many events each has, most
     * first; and how many of those events have no place (the map cannot show them).
     */
    public synchronized Map<String, Object> places(Filter f, int limit) throws SQLException {
        fresh();
        List<Object> args = new ArrayList<>();
        String from = "(SELECT * FROM rollup_now" + where(f, args) + ")";
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("unplaced", ((Number) query("SELECT count(*) AS n FROM " + from + " WHERE lat IS NULL OR lon IS NULL", args)
                .get(0).get("n")).longValue());
        out.put("places", query("""
                SELECT place_name AS name, round(lat, 4) AS lat, round(lon, 4) AS lon,
                       count(*) AS events, sum(mentions) AS mentions, round(avg(goldstein), 2) AS goldstein
                FROM """ + from + """
                 WHERE lat IS NOT NULL AND lon IS NOT NULL
                GROUP BY 1, 2, 3 ORDER BY 4 DESC, 1 LIMIT ?""", append(args, cap(limit))));
        return out;
    }

    /** A page of the articles a full-text query matches, best first, and how many match. */
    public synchronized Map<String, Object> search(String text, int limit, int offset) throws SQLException {
        fresh();
        SearchIndex.Hits hits;
        try {
            hits = index.search(text, cap(limit), Math.max(0, offset));
        } catch (IOException e) {
            throw new SQLException("cannot search the index " + searchFolder(file) + ": " + e.getMessage(), e);
        }
        // three queries for the page, not three per hit: the rollup is computed once
        String ids = String.join(",", hits.hits().stream().map(SearchIndex.Hit::id).toList());
        Map<String, Map<String, Object>> articles = new HashMap<>();
        for (Map<String, Object> r : query("""
                SELECT id, title, site, url, published, text FROM articles
                WHERE id IN (SELECT unnest(string_split(?, ',')))""", List.of(ids))) {
            articles.put((String) r.get("id"), r);
        }
        Map<String, List<Map<String, Object>>> events = new HashMap<>();
        for (Map<String, Object> r : query("""
                SELECT e.article, r.event_key, r.code, r.source_code, r.target_code, r.mode, r.date, r.mentions
                FROM (SELECT DISTINCT article, event_key FROM events WHERE article IN (SELECT unnest(string_split(?, ',')))) e
                JOIN rollup_now r ON r.event_key = e.event_key
                ORDER BY r.stories DESC, r.mentions DESC, r.event_key""", List.of(ids))) {
            List<Map<String, Object>> mine = events.computeIfAbsent((String) r.remove("article"), k -> new ArrayList<>());
            if (mine.size() < 50) {
                mine.add(r);
            }
        }
        List<SearchIndex.Snippet> snippets = index.snippets(text, hits.hits().stream()
                .map(h -> articles.containsKey(h.id()) ? (String) articles.get(h.id()).get("text") : "").toList());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < hits.hits().size(); i++) {
            SearchIndex.Hit h = hits.hits().get(i);
            Map<String, Object> row = articles.get(h.id());
            if (row == null) {
                continue; // cannot happen while the index follows the store; a hit without an article is no hit
            }
            row.remove("text");
            row.put("score", Math.round(h.score() * 1000) / 1000.0);
            SearchIndex.Snippet sn = snippets.get(i);
            Map<String, Object> snippet = new LinkedHashMap<>();
            snippet.put("text", sn.text());
            snippet.put("start", sn.start());
            snippet.put("marks", sn.marks());
            row.put("snippet", snippet);
            row.put("events", events.getOrDefault(h.id(), List.of()));
            rows.add(row);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", hits.total());
        out.put("hits", rows);
        return out;
    }

    private List<Map<String, Object>> query(String sql, List<Object> args) throws SQLException {
        try (PreparedStatement p = db().prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                p.setObject(i + 1, args.get(i));
            }
            return rows(p);
        }
    }

    /**
     * A page of the reports of one rolled-up event, oldest first, each with its article's site
     * and date, its own date and the offsets of source, target, trigger and attribution. The
     * events stage keeps the attribution's words, not where they are: they are looked for in the
     * report's article, the occurrence nearest the trigger taken.
     */
    public synchronized List<Map<String, Object>> mentions(String eventKey, int limit, int offset) throws SQLException {
        List<Map<String, Object>> rows = query("""
                SELECT e.id, e.article, a.title, a.url, coalesce(a.site, a.origin) AS site, a.published, e.sentence, e.headline,
                       e.mode, e.attribution_text, e.attribution_actor,
                       e.source_text, e.source_start, e.source_end, e.source_code,
                       e.target_text, e.target_start, e.target_end, e.target_code,
                       e.trigger_text, e.trigger_start, e.trigger_end, e.date, e.date_precision, e.place_name, e.confidence,
                       CASE WHEN e.attribution_text IS NULL THEN NULL ELSE a.text END AS text
                FROM events e JOIN articles a ON a.id = e.article
                WHERE e.event_key = ? ORDER BY a.published, e.id LIMIT ? OFFSET ?""",
                List.of(eventKey, cap(limit), Math.max(0, offset)));
        for (Map<String, Object> r : rows) {
            String text = (String) r.remove("text");
            int[] at = locate(text, (String) r.get("attribution_text"), (Integer) r.get("trigger_start"));
            r.put("attribution_start", at == null ? null : at[0]);
            r.put("attribution_end", at == null ? null : at[1]);
        }
        return rows;
    }

    /** The occurrence of {@code words} in {@code text} nearest {@code near}, as [start, end); null when absent. */
    static int[] locate(String text, String words, Integer near) {
        if (text == null || words == null || words.isEmpty()) {
            return null;
        }
        int best = -1;
        int anchor = near == null ? 0 : near;
        for (int i = text.indexOf(words); i >= 0; i = text.indexOf(words, i + 1)) {
            if (best < 0 || Math.abs(i - anchor) < Math.abs(best - anchor)) {
                best = i;
            }
        }
        return best < 0 ? null : new int[] {best, best + words.length()};
    }

    /** Work on the store's connection under its lock: an export, a query, the watch state. */
    @FunctionalInterface
    interface Work<T> {
        T apply(Connection c) throws SQLException;
    }

    synchronized <T> T work(Work<T> w) throws SQLException {
        return w.apply(db());
    }

    /**
     * One SQL statement of the user's on a {@linkplain #readOnly read-only} store, with no access
     * to other files: a statement that would write, attach or copy is refused by DuckDB itself.
     */
    public synchronized void sql(String statement, RowHandler rows) throws SQLException {
        if (hold == null || hold.writable()) {
            throw new IllegalStateException("SQL of the user's runs on a read-only store");
        }
        try (Statement s = db().createStatement()) {
            s.execute("SET enable_external_access = false");
            s.execute("SET lock_configuration = true");
            try (ResultSet r = s.executeQuery(statement)) {
                ResultSetMetaData md = r.getMetaData();
                List<String> names = new ArrayList<>();
                for (int c = 1; c <= md.getColumnCount(); c++) {
                    names.add(md.getColumnLabel(c));
                }
                rows.columns(names);
                while (r.next()) {
                    List<Object> row = new ArrayList<>(names.size());
                    for (int c = 1; c <= names.size(); c++) {
                        row.add(r.getObject(c));
                    }
                    rows.row(row);
                }
            }
        } finally {
            release(); // the settings above end with the connection
        }
    }

    /** Takes a query's column names, then its rows. */
    public interface RowHandler {
        void columns(List<String> names);

        void row(List<Object> values);
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
        if (hold != null) {
            hold.close();
        }
        try {
            release();
        } finally {
            if (index != null) {
                try {
                    index.close();
                } catch (IOException e) {
                    throw new SQLException("cannot close the search index: " + e.getMessage(), e);
                }
            }
        }
    }
}

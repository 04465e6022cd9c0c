package org.herald.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.herald.model.Actor;
import org.herald.model.ActorMention;
import org.herald.model.Article;
import org.herald.model.CodedArticle;
import org.herald.model.Event;
import org.herald.model.Ids;
import org.herald.model.Participant;
import org.herald.model.Place;
import org.herald.model.Position;
import org.herald.model.Problem;
import org.herald.model.Quote;

/**
 * Herald's tables, wherever they are kept (the store's DuckDB file, a Spark run's Parquet files):
 * what each holds, column by column, and the rows one coded article becomes. Spans are {@code
 * [start, end)} UTF-16 offsets into {@code articles.text}; every row is keyed by deterministic
 * ids, so the same article makes the same rows on every run and in every engine. docs/store.md
 * describes the columns.
 *
 * <p>The events a store shows are its event mentions rolled up by {@link #rollupQuery}: one
 * query that DuckDB (the store's {@code event_rollup} view) and Spark SQL (a Spark run's {@code
 * events} table) both run, so both count the same events the same way.
 */
public final class Tables {

    private Tables() {
    }

    /** The column types Herald uses, by their SQL names. */
    public enum Type { VARCHAR, INTEGER, BIGINT, DOUBLE, BOOLEAN, TIMESTAMP }

    /** One column: its name, type and whether it may be null. */
    public record Column(String name, Type type, boolean notNull) {
    }

    /** A table: its name, its columns in order, and its key. */
    public record Table(String name, List<Column> columns, List<String> key) {
        public Table {
            columns = List.copyOf(columns);
            key = List.copyOf(key);
        }

        /** The statement that makes the table in DuckDB, if it is not there. */
        public String ddl() {
            StringBuilder sb = new StringBuilder("CREATE TABLE IF NOT EXISTS ").append(name).append(" (");
            for (int i = 0; i < columns.size(); i++) {
                Column c = columns.get(i);
                sb.append(i == 0 ? "" : ", ").append(c.name()).append(' ').append(c.type());
                if (c.notNull()) {
                    sb.append(" NOT NULL");
                }
            }
            if (!key.isEmpty()) {
                sb.append(", PRIMARY KEY (").append(String.join(", ", key)).append(')');
            }
            return sb.append(')').toString();
        }

        /** The column names, in order. */
        public List<String> names() {
            return columns.stream().map(Column::name).toList();
        }
    }

    /**
     * One article a row: its metadata, text and {@code story}, the duplicate cluster its copies
     * share (else its content hash).
     */
    public static final Table ARTICLES = new Table("articles", List.of(
            col("id", Type.VARCHAR, true), col("origin"), col("url"), col("site"), col("language"), col("title"),
            col("standfirst"), col("published"), col("published_precision"), col("published_from"),
            col("content_hash", Type.VARCHAR, true), col("story", Type.VARCHAR, true), col("text", Type.VARCHAR, true),
            col("stored_at", Type.TIMESTAMP, true)), List.of("id"));

    /**
     * One event mention a row (the store's {@code events} table); {@code event_key} is the event
     * it reports: the same act between the same actors on the same day, however often reported.
     */
    public static final Table EVENTS = new Table("events", List.of(
            col("id", Type.VARCHAR, true), col("article", Type.VARCHAR, true), col("sentence", Type.INTEGER, true),
            col("root", Type.BOOLEAN, false), col("headline", Type.BOOLEAN, false),
            col("code", Type.VARCHAR, true), col("root_code", Type.VARCHAR, true), col("plover_type"), col("plover_mode"),
            col("quad", Type.INTEGER, false), col("goldstein", Type.DOUBLE, false), col("mode", Type.VARCHAR, true),
            col("attribution_text"), col("attribution_actor"),
            col("source_text"), col("source_start", Type.INTEGER, false), col("source_end", Type.INTEGER, false),
            col("source_code"), col("source_country"), col("source_name"),
            col("target_text"), col("target_start", Type.INTEGER, false), col("target_end", Type.INTEGER, false),
            col("target_code"), col("target_country"), col("target_name"),
            col("trigger_text"), col("trigger_start", Type.INTEGER, false), col("trigger_end", Type.INTEGER, false),
            col("date"), col("date_precision"), col("historical", Type.BOOLEAN, false),
            col("place_name"), col("geonameid", Type.BIGINT, false), col("place_country"),
            col("lat", Type.DOUBLE, false), col("lon", Type.DOUBLE, false),
            col("confidence", Type.DOUBLE, false), col("event_key", Type.VARCHAR, true)), List.of("id"));

    /** One actor mention a row, numbered within its article. */
    public static final Table ACTOR_MENTIONS = new Table("actor_mentions", List.of(
            col("article", Type.VARCHAR, true), col("ordinal", Type.INTEGER, true), col("sentence", Type.INTEGER, false),
            col("start_offset", Type.INTEGER, false), col("end_offset", Type.INTEGER, false), col("text"),
            col("code"), col("country"), col("roles"), col("name"), col("how")), List.of("article", "ordinal"));

    /** One quote a row, numbered within its article, with its speaker. */
    public static final Table QUOTES = new Table("quotes", List.of(
            col("article", Type.VARCHAR, true), col("ordinal", Type.INTEGER, true), col("sentence", Type.INTEGER, false),
            col("start_offset", Type.INTEGER, false), col("end_offset", Type.INTEGER, false), col("text"), col("kind"),
            col("speaker_text"), col("speaker_code"), col("speaker_name")), List.of("article", "ordinal"));

    /** One place named in an article a row, numbered within its article. */
    public static final Table PLACES = new Table("places", List.of(
            col("article", Type.VARCHAR, true), col("ordinal", Type.INTEGER, true), col("name"),
            col("geonameid", Type.BIGINT, false), col("country"), col("admin1"), col("lat", Type.DOUBLE, false),
            col("lon", Type.DOUBLE, false), col("feature_class"), col("start_offset", Type.INTEGER, false),
            col("end_offset", Type.INTEGER, false)), List.of("article", "ordinal"));

    /**
     * One problem a row, as a batch reports it: the input, stage, position (its kind and number:
     * a byte, a line, a WARC record by its offset, a feed entry, a sentence), code and message;
     * what became of the document ({@code skipped}, {@code failed}, or {@code stored} for a
     * problem inside an article that was stored), and that article's id. A store keeps none: a
     * run prints them; a Spark run writes them.
     */
    public static final Table PROBLEMS = new Table("problems", List.of(
            col("input", Type.VARCHAR, true), col("stage", Type.VARCHAR, true), col("position_kind"),
            col("position", Type.BIGINT, false), col("code", Type.VARCHAR, true), col("message", Type.VARCHAR, true),
            col("outcome", Type.VARCHAR, true), col("article")), List.of());

    /** The tables an article's rows go to, in the order they are written. */
    public static final List<Table> ARTICLE_TABLES = List.of(ARTICLES, EVENTS, ACTOR_MENTIONS, QUOTES, PLACES);

    /**
     * The folder of a table in a Spark run's output: the table's name, except that the store's
     * {@code events} (event mentions) are {@code event_mentions} there, and {@code events} are
     * the rolled-up events (the store's {@code event_rollup}).
     */
    public static String parquetName(Table t) {
        return t == EVENTS ? "event_mentions" : t.name();
    }

    /** The folder of the rolled-up events in a Spark run's output. */
    public static final String ROLLUP_PARQUET = "events";

    private static Column col(String name) {
        return new Column(name, Type.VARCHAR, false);
    }

    private static Column col(String name, Type type, boolean notNull) {
        return new Column(name, type, notNull);
    }

    /**
     * The rows one coded article becomes, each in its table's column order, with Java values of
     * the columns' types (String, Integer, Long, Double, Boolean, LocalDateTime) or null.
     */
    public record Rows(Object[] article, List<Object[]> events, List<Object[]> actorMentions, List<Object[]> quotes,
                       List<Object[]> places) {

        /** The rows of one of {@link #ARTICLE_TABLES}. */
        public List<Object[]> of(Table t) {
            if (t == ARTICLES) {
                return List.<Object[]>of(article);
            }
            if (t == EVENTS) {
                return events;
            }
            if (t == ACTOR_MENTIONS) {
                return actorMentions;
            }
            if (t == QUOTES) {
                return quotes;
            }
            if (t == PLACES) {
                return places;
            }
            throw new IllegalArgumentException("an article has no rows in " + t.name());
        }
    }

    /**
     * Every row of a coded article, made before any is written, so that a bad value fails here and
     * touches nothing. Refuses an article with two events of one id rather than keep one of them.
     */
    public static Rows rows(CodedArticle coded, LocalDateTime storedAt) {
        Article a = coded.article();
        return new Rows(articleRow(a, storedAt), eventRows(a, coded.events()), actorRows(a, coded.actors()),
                quoteRows(a, coded.quotes()), placeRows(a, coded.places()));
    }

    /**
     * The key that makes two event mentions one event: the same code between the same actors on
     * the same day (the event's own date, else the article's).
     */
    public static String eventKey(Event e, Article a) {
        String date = e.date() != null ? e.date().value() : a.published() != null ? a.published().value() : "";
        return Ids.of(e.code(), code(e.source()), code(e.target()), date);
    }

    /** A problem's row: what became of its document, and the article it is in when that was stored (else null). */
    public static Object[] problemRow(Problem p, String outcome, String article) {
        Position at = p.position();
        String kind = null;
        Long n = null;
        if (at instanceof Position.AtByte b) {
            kind = "byte";
            n = b.offset();
        } else if (at instanceof Position.AtLine l) {
            kind = "line";
            n = l.line();
        } else if (at instanceof Position.AtRecord r) {
            kind = "record";
            n = r.offset();
        } else if (at instanceof Position.AtEntry e) {
            kind = "entry";
            n = (long) e.entry();
        } else if (at instanceof Position.AtSentence s) {
            kind = "sentence";
            n = (long) s.sentence();
        }
        return new Object[] {p.input(), p.stage().json(), kind, n, p.code().dotted(), p.message(), outcome, article};
    }

    private static final String ROLLUP = readRollup();

    /**
     * The query that rolls event mentions up into events, over two tables named {@code events}
     * (the mentions) and {@code articles}: one row per event key with the code, actors and
     * Goldstein score of its first mention, the place of its first mention that has one, its
     * earliest date, its most frequent mode (ties: the first in alphabetical order), and how many
     * mentions, articles, stories (near-duplicate copies count once), sources and attributed
     * mentions report it. Written in the SQL that DuckDB and Spark share, and deterministic, so
     * both give the same rows.
     */
    public static String rollupQuery() {
        return ROLLUP;
    }

    private static String readRollup() {
        try (InputStream in = Tables.class.getResourceAsStream("event_rollup.sql")) {
            if (in == null) {
                throw new IllegalStateException("org/herald/pipeline/event_rollup.sql is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)--.*$", "").strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read event_rollup.sql", e);
        }
    }

    // ---- rows, in the column order above

    private static Object[] articleRow(Article a, LocalDateTime storedAt) {
        return new Object[] {a.id(), a.origin(), a.url(), a.site(), a.language(), a.title(), a.standfirst(),
            a.published() == null ? null : a.published().value(),
            a.published() == null ? null : a.published().precision().json(),
            a.publishedFrom(), a.contentHash(),
            a.duplicateCluster() != null ? a.duplicateCluster() : a.contentHash(),
            a.text(), storedAt};
    }

    private static List<Object[]> eventRows(Article a, List<Event> events) {
        List<Object[]> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Event e : events) {
            if (!ids.add(e.id())) {
                // the pipeline gives each event of an article its own id: keeping one and not the other would lose it
                throw new IllegalArgumentException("article " + a.id() + " has two events with the id " + e.id());
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

    private static String code(Participant p) {
        return p == null || p.actor() == null ? "" : p.actor().code();
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
}

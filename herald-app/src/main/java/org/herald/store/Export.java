package org.herald.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;
import org.herald.model.Json;
import org.herald.pipeline.Tables;

/**
 * Writes a store's tables out for other tools: GDELT 2.0's event and mentions tables
 * (tab-separated, no header, GDELT's columns in GDELT's order), Herald's event records as JSON
 * Lines with PLOVER's field names, the tables as CSV or Parquet, and events with a place as
 * GeoJSON points. docs/store.md lists every column and what Herald leaves empty.
 */
public final class Export {

    /** What the file looks like. */
    public enum Format { GDELT, PARQUET, CSV, JSONL, GEOJSON }

    /** Which table: rolled-up events, event mentions, articles (without their text), quotes. */
    public enum Table { EVENTS, MENTIONS, ARTICLES, QUOTES }

    /** The GDELT 2.0 event table's 61 columns, in its order. */
    public static final List<String> GDELT_EVENT_COLUMNS = gdeltEventColumns();

    /** The GDELT 2.0 mentions table's 16 columns, in its order. */
    public static final List<String> GDELT_MENTION_COLUMNS = List.of("GlobalEventID", "EventTimeDate", "MentionTimeDate",
            "MentionType", "MentionSourceName", "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset",
            "ActionCharOffset", "InRawText", "Confidence", "MentionDocLen", "MentionDocTone",
            "MentionDocTranslationInfo", "Extras");

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);

    private Export() {
    }

    private static List<String> gdeltEventColumns() {
        List<String> c = new ArrayList<>(List.of("GlobalEventID", "Day", "MonthYear", "Year", "FractionDate"));
        for (String a : List.of("Actor1", "Actor2")) {
            for (String f : List.of("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                    "Religion2Code", "Type1Code", "Type2Code", "Type3Code")) {
                c.add(a + f);
            }
        }
        c.addAll(List.of("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
                "NumMentions", "NumSources", "NumArticles", "AvgTone"));
        for (String g : List.of("Actor1Geo_", "Actor2Geo_", "ActionGeo_")) {
            for (String f : List.of("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")) {
                c.add(g + f);
            }
        }
        c.addAll(List.of("DATEADDED", "SOURCEURL"));
        return List.copyOf(c);
    }

    /**
     * An export: a format, a table, an inclusive date range ({@code YYYY}, {@code YYYY-MM} or
     * {@code YYYY-MM-DD}; null for open), checked before anything is read.
     */
    public record Request(Format format, Table table, String from, String to) {
        public Request {
            for (String d : new String[] {from, to}) {
                if (d != null && !d.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
                    throw new IllegalArgumentException("a date must be YYYY, YYYY-MM or YYYY-MM-DD, not '" + d + "'");
                }
            }
            if (format == Format.GDELT && table != Table.EVENTS && table != Table.MENTIONS) {
                throw new IllegalArgumentException("GDELT has an events and a mentions table, no " + name(table) + " table");
            }
            if (format == Format.GEOJSON && table != Table.EVENTS) {
                throw new IllegalArgumentException("GeoJSON holds events with a place, not " + name(table));
            }
        }
    }

    private static String name(Table t) {
        return t.name().toLowerCase(Locale.ROOT);
    }

    /** How many rows the request selects. */
    public static long count(Store store, Request r) throws SQLException {
        return store.work(c -> {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(*) FROM (" + select(r) + ")")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Writes a Parquet file (DuckDB's own writer); returns the rows written. */
    public static long parquet(Store store, Request r, Path out) throws SQLException {
        if (r.format() != Format.PARQUET) {
            throw new IllegalArgumentException("not a Parquet request: " + r);
        }
        String target = "'" + out.toAbsolutePath().toString().replace("'", "''") + "'";
        return store.work(c -> {
            try (Statement s = c.createStatement()) {
                // COPY takes no parameter for its target: the path is a quoted literal, the dates were checked
                s.execute("COPY (" + select(r) + ") TO " + target + " (FORMAT PARQUET)");
                return (long) s.getUpdateCount();
            }
        });
    }

    /** Writes a text format to {@code out}, telling {@code progress} of each row; returns the rows written. */
    public static long text(Store store, Request r, Writer out, LongConsumer progress) throws SQLException, IOException {
        if (r.format() == Format.PARQUET) {
            throw new IllegalArgumentException("Parquet is written to a file");
        }
        try {
            return store.work(c -> write(c, r, out, progress));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static long write(Connection c, Request r, Writer out, LongConsumer progress) throws SQLException {
        long n = 0;
        Countries countries = r.format() == Format.GDELT && r.table() == Table.EVENTS ? Countries.load() : null;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(select(r))) {
            ResultSetMetaData md = rs.getMetaData();
            if (r.format() == Format.CSV) {
                List<String> names = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    names.add(md.getColumnLabel(i));
                }
                line(out, csv(names));
            }
            if (r.format() == Format.GEOJSON) {
                put(out, "{\"type\": \"FeatureCollection\", \"features\": [");
            }
            while (rs.next()) {
                Map<String, Object> row = new HashMap<>();
                List<Object> values = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    Object v = rs.getObject(i);
                    row.put(md.getColumnLabel(i), v);
                    values.add(v);
                }
                switch (r.format()) {
                    case CSV -> line(out, csv(values.stream().map(Export::text).toList()));
                    case JSONL -> line(out, Json.write(r.table() == Table.EVENTS ? ploverRecord(row) : plain(md, values)));
                    case GEOJSON -> put(out, (n == 0 ? "\n" : ",\n") + Json.write(feature(row)));
                    case GDELT -> line(out, tsv(r.table() == Table.EVENTS ? gdeltEvent(row, countries) : gdeltMention(row)));
                    case PARQUET -> throw new IllegalStateException();
                }
                n++;
                progress.accept(n);
            }
            if (r.format() == Format.GEOJSON) {
                line(out, "\n]}");
            }
        }
        return n;
    }

    // ---- what each table selects

    private static String select(Request r) {
        String range = range(r, switch (r.table()) {
            case EVENTS -> r.format() == Format.GDELT || r.format() == Format.CSV || r.format() == Format.PARQUET ? "r.date"
                    : "coalesce(e.date, a.published)";
            case MENTIONS -> "coalesce(e.date, a.published)";
            case ARTICLES, QUOTES -> "a.published";
        });
        return switch (r.table()) {
            case EVENTS -> switch (r.format()) {
                case GDELT -> GDELT_EVENTS + range + " ORDER BY r.date, r.event_key";
                case JSONL, GEOJSON -> MENTION_RECORDS + range
                        + (r.format() == Format.GEOJSON ? " AND e.lat IS NOT NULL AND e.lon IS NOT NULL" : "")
                        + " ORDER BY a.published NULLS LAST, e.article, e.sentence, e.id";
                case CSV, PARQUET -> "SELECT r.* FROM event_rollup r WHERE true" + range + " ORDER BY r.date, r.event_key";
            };
            case MENTIONS -> r.format() == Format.GDELT
                    ? GDELT_MENTIONS + range + " ORDER BY e.event_key, a.stored_at, e.id"
                    : "SELECT e.* FROM events e JOIN articles a ON a.id = e.article WHERE true" + range
                    + " ORDER BY e.article, e.sentence, e.id";
            case ARTICLES -> "SELECT a.* EXCLUDE (text) FROM articles a WHERE true" + range + " ORDER BY a.published, a.id";
            case QUOTES -> "SELECT q.* FROM quotes q JOIN articles a ON a.id = q.article WHERE true" + range
                    + " ORDER BY q.article, q.ordinal";
        };
    }

    /** The date range as SQL: dates are text, so "to" takes in all of its month or year. */
    private static String range(Request r, String column) {
        StringBuilder sb = new StringBuilder();
        if (r.from() != null) {
            sb.append(" AND ").append(column).append(" >= '").append(r.from()).append("'");
        }
        if (r.to() != null) {
            sb.append(" AND ").append(column).append(" < '").append(r.to()).append("\uffff'");
        }
        return sb.toString();
    }

    private static final String GDELT_EVENTS = """
            SELECT r.event_key, r.date, r.code, r.root_code, r.quad, r.goldstein, r.mentions, r.sources, r.articles,
                   f.source_code, f.source_name, f.source_text, f.source_country,
                   f.target_code, f.target_name, f.target_text, f.target_country,
                   f.place_name, f.place_country, f.lat, f.lon,
                   (SELECT any_value(p.admin1) FROM places p WHERE p.article = f.article AND p.geonameid = f.geonameid) AS admin1,
                   (SELECT any_value(p.feature_class) FROM places p WHERE p.article = f.article AND p.geonameid = f.geonameid)
                     AS feature_class,
                   x.is_root, x.added, coalesce(fa.url, fa.origin) AS source_url
            FROM event_rollup r
            JOIN events f ON f.id = r.first_mention
            JOIN articles fa ON fa.id = f.article
            JOIN (SELECT e.event_key, bool_or(e.root) AS is_root, min(a.stored_at) AS added
                  FROM events e JOIN articles a ON a.id = e.article GROUP BY e.event_key) x ON x.event_key = r.event_key
            WHERE true""";

    private static final String GDELT_MENTIONS = """
            SELECT e.event_key, x.added, a.stored_at, a.url, a.origin, a.site, e.sentence,
                   e.source_start, e.target_start, e.trigger_start, e.confidence, length(a.text) AS doc_len
            FROM events e JOIN articles a ON a.id = e.article
            JOIN (SELECT e.event_key, min(a.stored_at) AS added
                  FROM events e JOIN articles a ON a.id = e.article GROUP BY e.event_key) x ON x.event_key = e.event_key
            WHERE true""";

    private static final String MENTION_RECORDS = """
            SELECT e.*, a.url, a.origin, a.published AS article_published, a.stored_at, r.mentions AS event_mentions,
                   r.articles AS event_articles, r.sources AS event_sources, r.stories AS event_stories
            FROM events e JOIN articles a ON a.id = e.article JOIN event_rollup r ON r.event_key = e.event_key
            WHERE true""";

    // ---- GDELT

    /** GDELT's GlobalEventID is a number: the first 60 bits of Herald's event key, as stable as the key. */
    static long globalEventId(String eventKey) {
        return Long.parseUnsignedLong(eventKey.substring(0, 15), 16);
    }

    /**
     * One event of an article that is not stored ({@code herald code --format gdelt}) as a row of
     * GDELT's event table: the event is its only report, and DATEADDED is now.
     */
    public static String gdeltRow(org.herald.model.Event e, org.herald.model.Article a) {
        Map<String, Object> r = new HashMap<>();
        r.put("event_key", Tables.eventKey(e, a));
        r.put("date", e.date() != null ? e.date().value() : a.published() != null ? a.published().value() : null);
        r.put("code", e.code());
        r.put("root_code", e.code().length() >= 2 ? e.code().substring(0, 2) : e.code());
        r.put("quad", e.quad());
        r.put("goldstein", e.goldstein());
        r.put("mentions", 1L);
        r.put("sources", 1L);
        r.put("articles", 1L);
        for (var side : List.of(Map.entry("source", java.util.Optional.ofNullable(e.source())),
                Map.entry("target", java.util.Optional.ofNullable(e.target())))) {
            side.getValue().ifPresent(p -> {
                r.put(side.getKey() + "_text", p.text());
                if (p.actor() != null) {
                    r.put(side.getKey() + "_code", p.actor().code());
                    r.put(side.getKey() + "_country", p.actor().country());
                    r.put(side.getKey() + "_name", p.actor().name());
                }
            });
        }
        if (e.place() != null) {
            r.put("place_name", e.place().name());
            r.put("place_country", e.place().country());
            r.put("lat", e.place().lat());
            r.put("lon", e.place().lon());
            r.put("admin1", e.place().admin1());
            r.put("feature_class", e.place().featureClass());
        }
        r.put("is_root", e.root());
        r.put("added", LocalDateTime.now(java.time.ZoneOffset.UTC));
        r.put("source_url", a.url() != null ? a.url() : a.origin());
        return tsv(gdeltEvent(r, Countries.load()));
    }

    private static List<String> gdeltEvent(Map<String, Object> r, Countries countries) {
        List<String> c = new ArrayList<>(61);
        c.add(Long.toString(globalEventId((String) r.get("event_key"))));
        String date = (String) r.get("date");
        c.add(date != null && date.length() == 10 ? date.replace("-", "") : "");
        c.add(date != null && date.length() >= 7 ? date.substring(0, 7).replace("-", "") : "");
        c.add(date != null && date.length() >= 4 ? date.substring(0, 4) : "");
        c.add(date != null && date.length() == 10 ? fraction(LocalDate.parse(date)) : "");
        for (String side : List.of("source", "target")) {
            String code = (String) r.get(side + "_code");
            String country = (String) r.get(side + "_country");
            Object name = r.get(side + "_name") != null ? r.get(side + "_name") : r.get(side + "_text");
            c.add(text(code));
            c.add(code == null || name == null ? "" : text(name).toUpperCase(Locale.ROOT));
            c.add(text(country));
            c.add(""); // KnownGroupCode
            c.add(""); // EthnicCode
            c.add(""); // Religion1Code
            c.add(""); // Religion2Code
            List<String> roles = roles(code, country);
            for (int i = 0; i < 3; i++) {
                c.add(i < roles.size() ? roles.get(i) : "");
            }
        }
        c.add(Boolean.TRUE.equals(r.get("is_root")) ? "1" : "0");
        String code = (String) r.get("code");
        c.add(code);
        c.add(code.length() >= 3 ? code.substring(0, 3) : code);
        c.add((String) r.get("root_code"));
        c.add(text(r.get("quad")));
        c.add(text(r.get("goldstein")));
        c.add(text(r.get("mentions")));
        c.add(text(r.get("sources")));
        c.add(text(r.get("articles")));
        c.add(""); // AvgTone
        for (int i = 0; i < 16; i++) {
            c.add(""); // Actor1Geo_*, Actor2Geo_*: Herald places the event, not each actor
        }
        String iso = (String) r.get("place_country");
        Object lat = r.get("lat");
        String fips = countries.fips(iso);
        c.add(lat == null ? "" : geoType((String) r.get("feature_class"), (String) r.get("admin1"), iso));
        c.add(lat == null ? "" : text(r.get("place_name")));
        c.add(lat == null ? "" : fips);
        String admin1 = (String) r.get("admin1");
        c.add(lat == null || fips.isEmpty() ? "" : admin1 == null || admin1.isBlank() || admin1.equals("00") ? fips : fips + admin1);
        c.add(""); // ADM2Code
        c.add(lat == null ? "" : text(lat));
        c.add(lat == null ? "" : text(r.get("lon")));
        c.add(""); // FeatureID: GDELT's are GNS ids, Herald's GeoNames ids would join to the wrong places
        c.add(stamp(r.get("added")));
        c.add(text(r.get("source_url")));
        return c;
    }

    private static List<String> gdeltMention(Map<String, Object> r) {
        List<String> c = new ArrayList<>(16);
        c.add(Long.toString(globalEventId((String) r.get("event_key"))));
        c.add(stamp(r.get("added")));
        c.add(stamp(r.get("stored_at")));
        c.add(r.get("url") != null ? "1" : ""); // 1 = WEB; Herald also reads files GDELT has no type for
        c.add(text(r.get("site")));
        c.add(text(r.get("url") != null ? r.get("url") : r.get("origin")));
        c.add(Integer.toString(((Number) r.get("sentence")).intValue() + 1)); // GDELT counts sentences from 1
        c.add(offset(r.get("source_start")));
        c.add(offset(r.get("target_start")));
        c.add(offset(r.get("trigger_start")));
        c.add(""); // InRawText
        Object conf = r.get("confidence");
        c.add(conf == null ? "" : Long.toString(Math.round(((Number) conf).doubleValue() * 100)));
        c.add(text(r.get("doc_len")));
        c.add(""); // MentionDocTone
        c.add(""); // MentionDocTranslationInfo
        c.add(""); // Extras
        return c;
    }

    /** GDELT's fraction of the year: the year plus the part of it gone by that day. */
    private static String fraction(LocalDate d) {
        double f = d.getYear() + (d.getDayOfYear() - 1) / (double) d.lengthOfYear();
        return String.format(Locale.ROOT, "%.4f", f);
    }

    /** GDELT's geography types: 1 country, 2 US state, 3 US city, 4 world city, 5 world state; empty for others. */
    private static String geoType(String featureClass, String admin1, String iso) {
        boolean us = "US".equals(iso);
        if ("P".equals(featureClass) || "S".equals(featureClass)) {
            return us ? "3" : "4";
        }
        if ("A".equals(featureClass)) {
            return admin1 == null || admin1.isBlank() || admin1.equals("00") ? "1" : us ? "2" : "5";
        }
        return "";
    }

    /** The role codes run together after the country in a CAMEO-style actor code ({@code PRKGOV} → GOV). */
    static List<String> roles(String code, String country) {
        List<String> out = new ArrayList<>();
        if (code == null) {
            return out;
        }
        String rest = country != null && code.startsWith(country) ? code.substring(country.length()) : "";
        for (int i = 0; i + 3 <= rest.length(); i += 3) {
            out.add(rest.substring(i, i + 3));
        }
        return out;
    }

    private static String offset(Object o) {
        return o == null ? "-1" : text(o); // GDELT's "not found"
    }

    private static String stamp(Object o) {
        if (o instanceof Timestamp t) {
            return t.toLocalDateTime().format(STAMP);
        }
        if (o instanceof LocalDateTime t) {
            return t.format(STAMP);
        }
        return "";
    }

    // ---- JSON

    /** An event mention as docs/design.md writes it, with PLOVER's field names where PLOVER has one. */
    private static ObjectNode ploverRecord(Map<String, Object> r) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode o = f.objectNode();
        o.put("id", (String) r.get("id"));
        String date = (String) r.get("date");
        if (date == null) {
            date = (String) r.get("article_published");
            o.put("date", date);
            o.put("date_precision", date == null ? null : "article");
        } else {
            o.put("date", date);
            o.put("date_precision", (String) r.get("date_precision"));
        }
        o.set("actor", entities(f, r, "source"));
        o.set("recipient", entities(f, r, "target"));
        ArrayNode event = o.putArray("event");
        if (r.get("plover_type") != null) {
            event.add((String) r.get("plover_type"));
        }
        ArrayNode mode = o.putArray("mode");
        if (r.get("plover_mode") != null) {
            mode.add((String) r.get("plover_mode"));
        }
        o.set("quad_code", f.numberNode(((Number) r.get("quad")).intValue()));
        if (r.get("lat") != null) {
            o.set("event_loc", place(f, r));
        }
        ArrayNode texts = o.putArray("event_text");
        if (r.get("trigger_text") != null) {
            texts.add((String) r.get("trigger_text"));
        }
        o.put("link", (String) r.get("event_key"));
        o.put("coder", "herald");
        o.put("coded_date", r.get("stored_at") == null ? null : r.get("stored_at").toString().substring(0, 10));
        // Herald's own fields (docs/design.md), where PLOVER has none
        o.put("article", (String) r.get("article"));
        o.put("url", (String) (r.get("url") != null ? r.get("url") : r.get("origin")));
        o.put("sentence", ((Number) r.get("sentence")).intValue());
        o.put("root", (Boolean) r.get("root"));
        o.put("headline", (Boolean) r.get("headline"));
        o.put("code", (String) r.get("code"));
        o.put("goldstein", ((Number) r.get("goldstein")).doubleValue());
        o.put("modality", (String) r.get("mode"));
        o.put("historical", (Boolean) r.get("historical"));
        if (r.get("attribution_text") != null) {
            ObjectNode a = o.putObject("attribution");
            a.put("text", (String) r.get("attribution_text"));
            a.put("actor", (String) r.get("attribution_actor"));
        } else {
            o.putNull("attribution");
        }
        ObjectNode t = o.putObject("trigger");
        t.put("text", (String) r.get("trigger_text"));
        t.set("span", span(f, r.get("trigger_start"), r.get("trigger_end")));
        o.put("confidence", ((Number) r.get("confidence")).doubleValue());
        ObjectNode ev = o.putObject("reported");
        ev.put("mentions", ((Number) r.get("event_mentions")).longValue());
        ev.put("articles", ((Number) r.get("event_articles")).longValue());
        ev.put("stories", ((Number) r.get("event_stories")).longValue());
        ev.put("sources", ((Number) r.get("event_sources")).longValue());
        return o;
    }

    /** PLOVER's list of entity objects for one side; empty when the side is unknown. */
    private static ArrayNode entities(JsonNodeFactory f, Map<String, Object> r, String side) {
        ArrayNode list = f.arrayNode();
        String code = (String) r.get(side + "_code");
        if (code == null && r.get(side + "_text") == null) {
            return list;
        }
        ObjectNode e = list.addObject();
        e.put("code", code);
        e.put("raw_text", (String) r.get(side + "_text"));
        e.set("span", span(f, r.get(side + "_start"), r.get(side + "_end")));
        e.put("entity_name", (String) r.get(side + "_name"));
        e.put("country", (String) r.get(side + "_country"));
        List<String> roles = roles(code, (String) r.get(side + "_country"));
        e.put("sector_code", roles.isEmpty() ? null : roles.get(0));
        ArrayNode others = e.putArray("other_sector_codes");
        roles.stream().skip(1).forEach(others::add);
        return list;
    }

    private static ObjectNode place(JsonNodeFactory f, Map<String, Object> r) {
        ObjectNode p = f.objectNode();
        p.put("name", (String) r.get("place_name"));
        p.put("geonameid", r.get("geonameid") == null ? null : ((Number) r.get("geonameid")).longValue());
        p.put("country", (String) r.get("place_country"));
        p.put("lat", ((Number) r.get("lat")).doubleValue());
        p.put("lon", ((Number) r.get("lon")).doubleValue());
        return p;
    }

    private static JsonNode span(JsonNodeFactory f, Object start, Object end) {
        if (start == null || end == null) {
            return f.nullNode();
        }
        return f.arrayNode().add(((Number) start).intValue()).add(((Number) end).intValue());
    }

    /** An event mention with a place as a GeoJSON point (longitude first, as GeoJSON wants). */
    private static ObjectNode feature(Map<String, Object> r) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode o = f.objectNode();
        o.put("type", "Feature");
        ObjectNode g = o.putObject("geometry");
        g.put("type", "Point");
        g.putArray("coordinates").add(((Number) r.get("lon")).doubleValue()).add(((Number) r.get("lat")).doubleValue());
        o.set("properties", ploverRecord(r));
        return o;
    }

    private static ObjectNode plain(ResultSetMetaData md, List<Object> values) throws SQLException {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            String k = md.getColumnLabel(i + 1);
            if (v == null) {
                o.putNull(k);
            } else if (v instanceof Boolean b) {
                o.put(k, b);
            } else if (v instanceof Integer || v instanceof Long || v instanceof Short) {
                o.put(k, ((Number) v).longValue());
            } else if (v instanceof Number n) {
                o.put(k, new BigDecimal(n.toString()));
            } else {
                o.put(k, text(v));
            }
        }
        return o;
    }

    // ---- text

    static String text(Object o) {
        if (o == null) {
            return "";
        }
        if (o instanceof Timestamp t) {
            return t.toLocalDateTime().toString();
        }
        if (o instanceof Double d) {
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return o.toString();
    }

    /** A GDELT row: tab-separated with no quoting, so a tab or line break inside a value becomes a space. */
    private static String tsv(List<String> values) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                sb.append('\t');
            }
            String v = values.get(i);
            sb.append(v == null ? "" : v.replaceAll("[\\t\\r\\n]+", " "));
        }
        return sb.toString();
    }

    /** One CSV line (RFC 4180: a value with a comma, quote or line break is quoted). */
    public static String csv(List<String> values) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            String v = values.get(i);
            if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
                sb.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(v);
            }
        }
        return sb.toString();
    }

    private static void line(Writer out, String s) {
        put(out, s + "\n");
    }

    private static void put(Writer out, String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * ISO 3166 alpha-2 to GEC (FIPS 10-4) country codes, from {@code country-codes.json}
     * (fetched at build time; see {@code src/build/fetch-export-data.sh}).
     */
    static final class Countries {
        private static Countries loaded;
        private final Map<String, String> fips;

        private Countries(Map<String, String> fips) {
            this.fips = fips;
        }

        static synchronized Countries load() {
            if (loaded == null) {
                loaded = read();
            }
            return loaded;
        }

        private static Countries read() {
            String name = "country-codes.json";
            try (InputStream in = Export.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException(name + " is missing from the build (src/build/fetch-export-data.sh)");
                }
                JsonNode all = Json.MAPPER.readTree(in);
                Map<String, String> map = new HashMap<>();
                for (int i = 0; i < all.size(); i++) {
                    JsonNode e = all.get(i);
                    String a2 = e.path("a2").asText("");
                    String gec = e.path("gec").asText("").split(",")[0].strip();
                    if (!a2.matches("[A-Z]{2}") || !gec.matches("([A-Z0-9]{2})?")) {
                        throw new IllegalStateException(name + ": entry " + (i + 1) + " (" + e.path("name").asText()
                                + ") has no two-letter a2 and gec codes");
                    }
                    if (!gec.isEmpty()) {
                        map.put(a2, gec);
                    }
                }
                return new Countries(Map.copyOf(map));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + name + ": " + e.getMessage(), e);
            }
        }

        /** The FIPS code of an ISO alpha-2 code, or "" when there is none. */
        String fips(String iso) {
            return iso == null ? "" : fips.getOrDefault(iso, "");
        }
    }
}

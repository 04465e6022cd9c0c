package org.herald.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.herald.model.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every export format written from a real DuckDB file and read back by DuckDB, counts compared. */
class ExportTest {

    @TempDir
    Path dir;

    private Path db;

    /** GDELT 2.0's event table as GDELT documents its types: what a GDELT reader declares. */
    static String gdeltEventTypes() {
        StringJoiner cols = new StringJoiner(", ", "{", "}");
        for (String c : Export.GDELT_EVENT_COLUMNS) {
            String type = switch (c) {
                case "GlobalEventID", "Day", "MonthYear", "Year", "IsRootEvent", "QuadClass", "NumMentions", "NumSources",
                     "NumArticles", "Actor1Geo_Type", "Actor2Geo_Type", "ActionGeo_Type" -> "INTEGER";
                case "FractionDate", "GoldsteinScale", "AvgTone", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor2Geo_Lat",
                     "Actor2Geo_Long", "ActionGeo_Lat", "ActionGeo_Long" -> "DOUBLE";
                case "DATEADDED" -> "BIGINT";
                default -> "VARCHAR";
            };
            if (c.equals("GlobalEventID")) {
                type = "BIGINT"; // GDELT's ids fit an INTEGER today; Herald's are hashes and need 60 bits
            }
            cols.add("'" + c + "': '" + type + "'");
        }
        return cols.toString();
    }

    @BeforeEach
    void store() throws Exception {
        db = dir.resolve("h.duckdb");
        try (Store s = Store.open(db)) {
            s.put(Reports.report("Chile minister in Lima", "Chile sent its minister to visit Peru.", "one.example"));
            s.put(Reports.report("Talks in Lima", "On Monday Chile began a visit to Peru, officials said.", "two.example"));
            s.put(Reports.report("Chile minister in Lima (copy)", "Chile sent its minister to visit Peru.", "three.example"));
        }
    }

    private static long count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private String text(Export.Format f, Export.Table t) throws Exception {
        StringWriter w = new StringWriter();
        try (Store s = Store.readOnly(db)) {
            Export.text(s, new Export.Request(f, t, null, null), w, n -> { });
        }
        return w.toString();
    }

    private String write(Export.Format f, Export.Table t, String name) throws Exception {
        Path out = dir.resolve(name);
        Files.writeString(out, text(f, t));
        return out.toString().replace("'", "''");
    }

    @Test
    void gdelt_events_have_61_typed_columns_in_gdelts_order_and_one_row_per_event() throws Exception {
        String body = text(Export.Format.GDELT, Export.Table.EVENTS);
        List<String> lines = body.lines().toList();
        assertThat(lines).hasSize(1); // three reports, one event
        String[] f = lines.get(0).split("\t", -1);
        assertThat(f).hasSize(61);
        assertThat(Export.GDELT_EVENT_COLUMNS).hasSize(61).startsWith("GlobalEventID", "Day", "MonthYear", "Year")
                .endsWith("DATEADDED", "SOURCEURL");
        int col = Export.GDELT_EVENT_COLUMNS.indexOf("EventCode");
        assertThat(f[col]).isEqualTo("042");
        assertThat(f[Export.GDELT_EVENT_COLUMNS.indexOf("EventBaseCode")]).isEqualTo("042");
        assertThat(f[Export.GDELT_EVENT_COLUMNS.indexOf("EventRootCode")]).isEqualTo("04");
        assertThat(f[Export.GDELT_EVENT_COLUMNS.indexOf("Day")]).isEqualTo("20240304");
        assertThat(f[Export.GDELT_EVENT_COLUMNS.indexOf("MonthYear")]).isEqualTo("202403");
        assertThat(f[Export.GDELT_EVENT_COLUMNS.indexOf("Actor1Code")]).isEqualTo("CHLGOV");
        assertThat(f[Export.GDELT_EVENT_COLUMNS.indexOf("Actor1CountryCode")]).isEqualTo("CHL");
        assertThat(f[Export.GDELT_EVENT_COLUMNS.indexOf("Actor1Type1Code")]).isEqualTo("GOV");
        assertThat(f[Export.GDELT_EVENT_COLUMNS.indexOf("Actor2Code")]).isEqualTo("PERGOV");
        assertThat(f[Export.GDELT_EVENT_COLUMNS.indexOf("NumMentions")]).isEqualTo("3");
        assertThat(f[Export.GDELT_EVENT_COLUMNS.indexOf("NumArticles")]).isEqualTo("3");
        assertThat(f[Export.GDELT_EVENT_COLUMNS.indexOf("NumSources")]).isEqualTo("3");
        assertThat(f[Export.GDELT_EVENT_COLUMNS.indexOf("AvgTone")]).isEmpty(); // not computed: left empty
        assertThat(f[Export.GDELT_EVENT_COLUMNS.indexOf("Actor1Geo_Type")]).isEmpty();
        // Lima, Peru: a world city; GDELT's country codes are FIPS (Peru is PE in both)
        assertThat(f[Export.GDELT_EVENT_COLUMNS.indexOf("ActionGeo_Type")]).isEqualTo("4");
        assertThat(f[Export.GDELT_EVENT_COLUMNS.indexOf("ActionGeo_CountryCode")]).isEqualTo("PE");
        assertThat(f[Export.GDELT_EVENT_COLUMNS.indexOf("ActionGeo_ADM1Code")]).isEqualTo("PE15");
        assertThat(f[Export.GDELT_EVENT_COLUMNS.indexOf("DATEADDED")]).matches("\\d{14}");

        // a reader written for GDELT files, with GDELT's column types, loads it
        Path file = dir.resolve("20240304.export.CSV");
        Files.writeString(file, body);
        String path = file.toString().replace("'", "''");
        assertThat(count("SELECT count(*) FROM read_csv('" + path + "', delim='\\t', header=false, columns="
                + gdeltEventTypes() + ") WHERE EventCode = '042' AND ActionGeo_Lat < -12")).isEqualTo(1);
    }

    @Test
    void fips_codes_are_gdelts_not_iso() {
        Export.Countries c = Export.Countries.load();
        assertThat(c.fips("DE")).isEqualTo("GM");
        assertThat(c.fips("GB")).isEqualTo("UK");
        assertThat(c.fips("CN")).isEqualTo("CH");
        assertThat(c.fips("US")).isEqualTo("US");
        assertThat(c.fips("ZZ")).isEmpty();
    }

    @Test
    void gdelt_mentions_have_16_columns_one_row_per_report_and_the_events_id() throws Exception {
        List<String> events = text(Export.Format.GDELT, Export.Table.EVENTS).lines().toList();
        List<String> lines = text(Export.Format.GDELT, Export.Table.MENTIONS).lines().toList();
        assertThat(lines).hasSize(3);
        for (String l : lines) {
            String[] f = l.split("\t", -1);
            assertThat(f).hasSize(16);
            assertThat(f[0]).isEqualTo(events.get(0).split("\t")[0]);
            assertThat(f[6]).isEqualTo("2"); // sentence 1 counted from 1
            assertThat(f[11]).isEqualTo("80"); // confidence 0.8 as GDELT's percent
        }
    }

    @Test
    void csv_parquet_and_jsonl_read_back_with_the_stores_counts() throws Exception {
        for (Export.Table t : Export.Table.values()) {
            String csv = write(Export.Format.CSV, t, t + ".csv");
            Path parquet = dir.resolve(t + ".parquet");
            try (Store s = Store.readOnly(db)) {
                assertThat(Export.parquet(s, new Export.Request(Export.Format.PARQUET, t, null, null), parquet))
                        .isEqualTo(expected(t));
            }
            assertThat(count("SELECT count(*) FROM read_csv('" + csv + "', header=true)")).as(t + " csv").isEqualTo(expected(t));
            assertThat(count("SELECT count(*) FROM '" + parquet.toString().replace("'", "''") + "'")).as(t + " parquet")
                    .isEqualTo(expected(t));
        }
        String jsonl = write(Export.Format.JSONL, Export.Table.EVENTS, "events.jsonl");
        assertThat(count("SELECT count(*) FROM read_json('" + jsonl + "', format='newline_delimited')")).isEqualTo(3);
        assertThat(count("SELECT count(*) FROM read_json('" + jsonl + "', format='newline_delimited') "
                + "WHERE event[1] = 'CONSULT' AND actor[1].code = 'CHLGOV' AND recipient[1].country = 'PER' "
                + "AND modality = 'asserted' AND code = '042' AND reported.mentions = 3")).isEqualTo(3);
    }

    private long expected(Export.Table t) {
        return switch (t) {
            case EVENTS -> 1;
            case MENTIONS, ARTICLES, QUOTES -> 3;
        };
    }

    @Test
    void geojson_has_a_point_for_each_placed_mention() throws Exception {
        var doc = Json.MAPPER.readTree(text(Export.Format.GEOJSON, Export.Table.EVENTS));
        assertThat(doc.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(doc.get("features")).hasSize(3);
        var p = doc.get("features").get(0);
        assertThat(p.at("/geometry/coordinates/0").asDouble()).isEqualTo(-77.03);
        assertThat(p.at("/geometry/coordinates/1").asDouble()).isEqualTo(-12.04);
        assertThat(p.at("/properties/event_loc/name").asText()).isEqualTo("Lima");
    }

    @Test
    void a_date_range_selects_and_a_bad_one_is_refused() throws Exception {
        try (Store s = Store.readOnly(db)) {
            assertThat(Export.count(s, new Export.Request(Export.Format.CSV, Export.Table.MENTIONS, "2024-03", "2024-03"))).isEqualTo(3);
            assertThat(Export.count(s, new Export.Request(Export.Format.CSV, Export.Table.MENTIONS, "2024-04", null))).isZero();
            assertThat(Export.count(s, new Export.Request(Export.Format.GDELT, Export.Table.EVENTS, null, "2024-03-03"))).isZero();
        }
        assertThatThrownBy(() -> new Export.Request(Export.Format.CSV, Export.Table.EVENTS, "March", null))
                .hasMessageContaining("'March'");
        assertThatThrownBy(() -> new Export.Request(Export.Format.GDELT, Export.Table.QUOTES, null, null))
                .hasMessageContaining("quotes");
    }

    @Test
    void the_users_sql_reads_and_cannot_write() throws Exception {
        List<Object> got = new ArrayList<>();
        try (Store s = Store.readOnly(db)) {
            s.sql("SELECT count(*) AS n FROM events", new Store.RowHandler() {
                @Override
                public void columns(List<String> names) {
                    assertThat(names).containsExactly("n");
                }

                @Override
                public void row(List<Object> values) {
                    got.addAll(values);
                }
            });
            assertThat(got).containsExactly(3L);
            Store.RowHandler none = new Store.RowHandler() {
                @Override
                public void columns(List<String> names) {
                }

                @Override
                public void row(List<Object> values) {
                }
            };
            assertThatThrownBy(() -> s.sql("DELETE FROM events", none)).hasMessageContaining("read-only");
            Path elsewhere = dir.resolve("leak.csv");
            assertThatThrownBy(() -> s.sql("COPY events TO '" + elsewhere + "'", none)).isInstanceOf(java.sql.SQLException.class);
            assertThat(elsewhere).doesNotExist();
        }
        try (Store s = Store.open(db)) {
            assertThat(s.counts().eventMentions()).isEqualTo(3);
        }
    }
}

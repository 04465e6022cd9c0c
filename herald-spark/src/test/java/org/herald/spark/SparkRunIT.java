package org.herald.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.herald.cli.Main;
import org.herald.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job on {@code local[2]} against {@code herald run} over one small WARC the test writes:
 * a few HTML responses (two of them copies of one story under other headlines and footers), an
 * image response and, last, a corrupt record. Every table must hold the same rows with the same
 * columns and types as the store (compared by DuckDB, which reads both).
 */
class SparkRunIT {

    @TempDir
    static Path dir;
    static Path db;
    static Path out;
    static SparkRun.Counts counts;

    static final String STORY = """
            <p>Protesters marched through the centre of Nairobi on Tuesday to demand lower food prices,
            and police fired tear gas at the crowd near the parliament building.</p>
            <p>The Kenyan government said it would meet union leaders next week to discuss the cost of
            maize flour, which has risen sharply since the start of the year.</p>
            <p>President William Ruto urged calm and accused opposition politicians of stirring up the unrest.</p>
            """;

    @BeforeAll
    static void runBoth() throws Exception {
        ByteArrayOutputStream warc = new ByteArrayOutputStream();
        warc.writeBytes(record("https://daily.example/protest", "text/html; charset=utf-8",
                page("Police fire tear gas at Nairobi price protest", STORY, "Copyright Daily Example.")));
        warc.writeBytes(record("https://daily.example/logo.png", "image/png", "PNG not really"));
        warc.writeBytes(record("https://courier.example/talks", "text/html", page("Russia and Ukraine agree to talks",
                """
                <p>Russia and Ukraine agreed on Monday to hold talks in Istanbul next month, Turkish officials said.</p>
                <p>The Turkish foreign minister said both delegations had accepted an invitation from Ankara.</p>
                """, "")));
        warc.writeBytes(record("https://wire.example/nairobi", "text/html",
                page("Kenya: tear gas as protesters demand cheaper food", STORY, "Reporting by Wire Example; editing by staff.")));
        warc.writeBytes(record("https://gazette.example/sanctions", "text/html", page("EU imposes sanctions on Iran",
                """
                <p>The European Union imposed new sanctions on Iran on Friday over its support for armed groups.</p>
                <p>Iran condemned the decision and threatened to retaliate, its foreign ministry said.</p>
                """, "")));
        warc.writeBytes("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: notanumber\r\n\r\ngarbage"
                .getBytes(StandardCharsets.UTF_8));
        Path input = dir.resolve("news.warc");
        Files.write(input, warc.toByteArray());

        db = dir.resolve("store.duckdb");
        Main.commandLine().execute("run", "--db", db.toString(), input.toString());

        out = dir.resolve("tables");
        SparkSession spark = SparkSession.builder().master("local[2]").appName("herald-spark-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
                .config("spark.driver.host", "127.0.0.1").getOrCreate();
        try {
            counts = SparkRun.run(spark, new SparkRun.Config(List.of(input.toString()), out.toString(), true,
                    Duration.ofSeconds(120)));
        } finally {
            spark.stop();
        }
    }

    @AfterAll
    static void noSession() {
        SparkSession.clearActiveSession();
        SparkSession.clearDefaultSession();
    }

    @Test
    void every_table_has_the_stores_columns_types_and_rows() throws SQLException {
        String[][] pairs = {
            {"articles", "articles"}, {"events", "event_mentions"}, {"actor_mentions", "actor_mentions"},
            {"quotes", "quotes"}, {"places", "places"}, {"event_rollup", "events"}};
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("ATTACH '" + db + "' AS store (READ_ONLY)");
            for (String[] p : pairs) {
                String stored = "SELECT * FROM store." + p[0];
                String spark = "SELECT * FROM read_parquet('" + out.resolve(p[1]) + "/**/*.parquet', hive_partitioning = false)";
                assertThat(columns(s, spark)).as(p[1] + " columns").isEqualTo(columns(s, stored));
                if (p[0].equals("articles")) {
                    stored = "SELECT * EXCLUDE (stored_at) FROM store.articles";
                    spark = spark.replace("SELECT *", "SELECT * EXCLUDE (stored_at)");
                }
                assertThat(count(s, "SELECT count(*) FROM (" + spark + ")")).as(p[1] + " rows")
                        .isEqualTo(count(s, "SELECT count(*) FROM (" + stored + ")"));
                assertThat(count(s, "SELECT count(*) FROM ((" + spark + ") EXCEPT ALL (" + stored + "))"))
                        .as(p[1] + " rows Spark has and the store has not").isZero();
                assertThat(count(s, "SELECT count(*) FROM ((" + stored + ") EXCEPT ALL (" + spark + "))"))
                        .as(p[1] + " rows the store has and Spark has not").isZero();
            }
            assertThat(count(s, "SELECT count(*) FROM store.articles")).isEqualTo(4);
            assertThat(count(s, "SELECT count(*) FROM store.events")).isPositive();
            // the two copies of the Nairobi story are one story in both
            assertThat(count(s, "SELECT count(DISTINCT story) FROM read_parquet('" + out.resolve("articles")
                    + "/**/*.parquet')")).isEqualTo(3);
        }
    }

    @Test
    void the_image_and_the_corrupt_record_are_problems_not_failures() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT code, outcome, position_kind FROM read_parquet('" + out.resolve("problems")
                     + "/*.parquet') WHERE outcome <> 'stored' ORDER BY code")) {
            List<String> got = new ArrayList<>();
            while (r.next()) {
                got.add(r.getString(1) + " " + r.getString(2) + " " + r.getString(3));
            }
            assertThat(got).containsExactly("ingest.warc.corrupt failed record", "ingest.warc.not-html skipped record");
        }
        assertThat(counts.rows()).containsEntry("articles", 4L);
    }

    @Test
    void a_store_made_from_the_parquet_tables_holds_what_herald_run_stored() throws SQLException {
        Path imported = dir.resolve("imported.duckdb");
        try (Store store = Store.open(imported)) {
            assertThat(store.importParquet(out)).isEqualTo(4);
            assertThat(store.importParquet(out)).as("a second import adds nothing").isZero();
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("ATTACH '" + db + "' AS a (READ_ONLY)");
            s.execute("ATTACH '" + imported + "' AS b (READ_ONLY)");
            for (String t : List.of("events", "actor_mentions", "quotes", "places", "event_rollup")) {
                assertThat(count(s, "SELECT count(*) FROM ((SELECT * FROM a." + t + ") EXCEPT ALL (SELECT * FROM b." + t
                        + "))")).as(t).isZero();
                assertThat(count(s, "SELECT count(*) FROM b." + t)).as(t).isEqualTo(count(s, "SELECT count(*) FROM a." + t));
            }
        }
        try (Store store = Store.readOnly(imported)) {
            assertThat(store.search("Nairobi", 10, 0).toString()).contains("Nairobi");
        }
    }

    private static List<String> columns(Statement s, String query) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet r = s.executeQuery("DESCRIBE " + query)) {
            while (r.next()) {
                out.add(r.getString("column_name") + " " + r.getString("column_type"));
            }
        }
        return out;
    }

    private static long count(Statement s, String query) throws SQLException {
        try (ResultSet r = s.executeQuery(query)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String page(String title, String body, String footer) {
        return "<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1>" + body
                + "<p>" + footer + "</p></article></body></html>";
    }

    private static byte[] record(String uri, String type, String body) {
        byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8);
        String head = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(http)
                + ">\r\nWARC-Date: 2024-05-14T09:00:00Z\r\nWARC-Target-URI: " + uri
                + "\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: " + http.length + "\r\n\r\n";
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        b.writeBytes(http);
        b.writeBytes("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        return b.toByteArray();
    }
}

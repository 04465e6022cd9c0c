package org.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.herald.store.Reports;
import org.herald.store.Store;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** herald export and herald sql on a real DuckDB file filled by hand (no models). */
class ExportCommandTest {

    @TempDir
    Path dir;

    private Path db;

    @BeforeEach
    void store() throws Exception {
        db = dir.resolve("h.duckdb");
        try (Store s = Store.open(db)) {
            s.put(Reports.report("Chile minister in Lima", "Chile sent its minister to visit Peru.", "one.example"));
            s.put(Reports.report("Talks in Lima", "On Monday Chile began a visit to Peru, officials said.", "two.example"));
        }
    }

    @Test
    void exports_gdelt_to_standard_output_and_parquet_to_a_file() throws Exception {
        Run r = Run.of("export", "--db", db.toString(), "--format", "gdelt");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().lines()).singleElement().satisfies(l -> assertThat(l.split("\t", -1)).hasSize(61));
        assertThat(r.err()).contains("herald export: 1 events as gdelt");

        Path out = dir.resolve("m.parquet");
        Run p = Run.of("export", "--db", db.toString(), "--format", "parquet", "--table", "mentions", "--out", out.toString());
        assertThat(p.exit()).as(p.err()).isZero();
        assertThat(p.err()).contains("2 mentions as parquet to " + out);
        Run back = Run.of("sql", "--db", db.toString(), "--format", "csv",
                "SELECT count(*) AS n FROM events");
        assertThat(back.out()).isEqualTo("n\n2\n");
        assertThat(Files.size(out)).isPositive();
    }

    @Test
    void export_refuses_what_it_cannot_write_with_exit_2() {
        assertThat(Run.of("export", "--db", db.toString(), "--format", "xml").err()).contains("--format must be one of gdelt");
        assertThat(Run.of("export", "--db", db.toString(), "--format", "parquet").exit()).isEqualTo(2);
        assertThat(Run.of("export", "--db", db.toString(), "--format", "gdelt", "--table", "articles").exit()).isEqualTo(2);
        assertThat(Run.of("export", "--db", db.toString(), "--format", "csv", "--from", "May").exit()).isEqualTo(2);
        Run none = Run.of("export", "--db", dir.resolve("none.duckdb").toString(), "--format", "csv");
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("no store at");
        assertThat(dir.resolve("none.duckdb")).doesNotExist();
    }

    @Test
    void sql_prints_a_table_csv_or_json_and_refuses_writes() {
        String q = "SELECT source_code AS source, target_code AS target, count(*) AS n FROM events GROUP BY 1, 2";
        Run t = Run.of("sql", "--db", db.toString(), q);
        assertThat(t.exit()).as(t.err()).isZero();
        assertThat(t.out()).contains("source  target  n", "CHLGOV  PERGOV  2", "(1 row)");
        Run j = Run.of("sql", "--db", db.toString(), "--format", "json", q);
        assertThat(j.out().strip()).isEqualTo("{\"source\":\"CHLGOV\",\"target\":\"PERGOV\",\"n\":2}");

        Run w = Run.of("sql", "--db", db.toString(), "DROP TABLE events");
        assertThat(w.exit()).isEqualTo(1);
        assertThat(w.err()).startsWith("herald sql: ").contains("read-only").hasLineCount(1);
        Run bad = Run.of("sql", "--db", db.toString(), "SELEC 1");
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("syntax error");
        assertThat(Run.of("sql", "--db", db.toString(), "--format", "csv", "SELECT count(*) FROM events").out()).endsWith("2\n");
    }
}

package org.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code herald gazetteer import} and {@code lookup}, in process. */
class GazetteerCommandTest {

    @TempDir
    Path dir;

    @Test
    void looks_a_name_up_in_the_default_gazetteer() {
        Run r = Run.of("gazetteer", "lookup", "Vladivostok");
        assertThat(r.exit()).isEqualTo(0);
        assertThat(r.out()).contains("Vladivostok").contains("RU");
    }

    @Test
    void an_unknown_name_is_exit_1() {
        Run r = Run.of("gazetteer", "lookup", "Qqqzzzville");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("no entry");
    }

    @Test
    void imports_a_geonames_dump_and_reports_bad_rows_by_line() throws IOException {
        Path dump = Files.writeString(dir.resolve("cities-mini.txt"),
                "7100001\tHollowmere\tHollowmere\t\t51.5\t-1.25\tP\tPPL\tGB\t\tENG\t\t\t\t4200\t\t80\tEurope/London\t2020-01-01\n"
                        + "garbage line\n");
        Path out = dir.resolve("g.idx");
        Run r = Run.of("gazetteer", "import", dump.toString(), "--out", out.toString());
        assertThat(r.exit()).isEqualTo(0);
        assertThat(Files.size(out)).isPositive();
        assertThat(r.err()).contains("line 2");
    }

    @Test
    void a_missing_dump_is_a_usage_error() {
        Run r = Run.of("gazetteer", "import", dir.resolve("nope").toString(), "--out", dir.resolve("g.idx").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("nope");
    }
}

package org.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code herald quotes}, in-process with the real models. */
class QuotesCommandIT {

    private static Path article() throws Exception {
        Path f = Files.createTempFile("herald-quotes", ".txt");
        Files.writeString(f, "Kremlin rejects peace plan\n\n"
                + "Kremlin spokesman Dmitry Peskov told reporters: “There is no such plan.”\n\n"
                + "He said Moscow remained open to talks.\n\n"
                + "READ MORE: Putin ‘ready to talk’ as envoys meet\n");
        return f;
    }

    @Test
    void prints_a_table_of_quotes_with_speakers_and_actors() throws Exception {
        Run r = Run.of("quotes", article().toString(), "--published", "2023-03-08");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("direct", "indirect", "Peskov", "RUSGOV", "There is no such plan.",
                "Moscow remained open to talks", "2 quote(s)");
        assertThat(r.out()).doesNotContain("ready to talk");
    }

    @Test
    void prints_one_json_quote_a_line() throws Exception {
        Run r = Run.of("quotes", article().toString(), "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().strip().split("\n")).hasSize(2).allSatisfy(line ->
                assertThat(line).startsWith("{").contains("\"kind\":", "\"speaker\":", "\"span\":["));
    }

    @Test
    void a_missing_file_is_a_one_line_error() {
        Run r = Run.of("quotes", "/nonexistent/article.txt");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith("herald quotes:");
    }
}

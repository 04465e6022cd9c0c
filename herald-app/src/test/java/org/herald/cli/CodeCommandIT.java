package org.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.herald.model.Json;
import org.junit.jupiter.api.Test;

/** {@code herald code} in-process with the real models, on a text written for this test. */
class CodeCommandIT {

    private static Path article() throws Exception {
        Path f = Files.createTempFile("herald", ".txt");
        Files.writeString(f, "Brazil to host trade talks\n\n"
                + "Brazil will host talks with Argentina in Brasilia on Friday, officials said.\n\n"
                + "Police arrested two Argentine activists in Brasilia last year.\n");
        return f;
    }

    @Test
    void json_prints_one_event_a_line_in_the_contract() throws Exception {
        Run r = Run.of("code", article().toString(), "--published", "2024-03-04", "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        String[] lines = r.out().strip().split("\n");
        assertThat(lines).isNotEmpty();
        boolean talks = false;
        for (String line : lines) {
            JsonNode e = Json.MAPPER.readTree(line);
            assertThat(e.has("id") && e.has("code") && e.has("mode") && e.has("trigger") && e.has("quad")).isTrue();
            if (e.path("code").asText().startsWith("04") && e.path("mode").asText().equals("future")
                    && !e.path("headline").asBoolean()) {
                talks = true;
            }
        }
        assertThat(talks).as(r.out()).isTrue();
    }

    @Test
    void table_prints_a_header_and_the_flags() throws Exception {
        Run r = Run.of("code", article().toString(), "--published", "2024-03-04");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("published 2024-03-04", "code", "mode", "flags: H headline");
    }

    @Test
    void a_feed_is_coded_entry_by_entry_and_quotes_read_every_entry() throws Exception {
        Path f = Files.createTempFile("herald", ".xml");
        Files.writeString(f, """
                <?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><link>https://wire.example/</link>
                <description>news</description>
                <item><title>Brazil to host trade talks</title><guid>a1</guid><description>Brazil will host talks with
                Argentina in Brasilia on Friday, officials said.</description></item>
                <item><title>Chile recalls its ambassador</title><guid>a2</guid><description>Chile recalled its ambassador
                to Peru on Wednesday. "We will not accept interference," the Chilean foreign minister said.</description></item>
                </channel></rss>""");
        Run r = Run.of("code", f.toString(), "--published", "2024-03-04");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().lines().filter(l -> l.startsWith("article "))).hasSize(2);
        Run q = Run.of("quotes", f.toString(), "--published", "2024-03-04");
        assertThat(q.exit()).as(q.err()).isZero();
        assertThat(q.out().lines().filter(l -> l.startsWith("article "))).hasSize(2);
        assertThat(q.out()).contains("We will not accept interference");
    }

    @Test
    void a_missing_file_is_a_failure_not_a_crash() {
        Run r = Run.of("code", "/nonexistent/herald-article.txt");
        assertThat(r.exit()).isEqualTo(1);
    }
}

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
    void a_missing_file_is_a_failure_not_a_crash() {
        Run r = Run.of("code", "/nonexistent/herald-article.txt");
        assertThat(r.exit()).isEqualTo(1);
    }
}

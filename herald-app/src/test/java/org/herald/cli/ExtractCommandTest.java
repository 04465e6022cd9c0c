package org.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.herald.model.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

    @TempDir
    Path dir;

    private static final String STORY = """
            Ferry timetable cut for the winter months

            Operators blame fuel costs and falling passenger numbers

            The island ferry will run four crossings a day instead of seven from November, the operator said on Friday.

            READ MORE: Harbour cranes idle as dockworkers strike over pay

            Residents said the cut would make it harder to reach the hospital on the mainland.
            """;

    @Test
    void prints_the_article_as_text_with_metadata_and_related_links() throws IOException {
        Path f = Files.writeString(dir.resolve("story.txt"), STORY);
        Run r = Run.of("extract", f.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("# Ferry timetable cut for the winter months", "> Operators blame fuel costs",
                "-- published:  unknown", "-- related:", "* Harbour cranes idle as dockworkers strike over pay");
        assertThat(r.out()).doesNotContain("READ MORE");
        assertThat(r.err().strip()).isEqualTo("herald extract: read 1, ok 1, skipped 0, failed 0");
    }

    @Test
    void json_format_is_one_article_a_line_and_a_given_date_is_used() throws IOException {
        Path f = Files.writeString(dir.resolve("story.txt"), STORY);
        Run r = Run.of("extract", f.toString(), "--format", "json", "--published", "2024-11-01");
        assertThat(r.exit()).isZero();
        assertThat(r.out().strip()).hasLineCount(1);
        JsonNode a = Json.MAPPER.readTree(r.out());
        assertThat(a.path("title").asText()).isEqualTo("Ferry timetable cut for the winter months");
        assertThat(a.path("published").path("value").asText()).isEqualTo("2024-11-01");
        assertThat(a.path("publishedFrom").asText()).isEqualTo("user");
        assertThat(a.path("related")).hasSize(1);
    }

    @Test
    void a_batch_goes_on_past_bad_documents_and_ends_with_counts() throws IOException {
        Files.writeString(dir.resolve("a-good.txt"), STORY);
        Files.write(dir.resolve("b-image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2});
        Files.writeString(dir.resolve("c-nav.html"), "<html><body><nav><a href=/>Home</a></nav></body></html>");
        Run r = Run.of("extract", dir.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("# Ferry timetable cut");
        assertThat(r.err()).contains("problem: " + dir.resolve("b-image.png") + ": ingest: ", "[ingest.file.binary]");
        assertThat(r.err()).contains("problem: " + dir.resolve("c-nav.html") + ": extract: ", "[extract.no-text]");
        assertThat(r.err()).contains("herald extract: read 3, ok 1, skipped 0, failed 2");
    }

    @Test
    void a_bad_date_is_a_usage_error() throws IOException {
        Path f = Files.writeString(dir.resolve("story.txt"), STORY);
        assertThat(Run.of("extract", f.toString(), "--published", "yesterday").exit()).isEqualTo(2);
        assertThat(Run.of("extract").exit()).isEqualTo(2);
    }
}

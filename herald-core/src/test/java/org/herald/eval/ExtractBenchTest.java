package org.herald.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.herald.model.RawDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's bookkeeping (never its timings). */
class ExtractBenchTest {

    @Test
    void loads_a_folder_of_pages_and_counts_the_articles_it_extracts(@TempDir Path dir) throws IOException {
        try (var in = ExtractBenchTest.class.getResourceAsStream("/extract/page.html")) {
            Files.write(dir.resolve("a.html"), in.readAllBytes());
        }
        Files.writeString(dir.resolve("b.html"), "<html><body><nav><a href=/>Home</a></nav></body></html>");
        Files.writeString(dir.resolve("notes.txt"), "not a page");
        List<RawDocument> pages = ExtractBench.pages(dir, 10);
        assertThat(pages).hasSize(2);
        ExtractBench.Result r = ExtractBench.run(pages, 1);
        assertThat(r.articles()).isEqualTo(1);
        assertThat(r.herald().items()).isEqualTo(2);
        assertThat(r.jsoupText().items()).isEqualTo(2);
        assertThat(r.bytes()).isEqualTo(pages.get(0).bytes().length + pages.get(1).bytes().length);
    }
}

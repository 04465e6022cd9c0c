package org.herald.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.herald.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {

    @TempDir
    Path dir;

    @Test
    void reads_articles_spread_over_the_file() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            sb.append("{\"id\":\"a").append(i).append("\",\"title\":\"Story ").append(i)
                    .append("\",\"text\":\"First para.\\n\\nSecond para.\",\"date\":\"20080804\"}\n");
        }
        Path f = dir.resolve("dev.jsonl");
        Files.writeString(f, sb);
        List<Article> all = Corpus.read(f, 0);
        List<Article> five = Corpus.read(f, 5);
        assertThat(all).hasSize(10);
        assertThat(five).extracting(Article::title).containsExactly("Story 0", "Story 2", "Story 4", "Story 6", "Story 8");
        assertThat(all.get(0).paragraphs()).containsExactly("First para.", "Second para.");
        assertThat(all.get(0).published().value()).isEqualTo("2008-08-04");
        assertThat(Dataset.at(dir).name()).isEqualTo(dir.getFileName().toString());
    }

    @Test
    void a_broken_line_is_named_with_its_number() throws IOException {
        Path f = dir.resolve("x.jsonl");
        Files.writeString(f, "{\"text\":\"ok\"}\n{not json\n");
        assertThatThrownBy(() -> Dataset.at(f).records()).hasMessageContaining("line 2");
    }
}

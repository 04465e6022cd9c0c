package org.herald.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.regex.Pattern;
import org.herald.model.Article;
import org.herald.model.Link;
import org.herald.model.RawDocument;
import org.junit.jupiter.api.Test;

/** The article this project started from (in ../shared/examples, not in the repository). */
class ExampleArticleTest {

    private static final Pattern CLUTTER = Pattern.compile(
            "(?i)read more|don.t miss|\\[(analysis|insight|video)\\]|sign-up|unsubscribe|source:|read full article");

    static Path shared() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path s = p.resolveSibling("shared");
            if (Files.isDirectory(s.resolve("examples"))) {
                return s;
            }
        }
        return null;
    }

    @Test
    void body_has_no_clutter_and_the_four_other_headlines_are_related() throws IOException {
        Path shared = shared();
        Path file = shared == null ? null : shared.resolve("examples/000_8705b49005b7e974.txt");
        assumeTrue(file != null && Files.isRegularFile(file), "../shared/examples is not here; skipping");
        Article a = Fixtures.ok(new Extractor().extract(new RawDocument(file.toString(), Files.readAllBytes(file), null, null,
                null, Instant.EPOCH, RawDocument.Hints.NONE)));
        // The file's own first line and next paragraph, read here rather than copied into the test.
        java.util.List<String> lines = Files.readAllLines(file).stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
        assertThat(a.title()).isEqualTo(lines.get(0));
        assertThat(a.standfirst()).isEqualTo(lines.get(1));
        for (String p : a.paragraphs()) {
            assertThat(CLUTTER.matcher(p).find()).as("clutter in body paragraph: %s", p).isFalse();
        }
        assertThat(a.paragraphs()).isNotEmpty();
        assertThat(a.related()).hasSize(4);
        for (Link l : a.related()) {
            assertThat(a.text()).doesNotContain(l.text());
            assertThat(l.text()).doesNotContain("[");
        }
        assertThat(a.published()).isNull();
    }
}

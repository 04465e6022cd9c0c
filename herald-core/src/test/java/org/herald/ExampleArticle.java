package org.herald;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.herald.model.Article;
import org.herald.model.ResolvedDate;

/**
 * The project's example article from {@code ../shared/examples} (relative to the repository root),
 * for integration tests; tests that use it are skipped when the folder is absent.
 */
public final class ExampleArticle {

    public static final String FILE = "000_8705b49005b7e974.txt";

    private ExampleArticle() {
    }

    /** {@code ../shared} beside the repository root, found from the working directory upwards; null when absent. */
    public static Path shared() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isDirectory(dir.resolve("herald-core")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                Path shared = dir.resolve("..").resolve("shared").normalize();
                return Files.isDirectory(shared) ? shared : null;
            }
            dir = dir.getParent();
        }
        return null;
    }

    /** The example as an article (blocks split at blank lines: headline, standfirst, paragraphs). */
    public static Article load(ResolvedDate published) throws IOException {
        Path shared = shared();
        assumeTrue(shared != null && Files.isRegularFile(shared.resolve("examples").resolve(FILE)),
                "../shared/examples is absent: skipping the example-article test");
        String raw = Files.readString(shared.resolve("examples").resolve(FILE), StandardCharsets.UTF_8);
        String[] blocks = raw.split("\\n\\s*\\n");
        Article.Builder b = Article.builder().origin(FILE).headline(blocks[0]);
        if (blocks.length > 1) {
            b.standfirst(blocks[1]);
        }
        for (int i = 2; i < blocks.length; i++) {
            b.paragraph(blocks[i]);
        }
        if (published != null) {
            b.published(published, "user");
        }
        return b.build();
    }
}

package org.herald;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.herald.model.Article;
import org.herald.model.ResolvedDate;
import org.herald.testing.Shared;

/**
 * The project's example article from {@code ../shared/examples} (see {@link Shared}), for
 * integration tests; tests that use it are skipped when the folder is absent.
 */
public final class ExampleArticle {

    public static final String FILE = "000_8705b49005b7e974.txt";

    private ExampleArticle() {
    }

    /** The example as an article (blocks split at blank lines: headline, standfirst, paragraphs). */
    public static Article load(ResolvedDate published) throws IOException {
        Path file = Shared.require("examples/" + FILE);
        String raw = Files.readString(file, StandardCharsets.UTF_8);
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

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

    /**
     * The example as Herald reads it: through the real ingest and extract stages, so that its
     * clutter is gone and the other stories' headlines are related links, not text.
     */
    public static Article load(ResolvedDate published) throws IOException {
        Path file = Shared.require("examples/" + FILE);
        try (java.util.stream.Stream<org.herald.model.Outcome<org.herald.model.RawDocument>> docs =
                     new org.herald.ingest.Ingester().read(file.toString())) {
            org.herald.model.Outcome<org.herald.model.RawDocument> raw = docs.findFirst().orElseThrow();
            if (!(raw instanceof org.herald.model.Outcome.Ok<org.herald.model.RawDocument> ok)) {
                throw new IOException(raw.problem().toString());
            }
            org.herald.model.Outcome<Article> art = new org.herald.extract.Extractor().extract(ok.value());
            if (!(art instanceof org.herald.model.Outcome.Ok<Article> a)) {
                throw new IOException(art.problem().toString());
            }
            return published == null ? a.value() : a.value().withPublished(published, "user");
        }
    }
}

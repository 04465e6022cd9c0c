package org.herald.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.herald.model.Article;
import org.herald.model.Outcome;
import org.herald.model.RawDocument;

/** Test helpers: fixture files from the classpath and documents made from strings. */
final class Fixtures {

    private Fixtures() {
    }

    static byte[] bytes(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RawDocument html(String origin, byte[] bytes, String url) {
        return new RawDocument(origin, bytes, "text/html", null, url, Instant.EPOCH, RawDocument.Hints.NONE);
    }

    static RawDocument html(String html, String url) {
        return html("test.html", html.getBytes(StandardCharsets.UTF_8), url);
    }

    static RawDocument text(String text) {
        return new RawDocument("test.txt", text.getBytes(StandardCharsets.UTF_8), "text/plain", null, null, Instant.EPOCH,
                RawDocument.Hints.NONE);
    }

    static Article ok(Outcome<Article> o) {
        if (o instanceof Outcome.Ok<Article> a) {
            return a.value();
        }
        throw new AssertionError("expected an article, got " + o);
    }
}

package org.herald.cli;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.herald.model.Article;
import org.herald.model.Outcome;
import org.herald.model.Problem;
import org.herald.model.RawDocument;
import org.herald.model.ResolvedDate;
import org.herald.pipeline.Pipeline;

/** Turns a command's one input into an article, through the pipeline's ingest and extract stages. */
final class Articles {

    private Articles() {
    }

    /**
     * Every article of a file, URL or standard input ("-"): scraped text, an HTML page, each
     * entry of a feed or archive. A document that is no article goes to {@code problems};
     * {@code first} runs when the first article is read.
     */
    static List<Article> read(Pipeline pipeline, String input, InputStream stdin, Consumer<Problem> problems, Runnable first) {
        List<Article> out = new ArrayList<>();
        try (Stream<Outcome<RawDocument>> docs = input.equals("-") ? pipeline.read("stdin", stdin) : pipeline.read(input)) {
            for (Outcome<RawDocument> doc : (Iterable<Outcome<RawDocument>>) docs::iterator) {
                Outcome<Article> a = doc.then(pipeline::extract);
                if (a instanceof Outcome.Ok<Article> ok) {
                    if (out.isEmpty()) {
                        first.run();
                    }
                    out.add(ok.value());
                } else {
                    problems.accept(a.problem());
                }
            }
        }
        return out;
    }

    /**
     * An article from text held in memory (the demo's), as a scraped text file would give it, with
     * the publication date its index gives.
     */
    static Article fromText(Pipeline pipeline, String origin, String text, ResolvedDate published) {
        RawDocument raw = new RawDocument(origin, text.getBytes(StandardCharsets.UTF_8), "text/plain", "UTF-8", null,
                Instant.EPOCH, new RawDocument.Hints(null, published.value()));
        Outcome<Article> a = pipeline.extract(raw);
        if (!(a instanceof Outcome.Ok<Article> ok)) {
            throw new IllegalStateException("a shipped text is not an article: " + a.problem());
        }
        return ok.value();
    }
}

package org.herald.cli;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Iterator;
import java.util.stream.Stream;
import org.herald.model.Article;
import org.herald.model.Outcome;
import org.herald.model.RawDocument;
import org.herald.model.ResolvedDate;
import org.herald.pipeline.Pipeline;

/** Turns a command's one input into an article, through the pipeline's ingest and extract stages. */
final class Articles {

    private Articles() {
    }

    /**
     * The first article of a file, URL or standard input ("-"): scraped text, an HTML page, or the
     * first entry of a feed or archive.
     */
    static Article read(Pipeline pipeline, String input, InputStream stdin) throws Inputs.BadInput {
        try (Stream<Outcome<RawDocument>> docs = input.equals("-") ? pipeline.read("stdin", stdin) : pipeline.read(input)) {
            Iterator<Outcome<RawDocument>> it = docs.iterator();
            if (!it.hasNext()) {
                throw new Inputs.BadInput(input + ": no document in it");
            }
            Outcome<Article> a = it.next().then(pipeline::extract);
            if (!(a instanceof Outcome.Ok<Article> ok)) {
                throw new Inputs.BadInput(a.problem().toString());
            }
            return ok.value();
        }
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

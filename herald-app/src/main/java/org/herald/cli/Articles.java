package org.herald.cli;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Iterator;
import java.util.stream.Stream;
import org.herald.extract.Extractor;
import org.herald.ingest.Ingester;
import org.herald.model.Article;
import org.herald.model.Outcome;
import org.herald.model.RawDocument;
import org.herald.model.ResolvedDate;

/** Turns a command's one input into an article, through the ingest and extract stages. */
final class Articles {

    private Articles() {
    }

    /**
     * The first article of a file, URL or standard input ("-"): scraped text, an HTML page, or the
     * first entry of a feed or archive. {@code published}, when given, is the user's word and wins over the page's.
     */
    static Article read(String input, InputStream stdin, ResolvedDate published) throws Inputs.BadInput {
        Ingester ingester = new Ingester();
        try (Stream<Outcome<RawDocument>> docs = input.equals("-") ? ingester.read("stdin", stdin) : ingester.read(input)) {
            Iterator<Outcome<RawDocument>> it = docs.iterator();
            if (!it.hasNext()) {
                throw new Inputs.BadInput(input + ": no document in it");
            }
            Outcome<RawDocument> doc = it.next();
            if (!(doc instanceof Outcome.Ok<RawDocument> raw)) {
                throw new Inputs.BadInput(doc.problem().toString());
            }
            return article(new Extractor().extract(raw.value()), published);
        }
    }

    /** An article from text held in memory (the demo's), as a scraped text file would give it. */
    static Article fromText(String origin, String text, ResolvedDate published) {
        RawDocument raw = new RawDocument(origin, text.getBytes(StandardCharsets.UTF_8), "text/plain", "UTF-8", null,
                Instant.EPOCH, RawDocument.Hints.NONE);
        try {
            return article(new Extractor().extract(raw), published);
        } catch (Inputs.BadInput e) {
            throw new IllegalStateException("a shipped text is not an article: " + e.getMessage());
        }
    }

    private static Article article(Outcome<Article> extracted, ResolvedDate published) throws Inputs.BadInput {
        if (!(extracted instanceof Outcome.Ok<Article> ok)) {
            throw new Inputs.BadInput(extracted.problem().toString());
        }
        Article a = ok.value();
        return published != null ? a.withPublished(published, "user") : a;
    }
}

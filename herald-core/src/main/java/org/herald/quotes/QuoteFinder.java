package org.herald.quotes;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.herald.model.ActorMention;
import org.herald.model.Annotated;
import org.herald.model.Attribution;
import org.herald.model.Quote;
import org.herald.quotes.internal.Lexicon;
import org.herald.quotes.internal.Reader;

/**
 * Finds the quotations and reported claims of an article and who made them.
 *
 * <p>Reads an {@link Annotated} article (sentences with tokens, POS and NER tags; dependency
 * parses are not needed) and, optionally, the actor mentions the actors stage found in it.
 * Produces {@link Quote}s: direct quotes (a sentence or more of speech), partial quotes (a few
 * quoted words inside the writer's sentence) and indirect speech ("Peskov said Russia was …",
 * "according to South Korean media, …"), each with the words naming its speaker and the speaker's
 * actor. Pronouns and descriptions ("He claimed", "the agency said") are resolved to the speaker
 * they stand for; "a statement on the Kremlin's website" is the Kremlin's.
 *
 * <p>Assumes spans of the annotation point into {@code article.text()}. Quotes in lines that are
 * page clutter (headlines of other stories, "READ MORE: …") are not the article's; quotes in the
 * article's own headline count only when attributed there. Thread-safe; the word lists are loaded
 * once per JVM.
 */
public final class QuoteFinder {

    private final Reader reader;

    public QuoteFinder() {
        this.reader = new Reader(Lexicon.shared());
    }

    /** The quotes of an article, in text order, with speakers resolved to the given actor mentions. */
    public List<Quote> find(Annotated doc, List<ActorMention> actors) {
        return reader.read(doc, actors).quotes();
    }

    /** The quotes of an article, with speakers but no actors. */
    public List<Quote> find(Annotated doc) {
        return find(doc, List.of());
    }

    /**
     * Who frames a sentence: "according to X", "X said (that) …", "…, X said", or the speaker of the
     * direct quote that makes up the sentence. For the events stage's {@code attribution}.
     */
    public Optional<Attribution> attributionOf(Annotated doc, List<ActorMention> actors, int sentence) {
        return Optional.ofNullable(reader.read(doc, actors).attributions().get(sentence));
    }

    /** Every sentence's attribution at once, by sentence index (sentences with none are absent). */
    public Map<Integer, Attribution> attributions(Annotated doc, List<ActorMention> actors) {
        return reader.read(doc, actors).attributions();
    }
}

package org.herald.times.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.herald.model.Token;

/**
 * Whether an act is told as a habit or a long-standing state rather than as one dated act: a
 * perfect or a present with an adverb of frequency or duration ("has long criticised", "have
 * repeatedly struck down", "routinely detains"), or a perfect lasting "for years" ("has campaigned
 * for decades"). English grammar: such a clause sums up many acts over a stretch of time and
 * names no one occasion, so it has no one date; it is background, as the article gold's guide
 * treats "has long criticised" (docs/article-gold.md, "What is left out"). A simple past ("repeatedly
 * attacked the town last week") tells of a bounded stretch that may be the news, and is not read so.
 */
public final class Habitual {

    /** Adverbs of frequency and duration that make a perfect or a present a habit. */
    private static final Set<String> ADVERBS = Set.of("long", "repeatedly", "often", "frequently", "always",
            "consistently", "regularly", "routinely", "traditionally", "continually", "constantly", "persistently",
            "habitually", "historically");
    /** Stretches of time that "for" makes a perfect last over ("for years"). */
    private static final Set<String> STRETCHES = Set.of("years", "decades", "centuries", "generations");
    private static final Set<String> PERFECT = Set.of("has", "have", "had", "'s", "'ve", "'d");

    private Habitual() {
    }

    /** Whether the verb at {@code trigger} is told as a habit or a long-standing act. */
    public static boolean of(List<Token> tokens, int trigger) {
        if (trigger < 0 || trigger >= tokens.size()) {
            return false;
        }
        Token verb = tokens.get(trigger);
        String pos = verb.pos();
        boolean adverb = false;
        int i = trigger - 1;
        // the tagger reads "long" in "has long criticised" as an adjective, and then the participle as a past
        while (i >= 0 && (tokens.get(i).pos().startsWith("RB") || word(tokens.get(i)).equals("long"))) {
            adverb |= ADVERBS.contains(word(tokens.get(i)));
            i--;
        }
        boolean perfect = (pos.equals("VBN") || pos.equals("VBD")) && i >= 0 && PERFECT.contains(word(tokens.get(i)));
        boolean present = pos.equals("VBZ") || pos.equals("VBP");
        if (adverb && (perfect || present)) {
            return true;
        }
        if (!perfect) {
            return false;
        }
        // "has campaigned for years", "have fought them for decades": within a few words after the verb
        for (int k = trigger + 1; k < Math.min(tokens.size() - 1, trigger + 5); k++) {
            if (word(tokens.get(k)).equals("for") && STRETCHES.contains(word(tokens.get(k + 1)))) {
                return true;
            }
        }
        return false;
    }

    private static String word(Token t) {
        return t.word().toLowerCase(Locale.ROOT);
    }
}

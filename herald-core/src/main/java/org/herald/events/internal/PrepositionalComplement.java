package org.herald.events.internal;

import java.util.Set;

/**
 * A gerund a verb governs through a preposition of its complement ("accused of attacking",
 * "suspected of killing", "blamed for bombing", "prevented from leaving") is that verb's
 * complement, although CoreNLP labels it an adverbial clause ({@code advcl:of}). Its mode is read
 * from the verb as a complement's is: what one is accused or suspected of is not asserted (the
 * accusation is the event, CAMEO 112; the act inside is at most hypothetical), what one is
 * prevented from doing did not happen. Adverbial clauses of time, manner or reason ("after
 * attacking", "by attacking", "while fleeing") are not complements and stay as they are.
 */
final class PrepositionalComplement {

    /** Prepositions that introduce a verb's complement, not an adverbial clause of time or manner. */
    private static final Set<String> COMPLEMENT_PREPS = Set.of("of", "for", "from", "about", "over");

    private PrepositionalComplement() {
    }

    /** Whether {@code word}, an adverbial clause of its head, is a gerund its head governs as a complement. */
    static boolean is(Graph g, int word) {
        if (!g.token(word).pos().equals("VBG") && !g.token(word).pos().equals("VBN")) {
            return false;
        }
        for (int m : g.dependents(word, "mark")) {
            if (COMPLEMENT_PREPS.contains(g.word(m)) && g.token(m).pos().equals("IN")) {
                return true;
            }
        }
        return false;
    }
}

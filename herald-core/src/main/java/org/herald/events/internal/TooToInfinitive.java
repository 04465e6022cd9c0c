package org.herald.events.internal;

import org.herald.model.Dependency;

/**
 * "too ADJ to V" says V is not done: "it was too early to comment", "too weak to fight" (English
 * grammar: "too" with an infinitive of result, "so early that he would not comment"). CoreNLP gives
 * the infinitive as the {@code xcomp} (or {@code advcl}) of the adjective or adverb, which has
 * "too" as its {@code advmod}. The infinitive's act is negated.
 */
final class TooToInfinitive {

    private TooToInfinitive() {
    }

    /** Whether {@code word}, reached from its head by {@code up}, is the infinitive of "too ... to". */
    static boolean negates(Graph g, int word, Dependency up) {
        if (up == null || up.governor() < 0 || !BeToInfinitive.toInfinitive(g, word)
                || !(up.relation().equals("xcomp") || up.relation().startsWith("advcl"))) {
            return false;
        }
        int head = up.governor();
        String pos = g.token(head).pos();
        if (!(pos.startsWith("JJ") || pos.startsWith("RB"))) {
            return false;
        }
        for (int a : g.dependents(head, "advmod")) {
            if (g.lemma(a).equalsIgnoreCase("too")) {
                return true;
            }
        }
        return false;
    }
}

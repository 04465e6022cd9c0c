package org.herald.events.internal;

import org.herald.model.Dependency;

/**
 * "be to" + infinitive states an arrangement, not a done act: "the ministers are to meet on
 * Friday", "he is to visit China" (English grammar: the "be to" construction of plans and
 * schedules). The event is future and not asserted. CoreNLP gives the construction either as an
 * infinitive whose auxiliary is "be", or as the infinitive complement ({@code xcomp}) of "be".
 * A copula's subject is not the infinitive's subject, so "the aim is to strike" is read alike: an
 * aim is an intention too.
 */
final class BeToInfinitive {

    private BeToInfinitive() {
    }

    /** Whether {@code word}, a step of the climb reached from its head by {@code up} (or null), is a "be to" infinitive. */
    static boolean future(Graph g, int word, Dependency up) {
        if (!toInfinitive(g, word)) {
            return false;
        }
        for (Dependency d : g.children(word)) {
            if ((d.relation().equals("aux") || d.relation().equals("cop")) && g.lemma(d.dependent()).equals("be")
                    && d.dependent() < word) {
                return true;
            }
        }
        return up != null && up.relation().equals("xcomp") && up.governor() >= 0 && g.lemma(up.governor()).equals("be");
    }

    /** A base-form verb marked by the infinitive "to". */
    static boolean toInfinitive(Graph g, int word) {
        if (!g.token(word).pos().equals("VB")) {
            return false;
        }
        for (int m : g.dependents(word, "mark")) {
            if (g.word(m).equals("to") && g.token(m).pos().equals("TO")) {
                return true;
            }
        }
        return false;
    }
}

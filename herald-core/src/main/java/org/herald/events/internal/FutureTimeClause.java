package org.herald.events.internal;

import java.util.Set;
import org.herald.model.Dependency;

/**
 * A clause of time under an act still to come tells a condition, not a fact: "he will be able to
 * meet them once their appointments have been ratified", "troops will stay until the rebels
 * disarm". English puts such a clause in the present or present perfect with future reference
 * (grammar: temporal clauses take no "will"), and the text does not say the act in it has
 * happened or will: it is the condition of the other, so it is hypothetical. A clause in the past
 * ("will retaliate after Hamas attacked") stays as it reads.
 */
final class FutureTimeClause {

    /** Conjunctions of time whose clause, under a future act, has future reference. */
    private static final Set<String> MARKS = Set.of("once", "when", "whenever", "until", "till", "before", "after");

    private FutureTimeClause() {
    }

    /**
     * Whether {@code word}, a clause of time {@code up} attaches to its head, is in the present or
     * present perfect; the caller then asks whether the head is still to come.
     */
    static boolean presentTimeClause(Graph g, int word, Dependency up) {
        if (up == null || up.governor() < 0 || !up.relation().startsWith("advcl")) {
            return false;
        }
        boolean marked = false;
        for (int m : g.dependents(word, "mark")) {
            if (MARKS.contains(g.lemma(m).toLowerCase(java.util.Locale.ROOT))) {
                marked = true;
            }
        }
        if (!marked) {
            return false;
        }
        String pos = g.token(word).pos();
        if (pos.equals("VBD") || pos.equals("VBG") && g.dependents(word, "aux").isEmpty()) {
            return false;
        }
        for (Dependency d : g.children(word)) {
            String r = d.relation();
            if ((r.equals("aux") || r.equals("aux:pass") || r.equals("cop"))) {
                String p = g.token(d.dependent()).pos();
                if (p.equals("VBD") || p.equals("MD")) {
                    return false; // "after Hamas had attacked", "when they would": not the present
                }
            }
        }
        // a bare participle ("ratified") with no auxiliary is not a finite clause of time
        return pos.equals("VBZ") || pos.equals("VBP") || pos.equals("VB") || !g.dependents(word, "aux").isEmpty();
    }
}

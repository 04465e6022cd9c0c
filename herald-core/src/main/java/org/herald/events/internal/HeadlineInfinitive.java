package org.herald.events.internal;

import java.util.List;
import java.util.Set;

/**
 * A clause of the form NP + to-infinitive with no finite verb announces a future act: the
 * headline "EU to impose tariffs", "Police to investigate deaths" (headline grammar: the
 * infinitive stands for "is to", the "be to" of arrangements, with the copula left out). The
 * sentence must have no finite verb at all (no past or present tense, no modal), so an infinitive
 * that a finite verb governs ("decided to impose") is read by the climb as before.
 */
final class HeadlineInfinitive {

    /** Penn tags of finite verbs and modals. */
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");

    private HeadlineInfinitive() {
    }

    /** Whether the climb from a trigger, {@code clause}, holds the to-infinitive of a sentence without a finite verb. */
    static boolean future(Graph g, List<Integer> clause) {
        for (int i = 0; i < g.size(); i++) {
            if (FINITE.contains(g.token(i).pos())) {
                return false;
            }
        }
        for (int w : clause) {
            if (BeToInfinitive.toInfinitive(g, w)) {
                return true;
            }
        }
        return false;
    }
}

package org.herald.events.internal;

import java.util.ArrayList;
import java.util.List;
import org.herald.model.Dependency;

/**
 * The parties a joint act is held "with" are its other side, not its two sides: "the WTO is to
 * hold talks with Iraq and Afghanistan" are the WTO's talks with Iraq and with Afghanistan, where
 * "talks between Iraq and Afghanistan" are Iraq's with Afghanistan. English marks the parties by
 * the preposition: "with" names the partner of the one who acts, "between" and "among" every
 * side. So a pair of a joint act whose source is named by a "with" phrase of the trigger (or of the
 * light verb carrying it), and whose target is one too or none, is dropped: two partners are not
 * each other's, and a partner is not the source of an act whose source the text leaves unsaid
 * ("discussions have begun with Indonesia"; the guide codes no act without a knowable source,
 * docs/article-gold.md).
 */
final class WithPartners {

    private WithPartners() {
    }

    static List<Arguments.Side[]> drop(Act act, List<Arguments.Side[]> pairs) {
        if (!act.mutual() || pairs.isEmpty()) {
            return pairs;
        }
        List<Arguments.Side[]> out = new ArrayList<>(pairs.size());
        for (Arguments.Side[] p : pairs) {
            if (!(partner(act, p[0]) && (p[1] == null || partner(act, p[1])))) {
                out.add(p);
            }
        }
        return out;
    }

    /** Whether a side is named in a "with" phrase of the trigger or its light verb, itself or as a conjunct. */
    private static boolean partner(Act act, Arguments.Side side) {
        if (side == null || side.token() < 0) {
            return false;
        }
        Graph g = act.graph();
        int cur = side.token();
        for (int i = 0; i < 4 && cur >= 0; i++) {
            Dependency conj = null;
            for (Dependency d : g.heads(cur)) {
                String r = d.relation();
                if ((r.equals("nmod:with") || r.equals("obl:with")) && d.governor() >= 0
                        && (d.governor() == act.token() || d.governor() == act.light())) {
                    return true;
                }
                if (r.startsWith("conj") && conj == null) {
                    conj = d;
                }
            }
            cur = conj == null ? -1 : conj.governor();
        }
        return false;
    }
}

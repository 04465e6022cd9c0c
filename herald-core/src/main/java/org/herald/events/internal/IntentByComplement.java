package org.herald.events.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A vow, pledge or promise is coded by what is vowed. CAMEO's 03x is an intent to co-operate;
 * a statement of intent to do a conflictual act is a threat (the code book's note under 130:
 * "will attack" is a threat to attack), so "vowed to strike back", "pledged to retaliate against
 * Israel" and "promised to impose sanctions" are threats (13x, by {@code threats.tsv}), not 030. An
 * intent trigger (root 03) whose infinitive complement ({@code xcomp}) is itself a trigger of a
 * conflictual act (quad 3 or 4, not already a threat) takes the threat code of that act, and the
 * act is not coded a second time: the vow and the act vowed are one event, as the threat verb and
 * its complement are ("threatened to attack" is one 1384).
 */
final class IntentByComplement {

    /**
     * What the rule decided for a sentence's triggers.
     *
     * @param recoded the intent triggers' new codes, by token
     * @param carried the complement tokens whose act the intent now codes
     */
    record Decision(Map<Integer, String> recoded, Set<Integer> carried) {
    }

    private IntentByComplement() {
    }

    static Decision of(Graph g, List<Trigger> found, CameoTable table, Threats threats) {
        Map<Integer, Trigger> byToken = new HashMap<>();
        for (Trigger t : found) {
            byToken.putIfAbsent(t.token(), t);
        }
        Map<Integer, String> recoded = new HashMap<>();
        Set<Integer> carried = new HashSet<>();
        for (Trigger t : found) {
            if (!t.entry().code().startsWith("03") || recoded.containsKey(t.token()) || namesComplement(t)) {
                continue; // an entry that names its complement ("pledged to withdraw": 0356) is its own sense
            }
            for (int c : g.dependents(t.token(), "xcomp")) {
                Trigger act = byToken.get(c);
                if (act == null) {
                    continue;
                }
                CameoTable.Code code = table.get(act.entry().code());
                String threat = code == null || code.quad() < 3 || code.code().startsWith("13") ? null
                        : threats.threatOf(code.code());
                if (threat != null) {
                    recoded.put(t.token(), threat);
                    carried.add(c);
                    break;
                }
            }
        }
        return new Decision(Map.copyOf(recoded), Set.copyOf(carried));
    }

    private static boolean namesComplement(Trigger t) {
        for (Lexicon.Constraint c : t.entry().constraints()) {
            if (c.rel() != null && c.rel().startsWith("xcomp")) {
                return true;
            }
        }
        return false;
    }
}

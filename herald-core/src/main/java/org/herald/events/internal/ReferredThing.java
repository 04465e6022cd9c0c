package org.herald.events.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * "Blair announced the plans. The Liberal Democrats oppose the plans": a criticism or rejection
 * (CAMEO roots 11 and 12) of a thing named again by a definite noun is aimed at whoever made,
 * announced or proposed it, as CAMEO codes disapproval and rejection at the party whose act or
 * policy it is. The trigger's patient, or the thing its {@code of} phrase names ("questioned the
 * timing of the rules"), is looked up as {@link EvaluatedActor} looks up an evaluated thing:
 * the subject of the verb an earlier noun of the same lemma was the object of, or the by-agent
 * of a participle on it. A guess, like a pronoun's antecedent.
 */
final class ReferredThing implements TargetRule {

    @Override
    public List<Arguments.Side> apply(Act act, List<Arguments.Side> targets) {
        String root = act.code().root();
        if (!root.equals("11") && !root.equals("12") || act.mutual() || Parties.anyActor(targets)
                || Evaluations.FILE.equals(act.trigger().entry().file())) {
            return targets;
        }
        Graph g = act.graph();
        List<Integer> things = new ArrayList<>(act.roles().get(act.token(), Roles.Role.PATIENT));
        for (int p : List.copyOf(things)) {
            things.addAll(g.dependents(p, "of"));
        }
        for (int n : things) {
            List<Arguments.Side> sides = EvaluatedActor.antecedentAgent(act, g, n);
            if (!sides.isEmpty()) {
                return sides;
            }
        }
        return targets;
    }
}

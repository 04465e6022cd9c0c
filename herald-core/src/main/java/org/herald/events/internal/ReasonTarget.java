package org.herald.events.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.herald.model.Dependency;

/**
 * A criticism, accusation or protest (roots 11 and 14) that names no target is aimed at whoever
 * did what it answers, when a reason clause says so: the agent of an {@code after},
 * {@code because}, {@code as} or {@code since} clause ("Japan protested after Chinese jets locked
 * radar on its aircraft", "condemned the decision after Russia expelled two diplomats"), or the
 * actor an {@code over} phrase names ("protested over Israeli raids"). CAMEO codes disapproval
 * and protest at the party they are against, and the reason clause is the act they are against.
 * Only for a known actor's act, and never its own side.
 */
final class ReasonTarget implements TargetRule {

    /** The conjunctions of a clause that gives the reason for the act it modifies. */
    private static final Set<String> REASON = Set.of("after", "because", "as", "since");

    @Override
    public List<Arguments.Side> apply(Act act, List<Arguments.Side> targets) {
        String root = act.code().code().substring(0, 2);
        if (!root.equals("11") && !root.equals("14") || act.sourceCodes().isEmpty() || Parties.anyActor(targets)) {
            return targets;
        }
        Graph g = act.graph();
        List<Integer> heads = new ArrayList<>();
        List<Integer> at = new ArrayList<>(List.of(act.token()));
        at.addAll(act.trigger().matched()); // "lodged a protest over ...": the words of the trigger
        if (act.light() >= 0) {
            at.add(act.light()); // "staged a protest after ...": the light verb carries the clause
        }
        for (int x : at) {
            for (Dependency d : g.children(x)) {
                String r = d.relation();
                int colon = r.indexOf(':');
                if (r.startsWith("advcl:") && REASON.contains(r.substring(colon + 1))) {
                    heads.addAll(act.roles().get(d.dependent(), Roles.Role.AGENT));
                }
            }
            heads.addAll(g.dependents(x, "over"));
        }
        List<Arguments.Side> fallback = List.of();
        for (int h : heads) {
            List<Arguments.Side> sides = act.args().resolve(g, h, act.sourceCodes());
            sides.removeIf(x -> x.actor() == null || act.sourceCodes().contains(x.actor().code()));
            if (sides.stream().anyMatch(Parties::hasCountry)) {
                return sides;
            }
            if (fallback.isEmpty()) {
                fallback = sides;
            }
        }
        return fallback.isEmpty() ? targets : fallback;
    }
}

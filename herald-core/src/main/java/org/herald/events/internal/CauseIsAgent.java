package org.herald.events.internal;

import java.util.Set;
import org.herald.model.Dependency;

/**
 * "Four children were killed in Israeli shelling": a passive with no by-agent whose setting is an
 * act of violence (a lexicon noun of roots 18 to 20, in an {@code in}, {@code during} or {@code by}
 * phrase) was done by whoever did that act.
 */
final class CauseIsAgent implements RoleRule {

    private static final Set<String> SETTINGS = Set.of("in", "during", "by");

    private final VictimIsPatient violence;

    CauseIsAgent(VictimIsPatient violence) {
        this.violence = violence;
    }

    @Override
    public void apply(Graph g, Roles roles) {
        for (int v = 0; v < g.size(); v++) {
            if (!g.token(v).isVerb() || !g.dependents(v, "agent").isEmpty()
                    || g.children(v).stream().noneMatch(d -> d.relation().startsWith("nsubj:pass"))) {
                continue;
            }
            for (Dependency d : g.children(v)) {
                String p = Roles.preposition(d);
                if (d.relation().startsWith("obl") && p != null && SETTINGS.contains(p) && violence.violence(g, d.dependent())) {
                    for (int a : roles.get(d.dependent(), Roles.Role.AGENT)) {
                        roles.add(v, Roles.Role.AGENT, a, this);
                    }
                }
            }
        }
    }
}

package org.herald.events.internal;

import java.util.List;
import org.herald.model.Dependency;

/**
 * "Troops were engaged in fighting": the stative passive of a light verb with no by-agent whose
 * prepositional object is an event noun does that act; its subject is the agent, not a patient.
 */
final class StativeLightPassive implements RoleRule {

    private final LightVerbs light;

    StativeLightPassive(LightVerbs light) {
        this.light = light;
    }

    @Override
    public void apply(Graph g, Roles roles) {
        for (int v = 0; v < g.size(); v++) {
            if (!g.token(v).isVerb() || !light.isLight(g, v) || !g.dependents(v, "agent").isEmpty() || !eventOblique(g, v)) {
                continue;
            }
            for (Dependency d : List.copyOf(g.children(v))) {
                if (d.relation().startsWith("nsubj:pass")) {
                    roles.remove(v, Roles.Role.PATIENT, d.dependent());
                    roles.add(v, Roles.Role.AGENT, d.dependent(), this);
                }
            }
        }
    }

    private boolean eventOblique(Graph g, int v) {
        for (Dependency d : g.children(v)) {
            if (d.relation().startsWith("obl:") && Roles.preposition(d) != null && light.isEventNoun(g, d.dependent())) {
                return true;
            }
        }
        return false;
    }
}

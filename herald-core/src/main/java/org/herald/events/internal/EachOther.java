package org.herald.events.internal;

import java.util.List;

/**
 * "The army and the rebels fought": a verb of mutual conflict ({@code cues.txt} class
 * {@code reciprocal}) with several subjects and no object is done by each of them to the others,
 * so its subjects are also its patients.
 */
final class EachOther implements RoleRule {

    private final Cues cues;

    EachOther(Cues cues) {
        this.cues = cues;
    }

    @Override
    public void apply(Graph g, Roles roles) {
        for (int v = 0; v < g.size(); v++) {
            if (!g.token(v).isVerb() || !cues.is(Cues.Kind.RECIPROCAL, g.lemma(v)) || roles.has(v, Roles.Role.PATIENT)) {
                continue;
            }
            List<Integer> agents = g.dependents(v, "nsubj");
            if (agents.size() < 2) {
                continue;
            }
            for (int a : agents) {
                roles.add(v, Roles.Role.PATIENT, a, this);
            }
        }
    }
}

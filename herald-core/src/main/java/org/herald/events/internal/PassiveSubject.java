package org.herald.events.internal;

import org.herald.model.Dependency;

/** The subject of a passive is its patient ("sanctions were imposed", "X was accused by Y"). */
final class PassiveSubject implements RoleRule {

    @Override
    public void apply(Graph g, Roles roles) {
        for (int i = 0; i < g.size(); i++) {
            for (Dependency d : g.children(i)) {
                if (d.relation().startsWith("nsubj:pass")) {
                    roles.add(i, Roles.Role.PATIENT, d.dependent(), this);
                }
            }
        }
    }
}

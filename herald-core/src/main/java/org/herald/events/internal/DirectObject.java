package org.herald.events.internal;

import org.herald.model.Dependency;

/** The object of a verb is its patient, the indirect object its recipient ("sent Y weapons"). */
final class DirectObject implements RoleRule {

    @Override
    public void apply(Graph g, Roles roles) {
        for (int i = 0; i < g.size(); i++) {
            for (Dependency d : g.children(i)) {
                if (d.relation().equals("obj")) {
                    roles.add(i, Roles.Role.PATIENT, d.dependent(), this);
                } else if (d.relation().equals("iobj")) {
                    roles.add(i, Roles.Role.RECIPIENT, d.dependent(), this);
                }
            }
        }
    }
}

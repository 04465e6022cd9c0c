package org.herald.events.internal;

import org.herald.model.Dependency;

/**
 * The {@code to} phrase of a verb with an object is its recipient, like an indirect object ("sent
 * troops to Bosnia", "refused admittance to Ghanaians").
 */
final class ToRecipient implements RoleRule {

    @Override
    public void apply(Graph g, Roles roles) {
        for (int v = 0; v < g.size(); v++) {
            if (!g.token(v).isVerb() || g.children(v).stream().noneMatch(d -> d.relation().equals("obj"))) {
                continue;
            }
            for (Dependency d : g.children(v)) {
                if (d.relation().equals("obl:to")) {
                    roles.add(v, Roles.Role.RECIPIENT, d.dependent(), this);
                }
            }
        }
    }
}

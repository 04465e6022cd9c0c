package org.herald.events.internal;

import org.herald.model.Dependency;

/**
 * A participle modifying a noun: the noun is the agent of an active one ("rebels attacking the
 * town") and the patient of a passive one ("civilians imprisoned for ...").
 */
final class ParticipleHead implements RoleRule {

    @Override
    public void apply(Graph g, Roles roles) {
        for (int v = 0; v < g.size(); v++) {
            String pos = g.token(v).pos();
            if (!pos.equals("VBG") && !pos.equals("VBN")) {
                continue; // an infinitive ("a decision to ban") is the noun's complement, not its participle
            }
            boolean passive = pos.equals("VBN");
            for (Dependency d : g.heads(v)) {
                if (d.relation().equals("acl") && d.governor() >= 0) {
                    roles.add(v, passive ? Roles.Role.PATIENT : Roles.Role.AGENT, d.governor(), this);
                }
            }
        }
    }
}

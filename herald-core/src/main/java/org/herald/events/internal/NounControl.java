package org.herald.events.internal;

import org.herald.model.Dependency;

/**
 * An infinitive that completes an event noun is done by the noun's agent ("Russia's decision to
 * ban imports", "the army's refusal to withdraw", "X made a pledge to send troops").
 */
final class NounControl implements RoleRule {

    @Override
    public void apply(Graph g, Roles roles) {
        for (int v = 0; v < g.size(); v++) {
            if (!g.token(v).pos().startsWith("VB") || !g.dependents(v, "nsubj").isEmpty() || !infinitive(g, v)) {
                continue;
            }
            for (Dependency d : g.heads(v)) {
                if ((d.relation().equals("acl") || d.relation().startsWith("acl:to")) && d.governor() >= 0
                        && g.token(d.governor()).isNoun()) {
                    for (int a : roles.get(d.governor(), Roles.Role.AGENT)) {
                        roles.add(v, Roles.Role.AGENT, a, this);
                    }
                }
            }
        }
    }

    private static boolean infinitive(Graph g, int v) {
        return g.children(v).stream().anyMatch(m -> m.relation().equals("mark") && g.word(m.dependent()).equals("to"));
    }
}

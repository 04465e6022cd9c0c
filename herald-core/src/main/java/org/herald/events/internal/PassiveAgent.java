package org.herald.events.internal;

/**
 * The by-phrase of a passive, or of an event noun, is its agent ("B was accused by A", "calls by
 * Belarus for ...").
 */
final class PassiveAgent implements RoleRule {

    @Override
    public void apply(Graph g, Roles roles) {
        for (int i = 0; i < g.size(); i++) {
            for (int a : g.dependents(i, "agent")) {
                roles.add(i, Roles.Role.AGENT, a, this);
            }
        }
    }
}

package org.herald.events.internal;

/**
 * The subject of an active verb or adjective is its agent; so is the controller the enhanced
 * parse gives an infinitive ({@code nsubj:xsubj}: "the envoy is due to hold talks").
 */
final class ActiveSubject implements RoleRule {

    @Override
    public void apply(Graph g, Roles roles) {
        for (int i = 0; i < g.size(); i++) {
            for (int s : g.dependents(i, "nsubj")) {
                roles.add(i, Roles.Role.AGENT, s, this);
            }
        }
    }
}

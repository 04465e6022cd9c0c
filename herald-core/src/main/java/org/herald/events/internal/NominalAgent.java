package org.herald.events.internal;

/**
 * The possessor of an event noun is its agent ("Russia's decision", "X's attack on Y"), as the
 * lexicon reads nouns by default.
 */
final class NominalAgent implements RoleRule {

    @Override
    public void apply(Graph g, Roles roles) {
        for (int i = 0; i < g.size(); i++) {
            if (g.token(i).isNoun()) {
                for (int p : g.dependents(i, "poss")) {
                    roles.add(i, Roles.Role.AGENT, p, this);
                }
            }
        }
    }
}

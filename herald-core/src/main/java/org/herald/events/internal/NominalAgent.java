package org.herald.events.internal;

import org.herald.model.Dependency;
import org.herald.model.Token;

/**
 * The possessor of an event noun is its agent ("Russia's decision", "X's attack on Y"), and so is
 * a name or demonym that modifies it ("Israeli strikes", "NATO bombing"); a common-noun modifier
 * is not ("border clashes").
 */
final class NominalAgent implements RoleRule {

    @Override
    public void apply(Graph g, Roles roles) {
        for (int i = 0; i < g.size(); i++) {
            if (!g.token(i).isNoun()) {
                continue;
            }
            for (int p : g.dependents(i, "poss")) {
                roles.add(i, Roles.Role.AGENT, p, this);
            }
            for (Dependency d : g.children(i)) {
                if ((d.relation().equals("amod") || d.relation().equals("compound")) && name(g.token(d.dependent()))) {
                    roles.add(i, Roles.Role.AGENT, d.dependent(), this);
                }
            }
        }
    }

    /** A proper noun, or a word the entity tagger names (a demonym: "Israeli"). */
    private static boolean name(Token t) {
        return t.pos().startsWith("NNP") || !t.ner().equals("O") && !t.ner().equals("DATE") && !t.ner().equals("NUMBER")
                && !t.ner().equals("TIME") && !t.ner().equals("DURATION") && !t.ner().equals("ORDINAL");
    }
}

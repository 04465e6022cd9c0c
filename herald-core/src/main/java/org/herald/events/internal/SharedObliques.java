package org.herald.events.internal;

import java.util.ArrayList;
import java.util.List;
import org.herald.model.Dependency;

/**
 * Conjoined nouns share the prepositional arguments the parser hung on one of them ("artillery,
 * mortar and rocket fire against guerrilla camps": the fire is against the camps too), for a
 * preposition the noun has none of.
 */
final class SharedObliques implements RoleRule {

    @Override
    public void apply(Graph g, Roles roles) {
        for (int n = 0; n < g.size(); n++) {
            if (!g.token(n).isNoun()) {
                continue;
            }
            for (int other : conjuncts(g, n)) {
                for (Dependency d : g.children(other)) {
                    String p = Roles.preposition(d);
                    if (p != null && d.relation().startsWith("nmod") && g.dependents(n, p).isEmpty()) {
                        roles.lift(n, p, d.dependent(), this);
                    }
                }
            }
        }
    }

    /** The nouns a noun is conjoined with, either way. */
    private static List<Integer> conjuncts(Graph g, int n) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : g.heads(n)) {
            if (d.relation().startsWith("conj") && d.governor() >= 0 && g.token(d.governor()).isNoun()) {
                out.add(d.governor());
            }
        }
        for (Dependency d : g.children(n)) {
            if (d.relation().startsWith("conj") && g.token(d.dependent()).isNoun()) {
                out.add(d.dependent());
            }
        }
        return out;
    }
}

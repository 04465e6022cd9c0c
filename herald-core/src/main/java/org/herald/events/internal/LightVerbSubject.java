package org.herald.events.internal;

import org.herald.model.Dependency;

/**
 * An event noun carried by a light verb ("X held talks with Y", "engaged in talks", "Italy
 * announced a suspension of air links") has the verb's subject as its agent, and the verb's
 * prepositional arguments as its own where the parser hung them on the verb. A light verb in the
 * passive whose prepositional object the noun is ("forces were engaged in ethnic cleansing")
 * gives its passive subject. An event noun that is the subject of an intransitive light verb
 * ("the deployment of troops arrived in Bosnia", "talks began in Geneva") takes its
 * prepositional arguments.
 */
final class LightVerbSubject implements RoleRule {

    private final LightVerbs light;

    LightVerbSubject(LightVerbs light) {
        this.light = light;
    }

    @Override
    public void apply(Graph g, Roles roles) {
        for (int n = 0; n < g.size(); n++) {
            String pos = g.token(n).pos();
            if (!pos.equals("NN") && !pos.equals("NNS")) {
                continue;
            }
            int v = light.of(g, n);
            if (v < 0) {
                int s = light.subjectOf(g, n);
                if (s >= 0) {
                    liftObliques(g, roles, n, s);
                }
                continue;
            }
            boolean found = false;
            for (int s : g.dependents(v, "nsubj")) {
                roles.add(n, Roles.Role.AGENT, s, this);
                found = true;
            }
            for (int a : g.dependents(v, "agent")) {
                roles.add(n, Roles.Role.AGENT, a, this);
                found = true;
            }
            final int verb = v;
            boolean oblique = g.heads(n).stream().anyMatch(d -> d.governor() == verb && d.relation().startsWith("obl"));
            if (!found && oblique) {
                for (Dependency d : g.children(v)) {
                    if (d.relation().startsWith("nsubj:pass")) {
                        roles.add(n, Roles.Role.AGENT, d.dependent(), this);
                    }
                }
            }
            liftObliques(g, roles, n, v);
        }
    }

    private void liftObliques(Graph g, Roles roles, int noun, int verb) {
        for (Dependency d : g.children(verb)) {
            String p = Roles.preposition(d);
            if (p != null && d.dependent() != noun) {
                roles.lift(noun, p, d.dependent(), this);
            }
        }
    }
}

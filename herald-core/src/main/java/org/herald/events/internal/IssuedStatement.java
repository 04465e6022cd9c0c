package org.herald.events.internal;

import org.herald.model.Dependency;

/**
 * A statement that acts speaks for whoever put it out: an active participle on the object of a
 * verb of issuing ({@code cues.txt} class {@code issue}) has that verb's subject as a further
 * agent ("the rebels issued a declaration demanding ...", "the ministry released a report accusing ...").
 */
final class IssuedStatement implements RoleRule {

    private final Cues cues;

    IssuedStatement(Cues cues) {
        this.cues = cues;
    }

    @Override
    public void apply(Graph g, Roles roles) {
        for (int v = 0; v < g.size(); v++) {
            if (!g.token(v).isVerb() || g.token(v).pos().equals("VBN")) {
                continue;
            }
            for (Dependency d : g.heads(v)) {
                if (!d.relation().equals("acl") || d.governor() < 0) {
                    continue;
                }
                for (Dependency h : g.heads(d.governor())) {
                    int issuer = h.governor();
                    if (issuer < 0 || !h.relation().equals("obj") || !cues.is(Cues.Kind.ISSUE, Modality.verbLemma(g, issuer))) {
                        continue;
                    }
                    for (int s : g.dependents(issuer, "nsubj")) {
                        roles.add(v, Roles.Role.AGENT, s, this);
                    }
                    for (int a : g.dependents(issuer, "agent")) {
                        roles.add(v, Roles.Role.AGENT, a, this);
                    }
                }
            }
        }
    }
}

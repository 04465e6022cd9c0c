package org.herald.events.internal;

import java.util.ArrayList;
import java.util.List;
import org.herald.model.Dependency;

/**
 * A participle on a noun of saying ("issued a statement condemning the strike", "a brief response
 * thanking Fedorov for his work and urging unity") says what the statement says, so it is done by
 * whoever issued the statement: the noun's owner ("the ministry's statement condemning"), else the
 * subject of the verb the noun is the object of (its own or the one it inherits), not the noun
 * itself, which {@link ParticipleHead} made its agent and which keeps that place. A participle
 * conjoined to it is said in the same statement. CoreNLP hangs the participle on the noun as
 * {@code acl} or {@code dep}. The nouns are the {@code statement-noun} class of {@code cues.txt}.
 */
final class StatementParticiple implements RoleRule {

    private static final int MAX_STEPS = 3;

    private final Cues cues;

    StatementParticiple(Cues cues) {
        this.cues = cues;
    }

    @Override
    public void apply(Graph g, Roles roles) {
        for (int v = 0; v < g.size(); v++) {
            if (!participle(g, v)) {
                continue;
            }
            for (Dependency d : g.heads(v)) {
                int noun = d.governor();
                if (noun < 0 || !(d.relation().equals("acl") || d.relation().equals("dep")) || !g.token(noun).isNoun()
                        || !cues.is(Cues.Kind.STATEMENT_NOUN, g.lemma(noun))) {
                    continue;
                }
                List<Integer> said = new ArrayList<>(List.of(v));
                for (int c : g.dependents(v, "conj")) {
                    if (participle(g, c)) {
                        said.add(c);
                    }
                }
                for (int p : said) {
                    for (int issuer : issuers(g, roles, noun)) {
                        roles.add(p, Roles.Role.AGENT, issuer, this);
                    }
                }
            }
        }
    }

    private static boolean participle(Graph g, int v) {
        return g.token(v).pos().equals("VBG") && g.dependents(v, "nsubj").isEmpty() && g.dependents(v, "nsubj:pass").isEmpty();
    }

    /** Who issued a statement: its owner, else the active subject of the verb it is the object of. */
    private static List<Integer> issuers(Graph g, Roles roles, int noun) {
        List<Integer> owners = g.dependents(noun, "poss");
        if (!owners.isEmpty()) {
            return owners;
        }
        for (Dependency h : g.heads(noun)) {
            int verb = h.governor();
            if (h.relation().equals("obj") && verb >= 0 && g.token(verb).isVerb()) {
                return subject(g, roles, verb);
            }
        }
        return List.of();
    }

    /** The verb's subject, its own or inherited (a conjunct's, a controller's), climbing at most three verbs. */
    private static List<Integer> subject(Graph g, Roles roles, int verb) {
        int cur = verb;
        for (int step = 0; step < MAX_STEPS && cur >= 0; step++) {
            List<Integer> subj = g.dependents(cur, "nsubj");
            if (!subj.isEmpty()) {
                return subj;
            }
            if (g.dependents(cur, "nsubj:pass").isEmpty() && !roles.get(cur, Roles.Role.AGENT).isEmpty()) {
                return roles.get(cur, Roles.Role.AGENT);
            }
            int next = -1;
            for (Dependency d : g.heads(cur)) {
                String r = d.relation();
                if (d.governor() >= 0 && (r.equals("ccomp") || r.startsWith("conj") || r.equals("xcomp"))) {
                    next = d.governor();
                }
            }
            cur = next;
        }
        return List.of();
    }
}

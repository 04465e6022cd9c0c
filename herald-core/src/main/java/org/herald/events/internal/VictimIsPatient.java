package org.herald.events.internal;

import java.util.Set;
import org.herald.model.Dependency;

/**
 * The victims of violence are its patients, never its agents: for a noun of violence (a lexicon
 * noun of roots 18 to 20), the {@code of} phrase ("the massacre of tourists", "the bombing of
 * Belgrade") and the patient of a passive it is the setting of ("twelve tourists were killed in
 * the attack"). A noun modifier stays an agent ("rebel attacks", "Israeli strikes").
 */
final class VictimIsPatient implements RoleRule {

    private static final Set<String> VIOLENCE_ROOTS = Set.of("18", "19", "20");

    private final Lexicon lexicon;

    VictimIsPatient(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public void apply(Graph g, Roles roles) {
        for (int n = 0; n < g.size(); n++) {
            if (!violence(g, n)) {
                continue;
            }
            for (int o : g.dependents(n, "of")) {
                roles.add(n, Roles.Role.PATIENT, o, this);
            }
            for (Dependency h : g.heads(n)) {
                String p = Roles.preposition(h);
                if (h.governor() >= 0 && h.relation().startsWith("obl") && ("in".equals(p) || "during".equals(p))) {
                    for (Dependency s : g.children(h.governor())) {
                        if (s.relation().startsWith("nsubj:pass")) {
                            roles.add(n, Roles.Role.PATIENT, s.dependent(), this);
                        }
                    }
                }
            }
        }
    }

    /** Whether a noun names an act of violence the lexicon knows (roots 18 to 20). */
    boolean violence(Graph g, int n) {
        if (!g.token(n).isNoun()) {
            return false;
        }
        for (Lexicon.Entry e : lexicon.entries(Lexicon.Kind.NOUN, g.lemma(n))) {
            if (VIOLENCE_ROOTS.contains(e.code().substring(0, 2))) {
                return true;
            }
        }
        return false;
    }
}

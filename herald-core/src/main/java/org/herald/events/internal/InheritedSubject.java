package org.herald.events.internal;

import java.util.List;
import org.herald.model.Dependency;

/**
 * A verb the parser left without a subject has the subject of the verb above it: the verb it is
 * conjoined to (a shared subject: "Bush will arrive and meet dissidents"), or the verb whose
 * infinitive complement it is (its controller: "is scheduled to give a speech"), climbing up to
 * three verbs. Only subject control: a controlling verb with an object ("urged the army to act")
 * passes its object, which the enhanced parse already marks, unless that object is the event noun
 * of a light verb ("police opened fire to disperse the crowd"). A passive verb's inherited
 * subject is its patient, not its agent ("he made a speech and was released on bail"), and a
 * verb with a passive subject of its own inherits none.
 */
final class InheritedSubject implements RoleRule {

    private static final int MAX_STEPS = 3;

    private final LightVerbs light;

    InheritedSubject(LightVerbs light) {
        this.light = light;
    }

    @Override
    public void apply(Graph g, Roles roles) {
        for (int v = 0; v < g.size(); v++) {
            if (!g.token(v).pos().startsWith("VB") || hasOwnSubject(g, v)) {
                continue;
            }
            int cur = v;
            for (int step = 0; step < MAX_STEPS && cur >= 0; step++) {
                cur = up(g, cur);
                if (cur < 0) {
                    break;
                }
                List<Integer> subj = g.dependents(cur, "nsubj");
                if (subj.isEmpty() && passive(g, v)) {
                    // "was arrested and was released": the passive above shares the one acted on
                    subj = g.children(cur).stream().filter(d -> d.relation().startsWith("nsubj:pass"))
                            .map(Dependency::dependent).toList();
                }
                if (!subj.isEmpty()) {
                    // the shared subject of a passive verb is acted on ("made a speech and was released")
                    Roles.Role role = passive(g, v) ? Roles.Role.PATIENT : Roles.Role.AGENT;
                    for (int s : subj) {
                        roles.add(v, role, s, this);
                    }
                    break;
                }
            }
        }
    }

    private static boolean hasOwnSubject(Graph g, int v) {
        return g.children(v).stream().anyMatch(d -> d.relation().equals("nsubj") || d.relation().startsWith("nsubj:pass"));
    }

    /** Whether a verb is in the passive: it has a passive auxiliary ("was released"). */
    private static boolean passive(Graph g, int v) {
        return g.children(v).stream().anyMatch(d -> d.relation().equals("aux:pass"));
    }

    /** The verb a subjectless verb takes its subject from, or -1. */
    private int up(Graph g, int v) {
        for (Dependency d : g.heads(v)) {
            String r = d.relation();
            int gov = d.governor();
            if (gov < 0) {
                continue;
            }
            boolean infinitive = r.startsWith("ccomp") && g.children(v).stream()
                    .anyMatch(m -> m.relation().equals("mark") && g.word(m.dependent()).equals("to"));
            if (r.startsWith("conj") || (r.equals("xcomp") || infinitive) && subjectControl(g, gov)) {
                return gov;
            }
        }
        return -1;
    }

    private boolean subjectControl(Graph g, int verb) {
        List<Integer> objects = g.dependents(verb, "obj");
        return objects.isEmpty() || light.isLight(g, verb) && objects.stream().allMatch(o -> light.isEventNoun(g, o));
    }
}

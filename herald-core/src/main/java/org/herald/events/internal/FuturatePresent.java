package org.herald.events.internal;

import java.util.Set;
import org.herald.model.Dependency;

/**
 * The present with a time to come is a schedule: "EU ministers meet on Thursday", "the ministers are
 * meeting on Thursday in Brussels", "the president visits China next week" (English grammar: the
 * simple present and the present progressive of an arranged act take a future time adverbial; the
 * past would be "met on Thursday"). A verb in the present tense (VBZ, VBP; or a participle whose
 * only auxiliary is a present "be": "are meeting", "are held") with a time modifier of a day to come
 * ({@code cues.txt} class {@code future-day}: a weekday, tomorrow, tonight; or a time noun with
 * {@code next} or {@code coming}: "next week") tells an act still to come: {@code future}. A plural
 * or "every" day ("meets on Mondays", "every Tuesday") is a habit and stays as it reads.
 */
final class FuturatePresent {

    private static final Set<String> TIME_RELATIONS = Set.of("obl:on", "obl:tmod", "obl:npmod", "nmod:tmod", "obl:unmarked",
            "advmod", "nmod:on");
    private static final Set<String> PRESENT_BE = Set.of("is", "are", "am", "'s", "'re", "'m");

    private FuturatePresent() {
    }

    /** Whether the verb is in the present and has a time modifier of a day to come. */
    static boolean future(Graph g, int verb, Cues cues) {
        return present(g, verb) && dayToCome(g, verb, cues);
    }

    private static boolean present(Graph g, int verb) {
        String pos = g.token(verb).pos();
        int be = 0;
        for (Dependency d : g.children(verb)) {
            if (d.relation().equals("aux") || d.relation().equals("aux:pass")) {
                if (!PRESENT_BE.contains(g.word(d.dependent()).toLowerCase(java.util.Locale.ROOT))) {
                    return false; // will, would, has, was: the auxiliary tells the time
                }
                be++;
            }
        }
        return pos.equals("VBZ") || pos.equals("VBP") ? be == 0 : (pos.equals("VBG") || pos.equals("VBN")) && be > 0;
    }

    private static boolean dayToCome(Graph g, int verb, Cues cues) {
        for (Dependency d : g.children(verb)) {
            if (!TIME_RELATIONS.contains(d.relation())) {
                continue;
            }
            int t = d.dependent();
            String pos = g.token(t).pos();
            if (pos.endsWith("S") || every(g, t)) {
                continue; // "on Mondays", "every Tuesday": a habit
            }
            if (cues.is(Cues.Kind.FUTURE_DAY, g.lemma(t)) || cues.is(Cues.Kind.FUTURE_DAY, g.word(t))) {
                return true;
            }
            for (int a : g.dependents(t, "amod")) {
                String l = g.lemma(a);
                if (l.equalsIgnoreCase("next") || l.equalsIgnoreCase("coming")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean every(Graph g, int t) {
        for (int d : g.dependents(t, "det")) {
            String l = g.lemma(d).toLowerCase(java.util.Locale.ROOT);
            if (l.equals("every") || l.equals("each")) {
                return true;
            }
        }
        return false;
    }
}

package org.herald.events.internal;

import org.herald.model.Dependency;
import org.herald.model.Event;

/**
 * An event noun the sentence only names is no act: CAMEO codes acts, and the code book's 09 is
 * coded "only when investigations are being or have been carried out", its 046 "only when the report
 * makes clear that negotiations ... are involved". A noun of a consultation or an investigation
 * (roots 04 and 09; not a visit, 042 and 043, whose destination tells the journey) is told as done
 * when a light verb carries it ("held talks", "opened an investigation", "is to hold talks", "were
 * engaged in negotiations"), when it is the subject of a clause, active or passive ("talks
 * collapsed", "the investigation found", "the meeting is expected to take place on Tuesday"), when
 * it is the predicate of "be in" ("they are in talks"; a headline leaves the copula out: "Iraq and
 * Afghanistan in WTO talks"), when a preposition of time makes it the time of another act
 * ({@code senses.txt} class {@code time-prep}: "sealed after talks in New Delhi"), or when it stands
 * alone as a headline does. Named as a
 * setting, a part, a topic or another act's object it is not: "at a Security Council emergency
 * meeting", "as part of a police inquiry", "called for an investigation", "consultations with the
 * new administration" listed as a plan. A conjunct is read where its first conjunct stands.
 * Requests and demands (02, 10) are left alone: with them the rule dropped a right event of the
 * article gold on each part (on tune, an appeal named as what a court ruled on).
 */
final class NamedOnly implements SenseRule {

    @Override
    public boolean rejects(SenseContext c, Event e) {
        String code = e.code();
        String root = code.substring(0, 2);
        if (!(root.equals("04") || root.equals("09")) || code.equals("042") || code.equals("043")) {
            return false;
        }
        Graph g = c.graph();
        int n = c.trigger();
        if (!g.token(n).isNoun()) {
            return false;
        }
        n = firstConjunct(g, n);
        if (new LightVerbs(c.lexicon()).of(g, n) >= 0) {
            return false;
        }
        boolean verbless = verbless(g);
        for (Dependency d : g.heads(n)) {
            String r = d.relation();
            if (r.startsWith("nsubj") || (r.equals("root") || verbless) && predicateOfBeIn(g, n, verbless) || setInTime(c, n)) {
                return false;
            }
            if (r.equals("root")) {
                return hasChild(g, n, "cop");
            }
        }
        return true;
    }

    private static int firstConjunct(Graph g, int n) {
        for (int hops = 0; hops < 5; hops++) {
            int up = -1;
            for (Dependency d : g.heads(n)) {
                if (d.relation().startsWith("conj") && d.governor() >= 0) {
                    up = d.governor();
                }
            }
            if (up < 0) {
                return n;
            }
            n = up;
        }
        return n;
    }

    /** "sealed after talks in New Delhi": a time the noun sets presupposes that the act took place. */
    private static boolean setInTime(SenseContext c, int n) {
        for (Dependency d : c.graph().children(n)) {
            if (d.relation().equals("case") && c.words().is(SenseWords.Kind.TIME_PREP, c.lemma(d.dependent()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "they are in talks": a copula with "in" before the noun, read as "engaged in"; a headline
     * leaves the copula out ("Iraq and Afghanistan in WTO talks": no verb in the sentence).
     */
    private static boolean predicateOfBeIn(Graph g, int n, boolean verbless) {
        if (!hasChild(g, n, "cop") && !verbless) {
            return false;
        }
        for (Dependency d : g.children(n)) {
            if (d.relation().equals("case") && g.lemma(d.dependent()).equals("in")) {
                return true;
            }
        }
        return false;
    }

    private static boolean verbless(Graph g) {
        for (int i = 0; i < g.size(); i++) {
            if (g.token(i).isVerb()) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasChild(Graph g, int n, String relation) {
        for (Dependency d : g.children(n)) {
            if (d.relation().equals(relation)) {
                return true;
            }
        }
        return false;
    }
}

package org.herald.events.internal;

import org.herald.model.Event;

/**
 * "X said Y must (should) do Z" is an appeal (020) or a demand (100) that Y do Z: CAMEO's 02 is a
 * request and its 10 a demand "that target do something", so Y must be a party who can be asked to
 * act. The modal in the complement of a verb of saying is read otherwise, and is no request, when
 * (English grammar) it judges a past or a likelihood, not a duty: a perfect after it ("there must
 * have been 20 instances", "should have acted": no one can be asked to have done), an expletive
 * subject ("there must be a way"), or a subject that is a thing, a common noun or a number that no
 * actor mention covers, in the active ("the tragedy should persuade everyone", "2005 must be the
 * year"). A passive complement is a duty of whoever is to do it ("the plans should be
 * re-examined") and stays.
 */
final class ObligationOfAParty implements SenseRule {

    @Override
    public boolean rejects(SenseContext c, Event e) {
        Graph g = c.graph();
        int t = c.trigger();
        if (!(e.code().startsWith("02") || e.code().startsWith("10")) || !c.cues().is(Cues.Kind.SPEECH, g.lemma(t))) {
            return false;
        }
        for (int x : g.dependents(t, "ccomp")) {
            if (!modal(g, x)) {
                continue;
            }
            if (!g.dependents(x, "expl").isEmpty()) {
                return true;
            }
            for (int a : g.dependents(x, "aux")) {
                if (g.lemma(a).equals("have")) {
                    return true;
                }
            }
            for (int s : g.dependents(x, "nsubj")) {
                String pos = g.token(s).pos();
                if ((pos.equals("NN") || pos.equals("NNS") || pos.equals("CD")) && !c.actor(s)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean modal(Graph g, int verb) {
        for (int a : g.dependents(verb, "aux")) {
            String w = g.word(a);
            if (w.equals("must") || w.equals("should")) {
                return true;
            }
        }
        return false;
    }
}

package org.herald.events.internal;

import org.herald.model.Event;

/**
 * A verb of help with a clause as its complement says that someone made another act easier, not
 * that aid was delivered: "is helping to heal wounds", "will help the country move on", "which will
 * help accelerate investment", "had been helped to get close to the chamber". CAMEO's 070 is "the
 * extension of material aid" and its leads "must report the delivery of aids"; the act of the
 * complement is coded on its own where it is one. Only the unspecified 070 is judged: the entries
 * of 071-075 name what is given ("give a grant", "send troops").
 */
final class HelpToAct implements SenseRule {

    @Override
    public boolean rejects(SenseContext c, Event e) {
        Graph g = c.graph();
        int t = c.trigger();
        if (!e.code().equals("070") || !g.token(t).pos().startsWith("VB")) {
            return false;
        }
        for (String rel : new String[] {"xcomp", "ccomp"}) {
            for (int x : g.dependents(t, rel)) {
                if (g.token(x).isVerb()) {
                    return true;
                }
            }
        }
        return false;
    }
}

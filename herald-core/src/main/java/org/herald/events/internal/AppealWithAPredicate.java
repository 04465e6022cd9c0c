package org.herald.events.internal;

import org.herald.model.Event;

/**
 * A verb of appeal whose complement is an adjective predicates something of its subject or object:
 * "pleaded not guilty to the charges" answers a charge, "called the ruling unfair" names it.
 * CAMEO's 02 is a request or an appeal for something to be done, which an adjective cannot be;
 * what is appealed for is a clause, an object or a "for" phrase ("pleaded with Uganda to open the
 * border", "called for talks").
 */
final class AppealWithAPredicate implements SenseRule {

    @Override
    public boolean rejects(SenseContext c, Event e) {
        Graph g = c.graph();
        int t = c.trigger();
        if (!e.code().startsWith("02") || !g.token(t).pos().startsWith("VB")) {
            return false;
        }
        for (int x : g.dependents(t, "xcomp")) {
            if (g.token(x).pos().startsWith("JJ")) {
                return true;
            }
        }
        return false;
    }
}

package org.herald.events.internal;

import org.herald.model.Event;

/**
 * A host receives a visitor: CAMEO 043 is to "host or receive a visitor at residence, office or
 * home country". A verb coded as 043 whose every patient (object, or passive subject) is a thing
 * that no actor mention covers, and that names no visitor otherwise (no target with an actor but
 * an implied one), receives the thing, not a visitor: "received a text message", "received the
 * envelope at the airport" (a welcomed thing is approval before this rule sees it,
 * {@link WelcomedThing}). A thing hosted for someone named is hosting
 * ("host a dinner in honour of the North Korean leader"); a meeting one hosts is the meeting's
 * event ("host" is a light verb of "talks" and "summit").
 */
final class VisitorIsSomeone implements SenseRule {

    @Override
    public boolean rejects(SenseContext c, Event e) {
        Graph g = c.graph();
        int t = c.trigger();
        if (!e.code().equals("043") || !g.token(t).pos().startsWith("VB")) {
            return false;
        }
        return c.actsOnThingsOnly(e.target()); // the object or the passive subject
    }
}

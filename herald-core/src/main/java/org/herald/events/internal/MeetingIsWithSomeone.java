package org.herald.events.internal;

import org.herald.model.Event;

/**
 * A meeting is with someone: CAMEO 040 is "all consultations and meetings", of parties. A verb of
 * meeting ({@code senses.txt} class {@code satisfy}: "meet") coded as 040 whose every patient (its
 * object, or a passive's subject) is a thing no actor mention covers, and that names no one met
 * otherwise (no target with an actor but an implied one), is in its sense of satisfying the thing:
 * "they have met many of the government's demands", "the chancellor would meet his fiscal rules",
 * "to meet the deadline". "Met the president", "met with lawmakers" keep their sense.
 */
final class MeetingIsWithSomeone implements SenseRule {

    @Override
    public boolean rejects(SenseContext c, Event e) {
        Graph g = c.graph();
        int t = c.trigger();
        if (!e.code().equals("040") || !g.token(t).pos().startsWith("VB")
                || !c.words().is(SenseWords.Kind.SATISFY, c.lemma(t))) {
            return false;
        }
        return c.actsOnThingsOnly(e.target()); // the object or the passive subject
    }
}

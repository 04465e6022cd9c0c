package org.herald.events.internal;

import org.herald.model.Event;
import org.herald.model.Participant;

/**
 * A visit is travel to someone or somewhere: CAMEO 042 is travel "to another location for a
 * meeting or other event", coded with the visited as its target and paired with the host's 043.
 * A verb or noun of motion ({@code senses.txt} class {@code motion}: fly, leave, depart, arrive,
 * ...) coded as a visit that names no destination with an actor (no target, one without an actor,
 * or only an implied one) tells a movement, not a visit: "they were flying over Nigeria", "the day
 * he departed", "when they arrived in the country". "visit" and "tour" are visits whether or not
 * the place is named, and are not in the class.
 */
final class JourneyWithoutDestination implements SenseRule {

    @Override
    public boolean rejects(SenseContext c, Event e) {
        if (!e.code().equals("042") || !c.words().is(SenseWords.Kind.MOTION, c.lemma(c.trigger()))) {
            return false;
        }
        Participant t = e.target();
        return t == null || t.actor() == null || t.span().length() == 0;
    }
}

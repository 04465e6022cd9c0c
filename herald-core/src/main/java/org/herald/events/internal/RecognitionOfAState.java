package org.herald.events.internal;

import org.herald.model.Event;
import org.herald.model.Participant;

/**
 * Recognition is of a state or of those who govern or claim to: CAMEO's 054 is to "extend official
 * diplomatic recognition to another state or government". A 054 whose target is not named (none,
 * no actor, only implied), or is an actor that is no state and holds no role of government or its
 * contenders, recognises a fact, not a state: "seemed to recognise the court was likely to rule
 * against him", "it was a recognition that the survivors should be a priority". "Russia recognised
 * Abkhazia", "recognition of the new government", "recognised the rebels' council" stay. The roles
 * that qualify are {@code political-role}'s less the courts, police and spies, which govern no one
 * as a state does.
 */
final class RecognitionOfAState implements SenseRule {

    @Override
    public boolean rejects(SenseContext c, Event e) {
        if (!e.code().equals("054")) {
            return false;
        }
        Participant t = e.target();
        if (t == null || t.actor() == null || t.span().length() == 0) {
            return true;
        }
        if (t.actor().code().startsWith("IGO") || t.actor().roles().isEmpty()) {
            return false;
        }
        for (String r : t.actor().roles()) {
            if (c.words().is(SenseWords.Kind.POLITICAL_ROLE, r) && !r.equals("JUD") && !r.equals("COP") && !r.equals("SPY")) {
                return false;
            }
        }
        return true;
    }
}

package org.herald.events.internal;

import org.herald.model.ActorMention;
import org.herald.model.Event;
import org.herald.model.Mode;

/**
 * A future act in a sentence that names no other party is a plan of one's own, not an intent or a
 * threat. CAMEO codes an announced act as what it says of the one it is for: an intent to
 * co-operate with someone (03) or a threat to someone (13); one whose sentence names no actor but
 * the source ("will meet with the police leadership", "will use the modelling to defend its
 * policies", "would pardon her predecessor") says neither, and is dropped. Where the sentence
 * names another actor the target may only have been missed, and the act stays; so does an act told
 * as done without a target (a statement, a meeting of one side).
 */
final class IntentTowardNoOne implements SenseRule {

    @Override
    public boolean rejects(SenseContext c, Event e) {
        if (e.mode() != Mode.FUTURE || e.target() != null && e.target().actor() != null) {
            return false;
        }
        for (ActorMention m : c.mentions()) {
            if (e.source() == null || !m.span().overlaps(e.source().span())) {
                return false;
            }
        }
        return true;
    }
}

package org.herald.events.internal;

import org.herald.model.Event;
import org.herald.model.Participant;

/**
 * An act with no political side is no event. CAMEO codes what political actors do, and the
 * article gold's guide leaves out "business acts between firms with no state or political actor
 * on either side" and the acts of actors with no political role. So an event whose source holds
 * only roles of no political side ({@code senses.txt} class {@code private-role}: firms, the media,
 * science, entertainment, sport, farms) and whose target is one too, or is not named (none, no actor, or only
 * implied: the domestic country a firm's act was given) is dropped: "the bank pleaded guilty",
 * "a Reuters investigation", "firms will assist in developing the oil fields". A state's firm
 * acting on a state ("the company sued the government"), and any act done to a firm by a political
 * actor, stay. A protest or strike (root 14) stays whoever makes it, as the guide codes a union's
 * strike (143) and the coder's guard lets citizens protest.
 */
final class PrivateSides implements SenseRule {

    @Override
    public boolean rejects(SenseContext c, Event e) {
        if (e.code().startsWith("14")) {
            return false;
        }
        return isPrivate(c, e.source()) && (unnamed(e.target()) || isPrivate(c, e.target()));
    }

    private static boolean unnamed(Participant p) {
        return p == null || p.actor() == null || p.span().length() == 0;
    }

    /** An actor that holds roles, every one of them of no political side (a bare country is a state's). */
    private static boolean isPrivate(SenseContext c, Participant p) {
        if (p == null || p.actor() == null || p.actor().roles().isEmpty() || p.actor().code().startsWith("IGO")) {
            return false;
        }
        for (String r : p.actor().roles()) {
            if (!c.words().is(SenseWords.Kind.PRIVATE_ROLE, r)) {
                return false;
            }
        }
        return true;
    }
}

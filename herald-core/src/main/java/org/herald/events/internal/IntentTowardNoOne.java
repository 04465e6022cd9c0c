package org.herald.events.internal;

import org.herald.model.ActorMention;
import org.herald.model.Event;
import org.herald.model.Mode;
import org.herald.model.Participant;

/**
 * A future act in a sentence that names no other party is a plan of one's own, not an intent or a
 * threat. CAMEO codes an announced act as what it says of the one it is for: an intent to
 * co-operate with someone (03) or a threat to someone (13); one whose sentence names no actor but
 * the source ("will meet with the police leadership", "will use the modelling to defend its
 * policies", "would pardon her predecessor") says neither, and is dropped. Where the sentence
 * names another actor the target may only have been missed, and the act stays; so does an act told
 * as done without a target (a statement, a meeting of one side).
 *
 * <p>A pledge, promise or warning (an asserted 03 or 13) is the same announcement in a verb of its
 * own ("promised tax cuts" is "will cut taxes"), so it is read the same way when its source is a
 * body or person of a state and the only target is the one {@link ImpliedDomesticTarget} guessed,
 * the source's own country: "the Tories have promised £4bn in tax cuts", "he pledged an extra £105m
 * for security", "the Conservatives warned of rising obesity levels" name no one the intent or
 * threat is toward. A bare country's pledge ("UK pledges £1bn to vaccine effort") has no implied
 * target (a state acts abroad) and stays. A future act with an implied target stays ("Swedish police
 * to investigate reports of leaks": the gold codes the police's act on their own country).
 */
final class IntentTowardNoOne implements SenseRule {

    @Override
    public boolean rejects(SenseContext c, Event e) {
        boolean future = e.mode() == Mode.FUTURE;
        boolean announced = e.mode() == Mode.ASSERTED && (e.code().startsWith("03") || e.code().startsWith("13"));
        if (future ? e.target() != null && e.target().actor() != null : !announced || !implied(e.target())) {
            return false;
        }
        if (announced && (e.source() == null || e.source().actor() == null || e.source().actor().roles().isEmpty())) {
            return false;
        }
        for (ActorMention m : c.mentions()) {
            if (e.source() == null || !m.span().overlaps(e.source().span())) {
                return false;
            }
        }
        return true;
    }

    /** A target with an actor and no words: a side the coder implied. */
    private static boolean implied(Participant p) {
        return p != null && p.actor() != null && p.span().length() == 0;
    }
}

package org.herald.events.internal;

import java.util.List;
import org.herald.model.Actor;
import org.herald.model.Participant;
import org.herald.model.Span;

/**
 * The implied target of an act by a country's own body or people that names no target: the
 * country itself ("police banned the rally", "the court rejected the appeal", "rebels rejected
 * the offer" are done to their country; PLOVER coders write KENGOV>KEN). A bare country ("Iran
 * threatened to ...") is usually acting abroad and gets none; nor does a body with no state (the
 * UN, a region). The side is implied, not named: its span is empty, at the start of the source
 * it was inferred from.
 */
final class ImpliedDomesticTarget implements TargetRule {

    @Override
    public List<Arguments.Side> apply(Act act, List<Arguments.Side> targets) {
        if (!OneOtherCountry.applies(act, targets)) {
            return targets;
        }
        for (Arguments.Side src : act.sources()) {
            Actor a = src.actor();
            if (a == null || !Parties.isState(a.country()) || a.roles().isEmpty() && !people(act.graph(), src)
                    || !Parties.domestic(a)) {
                continue;
            }
            int at = src.participant().span().start();
            Span none = new Span(at, at);
            return List.of(new Arguments.Side(new Participant("", none, Actor.of(a.country(), List.of(), null)),
                    src.token(), false, true));
        }
        return targets;
    }

    /**
     * Whether a side coded as a bare country names its people, not the state: a plural noun
     * ("Iraqi Kurds", "young Algerians", "thousands of Nigerians") rather than the country's name.
     */
    private static boolean people(Graph g, Arguments.Side s) {
        String pos = g.token(s.token()).pos();
        return (pos.equals("NNS") || pos.equals("NNPS")) && !s.guessed();
    }
}

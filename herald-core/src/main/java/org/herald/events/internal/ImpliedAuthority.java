package org.herald.events.internal;

import java.util.List;
import org.herald.model.Actor;
import org.herald.model.Participant;
import org.herald.model.Span;

/**
 * The implied source of an arrest, detention or deportation told in the passive with no agent
 * ("Nick Griffin was arrested on Tuesday"): the state of the person acted on. CAMEO 173 and 174
 * are "legal" arrests, detentions and removals "typically following legal proceedings", acts of
 * a state's police and courts on those in its hands, and news leaves that agent unsaid; the article
 * gold's guide codes them so ("an arrest by police ... with the country codes the text makes
 * plain"). Only when the sentence names no source at all and the patient has a state's country.
 * The side is implied: an empty span at the patient's start, coded as the bare country.
 */
final class ImpliedAuthority {

    private ImpliedAuthority() {
    }

    /** The sources of an act after this rule: the patient's state for an agentless legal act, else as found. */
    static List<Arguments.Side> apply(Roles roles, Trigger t, List<Arguments.Side> sources, List<Arguments.Side> targets) {
        String code = t.entry().code();
        if (Parties.anyActor(sources) || !(code.startsWith("173") || code.startsWith("174"))
                || !roles.fillers(t.token(), Roles.Role.AGENT).isEmpty()) {
            return sources;
        }
        for (Arguments.Side p : targets) {
            boolean passive = roles.fillers(t.token(), Roles.Role.PATIENT).stream()
                    .anyMatch(f -> f.head() == p.token() && f.rule().equals(PassiveSubject.class.getSimpleName()));
            Actor a = p.actor();
            if (passive && a != null && Parties.isState(a.country())) {
                int at = p.participant().span().start();
                Participant state = new Participant("", new Span(at, at), Actor.of(a.country(), List.of(), null));
                return List.of(new Arguments.Side(state, p.token(), false, true));
            }
        }
        return sources;
    }
}

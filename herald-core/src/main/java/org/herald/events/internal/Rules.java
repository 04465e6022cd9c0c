package org.herald.events.internal;

import java.util.List;

/** The coder's rules in the order they run: the one place that lists them. */
final class Rules {

    private Rules() {
    }

    /**
     * Where an act's target is when its entry's slots named none with an actor, tried in this
     * order; each rule leaves the targets alone once one has an actor.
     */
    static List<TargetRule> targets(Cues cues) {
        return List.of(
                new ComplementTarget(),       // an appeal, threat, demand, refusal: the target of the act it governs
                new PlaceOfConflict(cues),    // material conflict: the country of the place it happened in
                new ProtestersGovernment(),   // a protest: the protesters' own government
                new OneOtherCountry(cues),    // the one other country its sentence names near the act
                new ImpliedDomesticTarget()); // a domestic body's or people's act: its own country
    }
}

package org.herald.events.internal;

import java.util.List;

/** The coder's rules in the order they run: the one place that lists them. */
final class Rules {

    private Rules() {
    }

    /**
     * How a sentence's predicates get their semantic roles, in this order (a later rule sees what
     * the earlier ones found, and adds its fillers after theirs).
     */
    static List<RoleRule> roles(Lexicon lexicon, Cues cues) {
        LightVerbs light = new LightVerbs(lexicon);
        VictimIsPatient victims = new VictimIsPatient(lexicon);
        return List.of(
                new ActiveSubject(),              // the subject (and the enhanced parse's controller) acts
                new PassiveSubject(),             // a passive's subject is acted on
                new PassiveAgent(),               // a passive's (or event noun's) by-phrase acts
                new DirectObject(),               // the object is acted on, the indirect object receives
                new ToRecipient(),                // "sent troops to Bosnia": the to-phrase receives
                new NominalAgent(),               // an event noun's possessor, or a name modifying it, acts
                new StativeLightPassive(light),   // "were engaged in fighting": the subject acts
                victims,                          // the victims of violence are acted on, never act
                new InheritedSubject(light),      // a subjectless verb: its conjunct's or controller's subject
                new ParticipleHead(),             // a participle's noun: acts (active) or is acted on (passive)
                new LightVerbSubject(light),      // a light verb's event noun: the verb's subject and obliques
                new NounControl(),                // an event noun's infinitive: the noun's agent
                new StatementParticiple(cues),    // "a statement condemning the strike": said by whoever issued it
                new CauseIsAgent(victims),        // "killed in Israeli shelling": the shelling's agent
                new SharedObliques());            // conjoined nouns share a prepositional argument
    }

    /**
     * Where an act's target is when its entry's slots named none with an actor, tried in this
     * order; each rule leaves the targets alone once one has an actor.
     */
    static List<TargetRule> targets(Lexicon lexicon, Cues cues, EvaluativeStatement statements) {
        return List.of(
                new EvaluatedActor(statements), // "said UK government policy was a barrier": whose thing is judged
                new JointPartner(),           // "signed a deal to import gas from Iran": the joint act's other party
                new EachOther(cues),          // "A and B fought", "A and B agreed": each to the other
                new ObjectOwner(),            // "turned down a Chilean offer": the owner of the thing acted on
                new ReferredThing(),          // "oppose the plans" named before: whoever announced them
                new RecipientTarget(),        // "refused admittance to Ghanaians": the recipient
                new ComplementTarget(),       // an appeal, threat, demand, refusal: the target of the act it governs
                new ReasonTarget(),           // "protested after Chinese jets locked radar on ...": the reason's agent
                new ReferredAct(lexicon),     // "rejected the protest": whoever made the protest named before
                new PlaceOfConflict(cues),    // material conflict: the country of the place it happened in
                new ProtestersGovernment(),   // a protest: the protesters' own government
                new ImpliedDomesticTarget(new OtherParties(cues), cues), // a domestic body's act naming no other side: its own country
                new SpeakersGovernment());    // "the Tories accused the government": a domestic party's own state
    }
}

package org.herald.events.internal;

import java.util.List;

/**
 * What is welcomed is approved: CAMEO's 043 is to "host or receive a visitor", its 051 to "express
 * support for, commend, approve policy, action, or actor". A verb the lexicon reads as a host's
 * (043) and also, with an object, as approval (051: "welcome") whose every patient (object or
 * passive subject) is a thing, a common noun that no actor mention covers, approves that thing:
 * "welcomed the news", "welcomed the cap on fees", "welcomed the president's restraint". It takes
 * the lexicon's approval entry, whose slots name the thing's owner or doer as the target, whatever
 * the noun; a welcomed party ("welcomed the Chinese president", "welcomed him") stays the host's.
 */
final class WelcomedThing {

    private static final String HOST = "043";
    private static final String APPROVE = "051";

    private final Lexicon lexicon;

    WelcomedThing(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The trigger in its approving sense when it welcomes a thing, else the trigger unchanged. */
    Trigger apply(Graph g, Roles roles, Arguments args, Trigger t) {
        if (!t.entry().code().equals(HOST) || t.entry().kind() != Lexicon.Kind.VERB) {
            return t;
        }
        Lexicon.Entry approve = approval(t.entry().lemma());
        List<Integer> patients = roles.get(t.token(), Roles.Role.PATIENT);
        if (approve == null || patients.isEmpty()) {
            return t;
        }
        for (int p : patients) {
            String pos = g.token(p).pos();
            if (!(pos.equals("NN") || pos.equals("NNS")) || args.covering(g, p) != null) {
                return t;
            }
        }
        return new Trigger(t.token(), approve, List.of(patients.get(0)));
    }

    /** The lemma's approval entry with one object constraint, or null when it has none. */
    private Lexicon.Entry approval(String lemma) {
        for (Lexicon.Entry e : lexicon.entries(Lexicon.Kind.VERB, lemma)) {
            if (e.code().equals(APPROVE) && e.particle() == null && e.constraints().size() == 1
                    && e.constraints().get(0).rel().equals("obj")) {
                return e;
            }
        }
        return null;
    }
}

package org.herald.events.internal;

import java.util.ArrayList;
import java.util.List;
import org.herald.model.Event;

/**
 * Violence needs a patient that can be harmed: PLOVER's ASSAULT is an action "which can
 * potentially result in substantial physical harm", and CAMEO's 18-20 and 1712 are done to
 * people, places and things. A violent verb whose every patient is an abstract noun is in a
 * figurative sense ("fight tariffs", "fight hunger", "operations were executed", "took over the
 * job"); so is one done to a work, short of destroying it ("shoot a film", "kill a scene"); and
 * occupation (192) needs ground, not a product ("take over machines"). Violent repression (175) is
 * done to people too ("quelled the crisis" is figurative), and so is the threat of any of these a
 * violent word announced for the future is recoded as ("Mexico to fight tariffs": 1384). The patient is the object
 * (or passive subject) or "against" phrase of a verb, the "of", "on" or "against" phrase of a
 * noun; an actor mention over it makes it harmable, whatever the noun. The patient is the
 * trigger's semantic role (the object, the passive subject, the victims of a violent noun, the
 * noun a passive participle modifies), and the prepositions are its own or a light verb's.
 */
final class HarmlessPatient implements SenseRule {

    @Override
    public boolean rejects(SenseContext c, Event e) {
        String code = e.code();
        if (!(violent(code) || threatOfViolence(c, code))) {
            return false;
        }
        boolean verb = c.graph().token(c.trigger()).pos().startsWith("VB");
        List<Integer> patients = new ArrayList<>(c.role(Roles.Role.PATIENT));
        for (int h : verb ? c.oblique("against") : c.oblique("of", "on", "against")) {
            if (!patients.contains(h)) {
                patients.add(h);
            }
        }
        if (patients.isEmpty()) {
            return false;
        }
        for (int p : patients) {
            boolean harmless = c.noun(p, SenseWords.Kind.ABSTRACT) || c.noun(p, SenseWords.Kind.CONDITION)
                    || !code.equals("1712") && c.noun(p, SenseWords.Kind.WORK)
                    || code.equals("192") && c.noun(p, SenseWords.Kind.PRODUCT);
            if (!harmless) {
                return false;
            }
        }
        return true;
    }

    /** Violence and violent repression (175), which are done to people, places and things. */
    private static boolean violent(String code) {
        return code.startsWith("18") || code.startsWith("19") || code.startsWith("20") || code.equals("1712")
                || code.equals("175");
    }

    /**
     * A threat (13x) whose trigger is a violent word announced for the future ("Mexico to fight
     * tariffs", "tries to quell the crisis": {@code threats.tsv} recodes the act as its threat): the
     * threat is of that violence, and needs what it needs. The trigger's lemma must have a violent
     * entry and no threat entry of its own, so "threatened to", "vowed to" keep their senses.
     */
    private static boolean threatOfViolence(SenseContext c, String code) {
        if (!code.startsWith("13")) {
            return false;
        }
        org.herald.model.Token t = c.graph().token(c.trigger());
        Lexicon.Kind kind = t.isVerb() ? Lexicon.Kind.VERB : t.isNoun() ? Lexicon.Kind.NOUN : null;
        if (kind == null) {
            return false;
        }
        boolean violentWord = false;
        for (Lexicon.Entry en : c.lexicon().entries(kind, c.lemma(c.trigger()))) {
            if (en.code().startsWith("13")) {
                return false;
            }
            violentWord |= violent(en.code());
        }
        return violentWord;
    }
}

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
 * occupation (192) needs ground, not a product ("take over machines"). The patient is the object
 * (or passive subject) or "against" phrase of a verb, the "of", "on" or "against" phrase of a
 * noun; an actor mention over it makes it harmable, whatever the noun. The patient is the
 * trigger's semantic role (the object, the passive subject, the victims of a violent noun, the
 * noun a passive participle modifies), and the prepositions are its own or a light verb's.
 */
final class HarmlessPatient implements SenseRule {

    @Override
    public boolean rejects(SenseContext c, Event e) {
        String code = e.code();
        if (!(code.startsWith("18") || code.startsWith("19") || code.startsWith("20") || code.equals("1712"))) {
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
}

package org.herald.events.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.herald.model.Actor;
import org.herald.model.Participant;

/**
 * "The Tories accused the government of ...", "Labour said ministers had failed": a criticism,
 * accusation or rejection (CAMEO roots 11 and 12) by a domestic party aimed at a body of the state
 * named by its role alone ("the government", "ministers", "officials": an actor with a role and
 * no country) is aimed at the party's own state. A definite description refers to the one such
 * body the discourse makes salient, and a domestic party's "the government" is its own country's:
 * the article gold's guide codes "a party's criticism of the government" as domestic politics.
 * The source must be a party of a country with a role (a bare country, "Russia accused the
 * government", acts abroad, and a body of no state has no own government). A guess, like a
 * pronoun's antecedent.
 */
final class SpeakersGovernment implements TargetRule {

    /** Roles of the state a bare description can name. */
    private static final Set<String> STATE_ROLES = Set.of("GOV", "LEG", "JUD", "COP", "MIL", "SPY");

    @Override
    public List<Arguments.Side> apply(Act act, List<Arguments.Side> targets) {
        String root = act.code().root();
        if (!root.equals("11") && !root.equals("12") || act.mutual()) {
            return targets;
        }
        String country = null;
        for (Arguments.Side s : act.sources()) {
            if (s.actor() == null || s.actor().roles().isEmpty() || !Parties.hasCountry(s) || !Parties.isState(s.actor().country())) {
                return targets;
            }
            if (country != null && !country.equals(s.actor().country())) {
                return targets;
            }
            country = s.actor().country();
        }
        if (country == null) {
            return targets;
        }
        List<Arguments.Side> out = new ArrayList<>();
        boolean changed = false;
        for (Arguments.Side t : targets) {
            Actor a = t.actor();
            if (a != null && !t.implied() && (a.country() == null || a.country().isEmpty() || a.country().startsWith("-"))
                    && !a.roles().isEmpty() && STATE_ROLES.containsAll(a.roles())) {
                Actor own = Actor.of(country, a.roles(), a.name());
                out.add(new Arguments.Side(new Participant(t.participant().text(), t.participant().span(), own), t.token(), true, false));
                changed = true;
            } else {
                out.add(t);
            }
        }
        return changed ? out : targets;
    }
}

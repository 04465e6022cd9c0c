package org.herald.events.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.herald.model.Actor;

/** What kind of party a side is: a state's, a political one, a country's citizens. */
final class Parties {

    private Parties() {
    }

    /** Roles an actor must have one other than (or a country) to be a party to material conflict. */
    private static final Set<String> CIVIC_ONLY = Set.of("BUS", "MED", "EDU", "HLH", "SCI", "ENT", "SPT", "AGR");

    /** Roles whose acts are not a country's domestic affairs (a team's, a band's). */
    private static final Set<String> NOT_DOMESTIC = Set.of("SPT", "ENT");

    /** Country codes of states (ISO 3166 alpha-3 and the historical ones the actor base uses), not regions or bodies. */
    private static final Set<String> STATES = states();

    private static Set<String> states() {
        Set<String> s = new HashSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
        s.addAll(List.of("SUN", "YUG", "CSK", "DDR", "XKX"));
        return Set.copyOf(s);
    }

    static boolean hasActor(Arguments.Side s) {
        return s != null && s.actor() != null;
    }

    static boolean anyActor(List<Arguments.Side> sides) {
        return sides.stream().anyMatch(Parties::hasActor);
    }

    /** Whether a side's actor has a known country (three letters, not {@code ---}). */
    static boolean hasCountry(Arguments.Side s) {
        String c = s.actor().country();
        return c != null && c.length() == 3 && !c.startsWith("-");
    }

    static boolean isState(String country) {
        return country != null && STATES.contains(country);
    }

    /** Whether an actor's acts may be its country's domestic affairs: no team, no band. */
    static boolean domestic(Actor a) {
        return a.roles().stream().noneMatch(NOT_DOMESTIC::contains);
    }

    /** Whether a side may take part in material conflict: a state, armed group or political body. */
    static boolean political(Arguments.Side s) {
        if (s == null || s.actor() == null) {
            return false;
        }
        Actor a = s.actor();
        if (a.roles().isEmpty()) {
            return a.country() != null && !a.country().isEmpty();
        }
        for (String r : a.roles()) {
            if (!CIVIC_ONLY.contains(r)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a side is a group of some country's people (students, farmers, doctors): they take
     * part in protests, if not in other material conflict.
     */
    static boolean citizens(Arguments.Side s) {
        if (s == null || s.actor() == null) {
            return false;
        }
        String c = s.actor().country();
        return c != null && c.length() == 3 && !c.startsWith("-") && !s.actor().roles().contains("SPT")
                && !s.actor().roles().contains("ENT");
    }

    /** Whether a side may do an act of this code: any act, or, for material conflict, a political party or protesters. */
    static boolean mayDo(Arguments.Side s, CameoTable.Code code) {
        return code.quad() != 4 || political(s) || isProtest(code) && citizens(s);
    }

    static boolean isProtest(CameoTable.Code code) {
        return code.code().startsWith("14");
    }
}

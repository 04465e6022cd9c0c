package org.herald.events.internal;

import org.herald.model.Event;
import org.herald.model.Participant;

/**
 * In an article of sport, entertainment, technology or business ({@link ArticleDomain}), violent
 * verbs are mostly figurative and the acts are a match's, a plot's or a market's ("New Zealand
 * demolished them 52-3", the plan of a novel "to blow up the Vatican", the Rwandan genocide a
 * film is about). There a material-conflict event stands only when both its sides are named
 * (words of the sentence, not a pronoun, not implied) political actors: holding a role of the
 * state, of those who contend for it, or of an intergovernmental body ({@code political-role} in
 * {@code senses.txt}), or, outside sport, a state by its bare country: in sport a country or a city
 * is a team ("Liverpool have been charged", "England will protest"), while a tariff or a ban in a
 * business or technology story is a state's.
 */
final class DomainSides implements SenseRule {

    @Override
    public boolean rejects(SenseContext c, Event e) {
        return e.quad() == 4 && c.domain() != ArticleDomain.NEWS
                && !(political(c, e.source()) && political(c, e.target()));
    }

    private static boolean political(SenseContext c, Participant p) {
        if (p == null || p.actor() == null || p.span().length() == 0 || pronoun(c, p.text())) {
            return false;
        }
        if (p.actor().code().startsWith("IGO")) {
            return true;
        }
        if (p.actor().roles().isEmpty()) {
            return c.domain() != ArticleDomain.SPORT && p.actor().country() != null && !p.actor().country().isEmpty();
        }
        for (String r : p.actor().roles()) {
            if (c.words().is(SenseWords.Kind.POLITICAL_ROLE, r)) {
                return true;
            }
        }
        return false;
    }

    private static boolean pronoun(SenseContext c, String text) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        return c.cues().is(Cues.Kind.PERSON_PRONOUN, t) || c.cues().is(Cues.Kind.GROUP_PRONOUN, t);
    }
}

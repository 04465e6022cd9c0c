package org.herald.events.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.herald.model.Actor;
import org.herald.model.Dependency;
import org.herald.model.Participant;
import org.herald.model.Span;

/**
 * The implied target of an act by a country's own body or people that names no target: the
 * country itself ("police banned the rally", "the court rejected the appeal", "rebels rejected
 * the offer" are done to their country; PLOVER coders write KENGOV>KEN). A bare country ("Iran
 * threatened to ...") is usually acting abroad and gets none; nor does a visit or meeting (root
 * 04) or a signed agreement (057), which are with someone else by definition; nor does a public
 * statement (root 01), whose target is whom it is made to or about (CAMEO 011) or, for a denial
 * (016), the party that brought the charge, so that a statement naming neither has none, as the
 * article gold's guide codes it; nor does a body with no state (the UN, a region). Never where the sentence names another side: a party of another country or
 * body near the act ({@link OtherParties}), or a party in the act's target positions
 * that no actor was found for (a pronoun, a name, whoever a demand or appeal asks to act:
 * "demanded that the ships leave"), or a party that the entry's own words name ("summoned the
 * ambassador": whose ambassador is not said, but one summons another state's). The side is implied, not named: its span is empty, at the start of the
 * source it was inferred from.
 */
final class ImpliedDomesticTarget implements TargetRule {

    /**
     * A formal agreement (CAMEO 057) is signed with someone by definition, as a meeting is held
     * with someone: its other party is named or unknown, never the signatory's own country.
     */
    private static final String SIGN = "057";

    /** Public statements (CAMEO root 01): their target is named or none. */
    private static final String STATEMENT = "01";

    private final OtherParties others;
    private final Cues cues;

    ImpliedDomesticTarget(OtherParties others, Cues cues) {
        this.others = others;
        this.cues = cues;
    }

    @Override
    public List<Arguments.Side> apply(Act act, List<Arguments.Side> targets) {
        if (!applies(act, targets) || namesOtherSide(act)) {
            return targets;
        }
        // one implied country per source country: each source acts on its own (Pairs keeps them apart)
        List<Arguments.Side> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Arguments.Side src : act.sources()) {
            Actor a = src.actor();
            if (a == null || !Parties.isState(a.country()) || a.roles().isEmpty() && !people(act.graph(), src)
                    || !Parties.domestic(a) || !seen.add(a.country())) {
                continue;
            }
            int at = src.participant().span().start();
            Span none = new Span(at, at);
            out.add(new Arguments.Side(new Participant("", none, Actor.of(a.country(), List.of(), null)),
                    src.token(), false, true));
        }
        return out.isEmpty() ? targets : out;
    }

    /** Whether an act has no target yet and may be given an implied one. */
    private static boolean applies(Act act, List<Arguments.Side> targets) {
        return !act.mutual() && !Parties.anyActor(targets) && (act.code().quad() != 4 || act.politicalSource())
                && !act.code().code().startsWith("04") && !act.code().code().equals(SIGN)
                && !act.code().code().startsWith(STATEMENT);
    }

    /** Whether the sentence names a side the act may be done to, other than the source's country. */
    private boolean namesOtherSide(Act act) {
        if (!others.of(act).isEmpty()) {
            return true;
        }
        Graph g = act.graph();
        // "summoned the ambassador": the word the entry requires is itself a party, of no known country
        for (int m : act.trigger().fixed()) {
            if (act.args().covering(g, m) != null) {
                return true;
            }
        }
        for (Arguments.Side s : act.named()) {
            if (s.actor() == null && party(g, s.token())) {
                return true;
            }
        }
        if (ComplementTarget.governs(act.code().code())) {
            for (int h : ComplementTarget.heads(g, act.token())) {
                if (party(g, h)) {
                    return true;
                }
            }
            // "demanded that the ships leave": whoever is to act is a side, named or not
            for (Dependency d : g.children(act.token())) {
                if (d.relation().startsWith("ccomp") || d.relation().equals("xcomp")) {
                    for (Dependency c : g.children(d.dependent())) {
                        if (c.relation().equals("nsubj") && !act.sourceTokens().contains(c.dependent())) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether a word names a party, with an actor or not: a personal pronoun, a name (an entity
     * tag on the word or its name modifiers), or a plural noun of people that is no event ("the
     * ships", "dissidents").
     */
    private boolean party(Graph g, int h) {
        String w = g.word(h);
        if (g.token(h).pos().startsWith("PRP")) {
            return cues.is(Cues.Kind.PERSON_PRONOUN, w) || cues.is(Cues.Kind.GROUP_PRONOUN, w);
        }
        int[] ext = g.nameExtent(h);
        for (int i = ext[0]; i <= ext[1]; i++) {
            String ner = g.token(i).ner();
            if (ner.equals("PERSON") || ner.equals("ORGANIZATION") || ner.equals("LOCATION") || ner.equals("MISC")) {
                return true;
            }
        }
        return false;
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

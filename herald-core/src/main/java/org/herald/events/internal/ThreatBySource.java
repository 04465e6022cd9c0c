package org.herald.events.internal;

import java.util.List;
import java.util.Set;
import org.herald.model.Actor;
import org.herald.model.Dependency;

/**
 * CAMEO 13 is the source threatening to act, or to act unless the target does something (130:
 * "coercive or forceful warnings with serious potential repercussions"; 131-139 all name what the
 * source will do). A warning whose clausal complement is done by someone else ("warned that
 * fighting could cut the road", "warned that platforms are being exploited") forecasts a
 * circumstance: no threat. It is a statement to whoever the warning names as its addressee
 * (010, "warned Britain that ..."), and no event when it names none, as the article gold's guide
 * leaves out a forecast. A complement whose agent is the source, its own side or a pronoun ("it
 * would retaliate") stays a threat, and so does a warning with no clausal complement ("warned of
 * consequences", "warned Iran not to attack").
 */
final class ThreatBySource {

    private ThreatBySource() {
    }

    /** Whether a threat trigger's clausal complement is done by someone other than its source. */
    static boolean forecast(Graph g, Roles roles, Arguments args, Trigger t, List<Arguments.Side> sources) {
        if (!t.entry().code().startsWith("13")) {
            return false;
        }
        boolean any = false;
        for (Dependency d : g.children(t.token())) {
            if (!d.relation().startsWith("ccomp")) {
                continue;
            }
            any = true;
            for (int a : roles.get(d.dependent(), Roles.Role.AGENT)) {
                if (bySource(g, args, a, sources)) {
                    return false;
                }
            }
        }
        return any;
    }

    /**
     * Roles that act for a state: a state's government threatens with its army or police ("Israel
     * warned its army would respond"), but a firm, a union or a party of the same country is not
     * the state's side ("the chambers of commerce warned that small firms could be crippled").
     */
    private static final Set<String> STATE_ROLES = Set.of("GOV", "MIL", "COP", "SPY", "JUD", "LEG");

    private static boolean ofTheState(Actor a) {
        return a.roles().isEmpty() || STATE_ROLES.containsAll(a.roles());
    }

    private static boolean bySource(Graph g, Arguments args, int agent, List<Arguments.Side> sources) {
        if (g.token(agent).pos().startsWith("PRP")) {
            return true;
        }
        for (Arguments.Side s : sources) {
            if (s.token() == agent) {
                return true;
            }
        }
        for (Arguments.Side r : args.resolve(g, agent)) {
            Actor a = r.actor();
            if (a == null) {
                continue;
            }
            for (Arguments.Side s : sources) {
                Actor b = s.actor();
                if (b != null && (a.code().equals(b.code())
                        || Parties.isState(a.country()) && a.country().equals(b.country()) && ofTheState(a) && ofTheState(b))) {
                    return true;
                }
            }
        }
        return false;
    }
    /**
     * Whether a bare warning warns of a danger rather than of what its source will do: a verb entry
     * of 13 with no constraint, no clausal complement (a clause is {@link #forecast}'s, an infinitive
     * a threat: "warned Iran not to attack"), and an {@code of}, {@code about} or {@code against}
     * phrase whose every noun is neither an act the lexicon codes nor a repercussion ({@code cues.txt}
     * class {@code repercussion}: "warned of consequences", "of a response" stay threats): "warned of
     * rising obesity levels", "warned Mr Blair about the dangers of disunity". CAMEO's 130 is a
     * warning "with serious potential repercussions" from the source; one that names only a harm
     * faults whatever brings it, and is coded as the criticism it is (111), to whom it is addressed.
     */
    static boolean danger(Graph g, Roles roles, Lexicon lexicon, Cues cues, Trigger t) {
        if (!t.entry().code().startsWith("13") || t.entry().kind() != Lexicon.Kind.VERB || !t.entry().constraints().isEmpty()
                || !g.dependents(t.token(), "ccomp").isEmpty() || !g.dependents(t.token(), "xcomp").isEmpty()) {
            return false;
        }
        boolean any = false;
        for (String p : List.of("of", "about", "against")) {
            for (int n : roles.oblique(t.token(), p)) {
                String pos = g.token(n).pos();
                if (!(pos.equals("NN") || pos.equals("NNS")) || cues.is(Cues.Kind.REPERCUSSION, g.lemma(n))
                        || !lexicon.entries(Lexicon.Kind.NOUN, g.lemma(n)).isEmpty()) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }
}

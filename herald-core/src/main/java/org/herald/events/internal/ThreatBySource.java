package org.herald.events.internal;

import java.util.List;
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
                        || Parties.isState(a.country()) && a.country().equals(b.country()))) {
                    return true;
                }
            }
        }
        return false;
    }
}

package org.herald.events.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.herald.model.Dependency;

/**
 * The partner of a joint act that the entry's slots did not find: CAMEO codes an agreement, a
 * negotiation or a co-operation (057, 04x, 06x) between two parties, so one named with a single
 * party has its other party somewhere in its words. In order:
 * <ul>
 * <li>a {@code with}, {@code between} or {@code among} phrase of the trigger or of the thing it
 * acts on ("signed an agreement with Israel", "a deal between A and B");
 * <li>the other side of the exchange the agreement is for, its complement's {@code from},
 * {@code to} or {@code with} phrase, object or indirect object, or the owner of the object ("a deal
 * to import gas from Iran", "an agreement to import Venezuelan fuel", "a pact to supply India");
 * <li>a {@code from} or {@code to} phrase the parser hung on the agreeing verb itself, which takes
 * none of its own ("signed a deal to import gas from Iran", with "from Iran" on "signed").
 * </ul>
 * Only a party of another country than the source's: one of its own is on its side of the act.
 */
final class JointPartner implements TargetRule {

    /** Prepositions that name the other party of a joint act. */
    private static final List<String> PARTNER = List.of("with", "between", "among");

    /** Where the exchange an agreement is for names its other side. */
    private static final List<String> EXCHANGE = List.of("from", "to", "with", "iobj", "obj");

    @Override
    public List<Arguments.Side> apply(Act act, List<Arguments.Side> targets) {
        if (!act.mutual() || Parties.anyActor(targets) || act.sourceCodes().size() != 1) {
            return targets;
        }
        Set<String> countries = new java.util.HashSet<>();
        for (Arguments.Side s : act.sources()) {
            if (s.actor() != null && s.actor().country() != null) {
                countries.add(s.actor().country());
            }
        }
        Graph g = act.graph();
        for (int h : heads(g, act)) {
            List<Arguments.Side> sides = act.args().resolve(g, h, act.sourceCodes());
            sides.removeIf(x -> x.actor() == null || act.sourceCodes().contains(x.actor().code())
                    || !Parties.hasCountry(x) || countries.contains(x.actor().country()));
            if (!sides.isEmpty()) {
                return sides;
            }
        }
        return targets;
    }

    /** The words that may name the partner, in order. */
    private static List<Integer> heads(Graph g, Act act) {
        int t = act.token();
        List<Integer> things = new ArrayList<>();
        things.add(t);
        things.addAll(act.trigger().matched());
        for (int p : act.roles().get(t, Roles.Role.PATIENT)) {
            if (!things.contains(p)) {
                things.add(p);
            }
        }
        List<Integer> heads = new ArrayList<>();
        for (int x : things) {
            for (String p : PARTNER) {
                heads.addAll(g.dependents(x, p));
            }
        }
        for (int x : things) {
            for (Dependency d : g.children(x)) {
                String r = d.relation();
                boolean clause = r.equals("xcomp") || r.startsWith("acl") && !r.startsWith("acl:relcl");
                if (!clause || !g.token(d.dependent()).isVerb()) {
                    continue;
                }
                for (String p : EXCHANGE) {
                    heads.addAll(g.dependents(d.dependent(), p));
                }
            }
        }
        if (g.token(t).isVerb()) {
            heads.addAll(g.dependents(t, "from"));
            heads.addAll(g.dependents(t, "to"));
        }
        heads.remove((Integer) t);
        return heads;
    }
}

package org.herald.events.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * "The army and the RSF fought", "Mr Straw and his Spanish counterpart agreed to ...": a verb of
 * mutual action ({@code cues.txt} class {@code reciprocal}) whose sources are several and whose
 * slots name no target is done by each of them to the others, as the CAMEO code book codes such
 * acts (two reciprocal events).
 */
final class EachOther implements TargetRule {

    private final Cues cues;

    EachOther(Cues cues) {
        this.cues = cues;
    }

    @Override
    public List<Arguments.Side> apply(Act act, List<Arguments.Side> targets) {
        Graph g = act.graph();
        if (act.mutual() || Parties.anyActor(targets) || !g.token(act.token()).isVerb()
                || !cues.is(Cues.Kind.RECIPROCAL, g.lemma(act.token())) || act.sourceCodes().size() < 2) {
            return targets;
        }
        List<Arguments.Side> others = new ArrayList<>();
        for (Arguments.Side s : act.sources()) {
            if (s.actor() != null) {
                others.add(s);
            }
        }
        return others;
    }
}

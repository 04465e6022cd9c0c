package org.herald.events.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * "The army and the RSF fought", "Mr Straw and his Spanish counterpart agreed to ...": a verb of
 * mutual action ({@code cues.txt} class {@code reciprocal}) whose sources are several and whose
 * slots name no target is done by each of them to the others, as the CAMEO code book codes such
 * acts (two reciprocal events). So is any act whose object is the reciprocal pronoun ("the two
 * governments praised each other").
 */
final class EachOther implements TargetRule {

    private final Cues cues;

    EachOther(Cues cues) {
        this.cues = cues;
    }

    @Override
    public List<Arguments.Side> apply(Act act, List<Arguments.Side> targets) {
        Graph g = act.graph();
        boolean mutualVerb = g.token(act.token()).isVerb() && cues.is(Cues.Kind.RECIPROCAL, g.lemma(act.token()));
        if (act.mutual() || Parties.anyActor(targets) || act.sourceCodes().size() < 2
                || !(mutualVerb || targets.stream().anyMatch(t -> reciprocalPronoun(g, t.token())))) {
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

    /** "each other", "one another": English's reciprocal pronoun, whose referents are the sources. */
    private static boolean reciprocalPronoun(Graph g, int token) {
        if (token < 1 || token >= g.size()) {
            return false;
        }
        String w = g.word(token);
        String before = g.word(token - 1);
        return w.equals("other") && before.equals("each") || w.equals("another") && before.equals("one");
    }
}

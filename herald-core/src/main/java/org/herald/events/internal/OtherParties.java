package org.herald.events.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.herald.model.ActorMention;
import org.herald.model.Span;

/**
 * The other parties a sentence names near an act: actor mentions within {@link #NEAR} dependency
 * arcs of the trigger, of a country other than the source's, leaving out the source, the
 * attribution ("Thai sources said"), demonyms of ground ("near the Thai border", {@code cues.txt}
 * class {@code ground}) and the arguments of another act of the sentence ("condemned the attack
 * on Poland"). Where there is one, an implied own-country target would be a guess against the text.
 */
final class OtherParties {

    /** How many dependency arcs a party may be from the act (deeper: another act's). */
    private static final int NEAR = 4;

    private final Cues cues;

    OtherParties(Cues cues) {
        this.cues = cues;
    }

    /** The other parties named near an act by a state's actor; empty when no source is one. */
    List<ActorMention> of(Act act) {
        Graph g = act.graph();
        int trigger = act.token();
        Set<Integer> others = new HashSet<>(act.triggers());
        others.remove(trigger);
        others.removeAll(act.trigger().matched());
        Set<String> own = new HashSet<>();
        List<Span> ownSpans = new ArrayList<>();
        for (Arguments.Side x : act.sources()) {
            if (x.actor() != null && Parties.isState(x.actor().country()) && Parties.domestic(x.actor())) {
                own.add(x.actor().country());
                ownSpans.add(x.participant().span());
            }
        }
        List<ActorMention> out = new ArrayList<>();
        if (own.isEmpty()) {
            return out;
        }
        Modality.Reading reading = act.reading();
        Span said = reading.speaker() >= 0 ? act.args().phrase(g, reading.speaker()) : null;
        for (ActorMention m : act.args().mentions(g.sentence().index())) {
            String c = m.actor().country();
            int head = headOf(g, m.span());
            if (c == null || own.contains(c) || ownSpans.stream().anyMatch(x -> overlaps(m.span(), x))
                    || said != null && overlaps(m.span(), said) || head < 0 || onGround(g, head)
                    || distance(g, trigger, head) > NEAR || underOtherAct(g, head, trigger, others)) {
                continue;
            }
            out.add(m);
        }
        return out;
    }

    /**
     * Whether a mention is an argument of another act of the sentence: another trigger lies on its
     * way up to the act ("condemned the attack on Poland": Poland is the attack's, not the
     * condemnation's).
     */
    private static boolean underOtherAct(Graph g, int from, int act, Set<Integer> others) {
        Set<Integer> seen = new HashSet<>();
        for (int x = from; x >= 0 && x != act && seen.add(x); x = g.governor(x)) {
            if (x != from && others.contains(x)) {
                return true;
            }
        }
        return false;
    }

    /** The position of the token a mention ends on (the head of a noun phrase), or -1. */
    private static int headOf(Graph g, Span span) {
        for (int i = 0; i < g.size(); i++) {
            if (g.token(i).span().end() == span.end()) {
                return i;
            }
        }
        return -1;
    }

    /** Arcs between two tokens through their lowest common governor; large when unconnected. */
    private static int distance(Graph g, int a, int b) {
        Map<Integer, Integer> up = new HashMap<>();
        for (int x = a, d = 0; x >= 0 && !up.containsKey(x); x = g.governor(x), d++) {
            up.put(x, d);
        }
        Set<Integer> seen = new HashSet<>();
        for (int x = b, d = 0; x >= 0 && seen.add(x); x = g.governor(x), d++) {
            Integer da = up.get(x);
            if (da != null) {
                return da + d;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static boolean overlaps(Span a, Span b) {
        return b != null && a.start() < b.end() && b.start() < a.end();
    }

    /** Whether the word after a mention's last token is a noun of ground it modifies ("Thai border"). */
    private boolean onGround(Graph g, int last) {
        return last + 1 < g.size() && cues.is(Cues.Kind.GROUND, g.word(last + 1));
    }
}

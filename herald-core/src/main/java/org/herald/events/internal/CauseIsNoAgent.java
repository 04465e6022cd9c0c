package org.herald.events.internal;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.herald.model.Dependency;
import org.herald.model.Event;
import org.herald.model.Participant;
import org.herald.model.Span;

/**
 * What a natural or accidental cause or a state of affairs does is no act: CAMEO's events are acts
 * of a source actor, PLOVER's ASSAULT is a deliberate action, and its manual leaves natural
 * disasters uncoded for want of an actor. The cause ({@code senses.txt} class {@code cause}) or
 * condition ({@code condition}: a crisis, prices, imports, membership) is the trigger's subject or
 * agent ("the storm killed", "destroyed by fire", "Argentina's energy crisis forced the president
 * to suspend exports", "membership of the WTO helps guarantee ...") when no actor is named as the
 * source besides it ("police destroyed the homes by fire" is the police's act; "Argentina's" lends
 * the crisis a country, not an act). For material conflict also its "in" phrase ("killed in a
 * crash"), the noun a participle trigger modifies ("a crash killing all aboard"), or the verb, or
 * the subject of the verb, whose clause a participle trigger continues ("the plane crashed, killing
 * 72", "a storm hit the coast, killing ten").
 */
final class CauseIsNoAgent implements SenseRule {

    @Override
    public boolean rejects(SenseContext c, Event e) {
        boolean violent = e.quad() == 4;
        Graph g = c.graph();
        int t = c.trigger();
        // the agent role: the subject, the by-agent, the noun an active participle modifies ("a
        // crash killing all aboard"), a shared subject; and for violence the "in" phrase ("killed in a crash")
        List<Integer> agents = new ArrayList<>(c.role(Roles.Role.AGENT));
        if (violent) {
            agents.addAll(c.oblique("in"));
        }
        for (int d : agents) {
            // an actor named as the source does the act ("police destroyed the homes by fire")
            if (c.cause(d) && !namedSource(e, g.token(d).span())
                    || c.noun(d, SenseWords.Kind.CONDITION) && !namedSource(e, phrase(g, d))) {
                return true;
            }
        }
        if (!violent) {
            return false;
        }
        for (Dependency h : g.heads(t)) {
            int gov = h.governor();
            if (gov < 0) {
                continue;
            }
            if (h.relation().startsWith("advcl") && g.token(t).pos().equals("VBG")) {
                if (c.cause(gov)) {
                    return true;
                }
                for (int s : g.dependents(gov, "nsubj")) {
                    if (c.cause(s)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether the event's source is named by words other than the cause's. A cause's modifier names
     * its wielder ("Israeli fire killed two"); a condition's only lends it a country ("Argentina's
     * energy crisis"), so a condition's whole phrase is its words.
     */
    private static boolean namedSource(Event e, Span cause) {
        Participant s = e.source();
        return s != null && s.actor() != null && s.span().length() > 0 && !s.span().overlaps(cause);
    }

    /** The span of a noun and its modifiers before and after it, up to its clause. */
    private static Span phrase(Graph g, int noun) {
        int first = noun;
        int last = noun;
        Deque<Integer> todo = new ArrayDeque<>(List.of(noun));
        while (!todo.isEmpty()) {
            int n = todo.pop();
            for (Dependency d : g.children(n)) {
                String r = d.relation();
                if (r.startsWith("acl") || r.startsWith("punct") || r.startsWith("conj") || r.equals("cc")) {
                    continue;
                }
                first = Math.min(first, d.dependent());
                last = Math.max(last, d.dependent());
                todo.push(d.dependent());
            }
        }
        return new Span(g.token(first).span().start(), g.token(last).span().end());
    }
}

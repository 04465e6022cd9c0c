package org.herald.events.internal;

import java.util.ArrayList;
import java.util.List;
import org.herald.model.Dependency;
import org.herald.model.Event;
import org.herald.model.Participant;

/**
 * Material conflict done by a natural or accidental cause is no act: PLOVER's ASSAULT is a
 * deliberate action, and its manual leaves natural disasters uncoded for want of an actor. The
 * cause is the trigger's subject or agent ("the storm killed", "destroyed by fire") or its "in"
 * phrase ("killed in a crash"), when no actor is named as the source besides it ("police
 * destroyed the homes by fire" is the police's act); or the noun a participle trigger modifies
 * ("a crash killing all aboard"), or the verb, or the subject of the verb, whose clause a
 * participle trigger continues ("the plane crashed, killing 72", "a storm hit the coast, killing ten").
 */
final class CauseIsNoAgent implements SenseRule {

    @Override
    public boolean rejects(SenseContext c, Event e) {
        if (e.quad() != 4) {
            return false;
        }
        Graph g = c.graph();
        int t = c.trigger();
        // the agent role: the subject, the by-agent, the noun an active participle modifies ("a
        // crash killing all aboard"), a shared subject; and the "in" phrase ("killed in a crash")
        List<Integer> agents = new ArrayList<>(c.role(Roles.Role.AGENT));
        agents.addAll(c.oblique("in"));
        for (int d : agents) {
            // an actor named as the source does the act ("police destroyed the homes by fire")
            if (c.cause(d) && !namedSource(c, e, d)) {
                return true;
            }
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

    /** Whether the event's source is named by words other than the cause's. */
    private static boolean namedSource(SenseContext c, Event e, int cause) {
        Participant s = e.source();
        return s != null && s.actor() != null && s.span().length() > 0
                && !s.span().overlaps(c.graph().token(cause).span());
    }
}

package org.herald.events.internal;

import java.util.ArrayList;
import java.util.List;
import org.herald.model.Event;
import org.herald.model.Participant;

/**
 * Drops what another event of the sentence says better: a one-sided event, or one whose target is
 * only implied, beside a full one (both sides named) of the same kind and side ("began a hunger
 * strike to protest against Sweden's decision" is one protest aimed at Sweden).
 */
final class Duplicates {

    private Duplicates() {
    }

    static List<Event> drop(List<Event> events) {
        List<Event> all = new ArrayList<>(events);
        all.removeIf(e -> all.stream().anyMatch(o -> o != e && sameKind(o, e) && covers(o, e)));
        return all;
    }

    /** Whether two events are the same kind of act: one code, or one PLOVER type ("rally" and "protest"). */
    private static boolean sameKind(Event a, Event b) {
        return a.code().equals(b.code())
                || a.plover() != null && b.plover() != null && a.plover().type() != null && a.plover().type().equals(b.plover().type());
    }

    /**
     * Whether {@code full} names both sides, {@code part} only one of them (or an implied target),
     * and {@code full} is no less sure or {@code part}'s target only implied.
     */
    private static boolean covers(Event full, Event part) {
        boolean fs = hasActor(full.source());
        boolean ft = hasActor(full.target()) && full.target().span().length() > 0;
        boolean ps = hasActor(part.source());
        boolean pt = hasActor(part.target()) && part.target().span().length() > 0;
        // an implied target is a guess: a named one of the same kind and source beats it, unless
        // the named one is a guess too (below 0.5: embedded or one-sided, see EventsEval)
        boolean guess = hasActor(part.target()) && part.target().span().length() == 0 && full.confidence() >= 0.5;
        if (!fs || !ft || ps && pt || full.confidence() < part.confidence() && !guess) {
            return false;
        }
        return ps ? key(part.source()).equals(key(full.source()))
                : pt && key(part.target()).equals(key(full.target()));
    }

    private static boolean hasActor(Participant p) {
        return p != null && p.actor() != null;
    }

    /** A participant's actor code, or its position when it has none. */
    static String key(Participant p) {
        return p == null ? "-" : p.actor() == null ? "?" + p.span().start() : p.actor().code();
    }
}

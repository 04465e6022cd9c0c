package org.herald.events.internal;

import java.util.List;
import org.herald.model.Actor;
import org.herald.model.Participant;
import org.herald.model.Span;

/**
 * The target of a protest (root 14) that names none and happened in no named place: the
 * government of the protesters' own country ("Egyptian demonstrators rioted" → EGY GOV), as CAMEO
 * and PLOVER coders code protests. The side is implied: an empty span at the source's start.
 */
final class ProtestersGovernment implements TargetRule {

    @Override
    public List<Arguments.Side> apply(Act act, List<Arguments.Side> targets) {
        if (!PlaceOfConflict.applies(act, targets) || !Parties.isProtest(act.code())) {
            return targets;
        }
        for (Arguments.Side src : act.sources()) {
            Actor a = src.actor();
            if (a != null && !a.roles().isEmpty() && a.country() != null && a.country().length() == 3
                    && !a.country().startsWith("-")) {
                Actor gov = Actor.of(a.country(), List.of("GOV"), null);
                int at = src.participant().span().start();
                return List.of(new Arguments.Side(new Participant("", new Span(at, at), gov), src.token(), false, true));
            }
        }
        return targets;
    }
}

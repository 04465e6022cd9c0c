package org.herald.events.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * When the entry's slots named no target with an actor, the one the act gives to or withholds
 * from is the target: the trigger's recipient ("refused admittance to Ghanaians").
 */
final class RecipientTarget implements TargetRule {

    @Override
    public List<Arguments.Side> apply(Act act, List<Arguments.Side> targets) {
        if (Parties.anyActor(targets)) {
            return targets;
        }
        List<Arguments.Side> sides = new ArrayList<>();
        for (int h : act.roles().get(act.token(), Roles.Role.RECIPIENT)) {
            sides.addAll(act.args().resolve(act.graph(), h, act.sourceCodes()));
        }
        sides.removeIf(x -> x.actor() == null || act.sourceCodes().contains(x.actor().code()));
        return sides.isEmpty() ? targets : sides;
    }
}

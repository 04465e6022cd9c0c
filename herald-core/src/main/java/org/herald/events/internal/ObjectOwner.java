package org.herald.events.internal;

import java.util.List;
import java.util.Set;

/**
 * The owner of a thing the trigger's constraint names is the target ("turned down a Chilean
 * offer", "rejected Japan's protest"): the actor of a constrained object or prepositional noun.
 */
final class ObjectOwner implements TargetRule {

    /** Constraint relations whose matched noun has an owner that can be the target. */
    private static final Set<String> OWNED = Set.of("obj", "for", "of", "against", "on", "to", "with", "over", "about");

    @Override
    public List<Arguments.Side> apply(Act act, List<Arguments.Side> targets) {
        Trigger t = act.trigger();
        if (Parties.anyActor(targets) || t.fixed().isEmpty()) {
            return targets;
        }
        for (int k = 0; k < t.matched().size(); k++) {
            Lexicon.Constraint c = t.entry().constraints().get(k);
            if (!OWNED.contains(c.rel()) || c.lemmas().contains("*")) {
                continue;
            }
            List<Arguments.Side> sides = act.args().resolve(act.graph(), t.matched().get(k), act.sourceCodes());
            if (sides.stream().anyMatch(x -> x.actor() != null && !act.sourceCodes().contains(x.actor().code()))) {
                return sides;
            }
        }
        return targets;
    }
}

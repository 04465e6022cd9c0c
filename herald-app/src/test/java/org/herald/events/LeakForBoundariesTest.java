package org.herald.events;

import org.herald.actors.ActorResolver;
import org.herald.actors.internal.Norm;

/**
 * Breaks the package rules on purpose, so that {@code BoundariesTest} can show its rules catch a
 * stage that imports another stage or another stage's internals. Never run.
 */
final class LeakForBoundariesTest {

    private LeakForBoundariesTest() {
    }

    static Object leak() {
        return ActorResolver.shared().size() > 0 ? Norm.key("x") : null;
    }
}

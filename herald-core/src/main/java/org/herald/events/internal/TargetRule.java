package org.herald.events.internal;

import java.util.List;

/**
 * One rule of where an act's target is when its entry's slots named none with an actor. The
 * rules run in the order {@link Rules#TARGETS} lists; each leaves the targets as they are when it
 * does not apply.
 */
interface TargetRule {

    /** The act's targets after this rule. */
    List<Arguments.Side> apply(Act act, List<Arguments.Side> targets);
}

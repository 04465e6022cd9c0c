package org.herald.events.internal;

import org.herald.model.Event;

/** One way to tell that a coded event is in a sense which is no political event. */
interface SenseRule {

    /** Whether the event is in such a sense and is to be dropped. */
    boolean rejects(SenseContext c, Event e);
}

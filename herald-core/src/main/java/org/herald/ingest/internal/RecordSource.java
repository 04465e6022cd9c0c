package org.herald.ingest.internal;

import java.util.Iterator;
import java.util.NoSuchElementException;
import org.herald.model.Outcome;
import org.herald.model.RawDocument;

/**
 * A source that reads one record at a time from a stream (JSON lines, WARC records), some of
 * which are passed over. Subclasses say how to read the next record and when the stream ends.
 */
abstract class RecordSource implements Iterator<Outcome<RawDocument>>, AutoCloseable {

    private Outcome<RawDocument> next;
    private boolean ended;

    /** The next outcome, or null when a record was passed over (more may follow). */
    protected abstract Outcome<RawDocument> advance();

    /** Called by {@link #advance} when nothing more can be read. */
    protected final void end() {
        ended = true;
    }

    @Override
    public final boolean hasNext() {
        while (next == null && !ended) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public final Outcome<RawDocument> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Outcome<RawDocument> o = next;
        next = null;
        return o;
    }
}

package org.herald.actors.internal;

import java.io.IOException;

/** A knowledge-base file that cannot be read: the message starts with the file and line. */
public final class KbException extends IOException {

    public KbException(String where, String message) {
        super(where + ": " + message);
    }
}

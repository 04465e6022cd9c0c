package org.herald.events.internal;

/** A resource file of the events stage is malformed; the message names the file and line. */
public final class ResourceError extends IllegalStateException {

    public ResourceError(String file, int line, String message) {
        super(file + ": line " + line + ": " + message);
    }

    public ResourceError(String message) {
        super(message);
    }
}

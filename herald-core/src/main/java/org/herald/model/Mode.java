package org.herald.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether an event happened, is planned, is only possible or was denied. */
public enum Mode {
    /** Happened or is happening. */
    ASSERTED,
    /** Scheduled, planned, expected, intended. */
    FUTURE,
    /** Could, might, feared, possible, conditional. */
    HYPOTHETICAL,
    /** Did not happen, was denied, refused or failed. */
    NEGATED;

    @JsonValue
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

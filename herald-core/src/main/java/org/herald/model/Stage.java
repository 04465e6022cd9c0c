package org.herald.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** The stages of the pipeline, in order. */
public enum Stage {
    INGEST, EXTRACT, ANNOTATE, ACTORS, EVENTS, QUOTES, PLACES, TIMES, STORE;

    @JsonValue
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

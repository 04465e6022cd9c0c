package org.herald.model;

/** The PLOVER event type and mode a CAMEO code maps to; mode may be null. */
public record Plover(String type, String mode) {
}

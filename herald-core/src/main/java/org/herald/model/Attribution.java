package org.herald.model;

/** Who says an event happened: the words and the actor code they resolve to (may be null). */
public record Attribution(String text, String actor) {
}

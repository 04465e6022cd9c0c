package org.herald.model;

/** The source or target of an event: the words that name it and the actor they resolve to. */
public record Participant(String text, Span span, Actor actor) {
}

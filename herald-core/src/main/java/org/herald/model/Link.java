package org.herald.model;

/** A headline of another story that the page links to; kept apart from the body, never coded. */
public record Link(String text, String url) {
}

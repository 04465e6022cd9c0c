package org.herald.model;

/** Words of the article and where they are. */
public record TextSpan(String text, Span span) {
}

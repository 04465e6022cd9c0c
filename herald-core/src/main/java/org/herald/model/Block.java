package org.herald.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** A unit of an article's text: the headline, the standfirst, or one body paragraph. */
public record Block(Kind kind, Span span) {

    public enum Kind {
        HEADLINE, STANDFIRST, BODY;

        @JsonValue
        public String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}

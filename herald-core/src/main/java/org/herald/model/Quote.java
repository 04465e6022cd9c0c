package org.herald.model;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A quotation or reported claim and who made it.
 *
 * @param speaker the words naming the speaker, or null when no speaker was found
 * @param actor the speaker resolved to an actor, or null
 */
public record Quote(String text, Span span, int sentence, Kind kind, TextSpan speaker, Actor actor) {

    public enum Kind {
        DIRECT, PARTIAL, INDIRECT;

        @JsonValue
        public String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}

package org.herald.model;

/**
 * A named-entity mention found by the annotate stage.
 *
 * @param type CoreNLP's entity type: PERSON, ORGANIZATION, LOCATION, MISC, ...
 * @param tokenStart first token index in its sentence
 * @param tokenEnd one past the last token index
 */
public record Mention(Span span, String text, String type, int sentence, int tokenStart, int tokenEnd) {
}

package org.herald.model;

/**
 * A stretch of text resolved to an actor.
 *
 * @param how how it was resolved: "name", "alias", "title", "composition", "metonym", "coref"
 */
public record ActorMention(Span span, String text, int sentence, Actor actor, String how) {
}

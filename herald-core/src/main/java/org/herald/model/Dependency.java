package org.herald.model;

/**
 * A typed dependency (Universal Dependencies, enhanced++ labels) between two tokens of a sentence.
 * Token indexes are the {@link Token#index()} of the sentence; the root's governor is -1.
 */
public record Dependency(String relation, int governor, int dependent) {
}

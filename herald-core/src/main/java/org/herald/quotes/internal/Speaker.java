package org.herald.quotes.internal;

import org.herald.model.Actor;
import org.herald.model.TextSpan;

/**
 * A speaker as resolved: the words that name it (after coreference, the antecedent's words), its
 * actor, whether it is a person, and the words to match descriptions against ("the agency").
 */
record Speaker(TextSpan words, Actor actor, boolean person, String allWords, int sentence) {
}

package org.herald.quotes.internal;

import org.herald.model.Actor;
import org.herald.model.TextSpan;

/**
 * A speaker as resolved: the words that name it (after coreference, the antecedent's words), its
 * actor, whether it is a person (or a body: neither may be known), and the words to match descriptions against ("the agency").
 */
record Speaker(TextSpan words, Actor actor, boolean person, String allWords, int sentence, boolean thing) {

    Speaker(TextSpan words, Actor actor, boolean person, String allWords, int sentence) {
        this(words, actor, person, allWords, sentence, !person);
    }

    /** A speaker "he" or "she" may stand for: a person, or one not known to be a body ("one dealer"). */
    boolean maybePerson() {
        return person || !thing;
    }

    /** A speaker "it" or "they" may stand for. */
    boolean maybeThing() {
        return thing || !person;
    }
}

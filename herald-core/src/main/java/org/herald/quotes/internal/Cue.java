package org.herald.quotes.internal;

import org.herald.model.Span;

/**
 * Words in a sentence that say who speaks: a reporting verb with its speaker ("Peskov said",
 * "said Peskov"), or "according to X".
 *
 * @param verb token index of the reporting verb, or of "according"
 * @param speaker token range of the speaker phrase
 * @param description an apposition describing the speaker ("the Kremlin's mouthpiece"), or null
 * @param complement what is reported: a clause or the quote the cue introduces, or null
 * @param quoted whether the complement is a quotation rather than reported speech
 */
record Cue(int sentence, int verb, Phrase speaker, Phrase description, Span complement, boolean quoted,
           boolean according) {

    /** A token range {@code [start, end)} of one sentence. */
    record Phrase(int start, int end) {
        int size() {
            return end - start;
        }
    }
}

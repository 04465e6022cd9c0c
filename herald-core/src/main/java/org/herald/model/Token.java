package org.herald.model;

/**
 * One token of a sentence.
 *
 * @param index position in its sentence, from 0
 * @param ner the named-entity tag ("PERSON", "LOCATION", "DATE", ..., "O")
 */
public record Token(int index, Span span, String word, String lemma, String pos, String ner) {

    public boolean isVerb() {
        return pos.startsWith("VB") || pos.equals("MD");
    }

    public boolean isNoun() {
        return pos.startsWith("NN");
    }
}

package org.herald.actors.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.herald.model.Sentence;
import org.herald.model.Span;
import org.herald.model.Token;

/**
 * Small bases and sentences for the parts' tests, without CoreNLP. A sentence is written with
 * spaces between its tokens ("Russia 's troops"); capitalised words are tagged NNP, numbers CD,
 * he/she/him PRP, other words NN; words listed as people get the NER tag PERSON and words listed
 * as organisations ORGANIZATION.
 */
final class Bits {

    private Bits() {
    }

    static KnowledgeBase kb(String lines) {
        KnowledgeBase kb = new KnowledgeBase();
        try {
            KbReader.read("test.kb", new BufferedReader(new StringReader(lines)), kb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return kb;
    }

    /** Sentences of one text, one per string, separated by a space. */
    static List<Sentence> sentences(Set<String> people, Set<String> orgs, String... sentences) {
        List<Sentence> out = new ArrayList<>();
        int offset = 0;
        for (String s : sentences) {
            List<Token> tokens = new ArrayList<>();
            int at = offset;
            for (String w : s.split(" ")) {
                String pos = w.matches("\\d+") ? "CD" : Set.of("he", "she", "him").contains(w.toLowerCase()) ? "PRP"
                        : Character.isUpperCase(w.charAt(0)) ? "NNP" : "NN";
                String ner = people.contains(w) ? "PERSON" : orgs.contains(w) ? "ORGANIZATION" : "O";
                tokens.add(new Token(tokens.size(), new Span(at, at + w.length()), w, w.toLowerCase(), pos, ner));
                at += w.length() + 1;
            }
            out.add(new Sentence(out.size(), new Span(offset, offset + s.length()), 0, tokens, false, List.of()));
            offset += s.length() + 1;
        }
        return out;
    }

    static String text(String... sentences) {
        return String.join(" ", sentences);
    }

    /** The pieces the alias pass finds in a sentence (no surnames marked, no composition). */
    static Piece[] pieces(KnowledgeBase kb, Sentence s) {
        return Aliases.find(kb, null, Tokens.of(s), new Surnames(kb, null), "");
    }
}

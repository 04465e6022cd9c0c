package org.herald.events.internal;

import java.io.Reader;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Word lists the coder reads mode, attribution and context from ({@code cues.txt}): each line is a
 * class name followed by words (lemmas, lower case; multi-word cues joined by {@code _}).
 */
public final class Cues {

    /** The classes of cue words. */
    public enum Kind {
        /** Auxiliaries that put an event in the future: will, shall. */
        FUTURE_AUX,
        /** Auxiliaries that make it only possible: could, might, may. */
        HYPOTHETICAL_AUX,
        /** Governing words that put an event in the future: scheduled, plan, expect, intend. */
        FUTURE,
        /** Governing words that make it only possible or feared: fear, possibility, if. */
        HYPOTHETICAL,
        /** Governing words that deny it: deny, refuse, fail. */
        NEGATED,
        /** Negation words attached to the trigger: not, never. */
        NEGATION,
        /** Adverbs that make it only possible: potentially, possibly. */
        HYPOTHETICAL_ADV,
        /** Adjectives on a nominal trigger that put it in the future: planned, upcoming. */
        FUTURE_ADJ,
        /** Days a present-tense verb's time modifier names as still to come: a weekday, tomorrow ("meet on Thursday"). */
        FUTURE_DAY,
        /** Verbs of saying whose subject is the source of a claim: say, report, claim. */
        SPEECH,
        /** Words that, found in a sentence, mark it as about sport. */
        SPORT,
        /** Pronouns that refer back to a person. */
        PERSON_PRONOUN,
        /** Pronouns that refer back to a group, body or country. */
        GROUP_PRONOUN,
        /** Plural nouns that, after "the two", refer to the two last actors named ("the two leaders"). */
        PAIR_NOUN,
        /** The pair nouns that refer to two people, of two countries ("the two leaders"). */
        PAIR_PERSON,
        /** The pair nouns that refer to two parties of any kind, of one country or two ("both sides"). */
        PAIR_SIDE,
        /**
         * Protests and protesters: an act in their purpose or manner clause ("blocked roads
         * demanding ...", "a hunger strike to demand ...") is what the protest is for, not an act of its own.
         */
        PROTEST,
        /** Verbs that stage the protest their object names ("staged rallies", "went on strike"). */
        PROTEST_LIGHT,
        /** Prepositions that place an act in a country or town ("opened fire in Kirkuk"), in the order tried. */
        PLACE_PREP,
        /** Nouns of ground a country's demonym modifies without naming an actor ("the Thai border"). */
        GROUND,
        /** Verbs of mutual action that several subjects do to each other ("the army and the rebels fought"). */
        RECIPROCAL,
        /**
         * Relational nouns: they name someone by a relation to their possessor, who is someone else
         * ("Kyiv's allies" are not Kyiv).
         */
        RELATIONAL,
        /**
         * Nouns of saying: what a participle on one says is said by whoever issued it ("a statement
         * condemning the strike").
         */
        STATEMENT_NOUN,
        /** What a source's warning of it threatens to bring on: "warned of consequences" is a threat. */
        REPERCUSSION
    }

    private final Map<Kind, Set<String>> words;

    private Cues(Map<Kind, Set<String>> words) {
        this.words = words;
    }

    public static Cues standard() {
        return parse(Lines.ofResource("cues.txt"));
    }

    public static Cues read(String file, Reader reader) {
        return parse(Lines.read(file, reader));
    }

    private static Cues parse(List<Lines.Line> lines) {
        return new Cues(WordClasses.parse(lines, Kind.class, "cue",
                k -> k.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                (kind, w, read) -> w.matches("[a-z'][a-z'_\\-]*") ? null : "'" + w + "' is not a lower-case word"));
    }

    public boolean is(Kind kind, String word) {
        return word != null && words.get(kind).contains(word.toLowerCase(Locale.ROOT));
    }

    public Set<String> words(Kind kind) {
        return words.get(kind);
    }
}

package org.herald.events.internal;

import java.io.Reader;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.herald.model.Once;

/**
 * The word classes that tell senses which are no political event ({@code senses.txt}): the
 * domains' words, causes of harm that are no actors, abstract nouns, works, products, words of
 * motion, and the
 * roles that take part in material conflict in an article of a domain. Each class has its
 * criterion written in the file. Checked when loaded: an unknown class, a class without words, a
 * word that is not a lower-case lemma, a role that is not three capitals, and a noun in two noun
 * classes fail with the file and line.
 */
public final class SenseWords {

    /** The classes; the file spells them in lower case with hyphens. */
    public enum Kind {
        DOMAIN_SPORT, DOMAIN_ENTERTAINMENT, DOMAIN_TECHNOLOGY, DOMAIN_BUSINESS, POLITICAL,
        CAUSE, CONDITION, ABSTRACT, WORK, PRODUCT, MOTION, SATISFY, TIME_PREP, POLITICAL_ROLE, PRIVATE_ROLE;

        String spelled() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        boolean noun() {
            return this == CAUSE || this == CONDITION || this == ABSTRACT || this == WORK || this == PRODUCT;
        }

        /** A class of role codes (three capitals), not of words. */
        boolean role() {
            return this == POLITICAL_ROLE || this == PRIVATE_ROLE;
        }
    }

    private static final Once<SenseWords> STANDARD = Once.of(() -> parse(Lines.ofResource("senses.txt")));

    private final Map<Kind, Set<String>> words;

    private SenseWords(Map<Kind, Set<String>> words) {
        this.words = words;
    }

    public static SenseWords standard() {
        return STANDARD.get();
    }

    public static SenseWords read(String file, Reader reader) {
        return parse(Lines.read(file, reader));
    }

    private static SenseWords parse(List<Lines.Line> lines) {
        return new SenseWords(WordClasses.parse(lines, Kind.class, "sense", Kind::spelled, (kind, w, read) -> {
            if (kind.role() ? !w.matches("[A-Z]{3}") : !w.matches("[a-z][a-z0-9'\\-]*")) {
                return "'" + w + "' is not " + (kind.role() ? "a role code" : "a lower-case lemma");
            }
            for (Kind other : Kind.values()) {
                if (kind.noun() && other != kind && other.noun() && read.get(other).contains(w)) {
                    return "'" + w + "' is already a " + other.spelled() + " noun";
                }
            }
            return null;
        }));
    }

    /** Whether a word (a lemma, any case; for a class of roles, a role code) is in a class. */
    public boolean is(Kind kind, String word) {
        return word != null && words.get(kind).contains(kind.role() ? word : word.toLowerCase(Locale.ROOT));
    }

    public Set<String> words(Kind kind) {
        return words.get(kind);
    }
}

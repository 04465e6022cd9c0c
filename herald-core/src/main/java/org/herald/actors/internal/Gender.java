package org.herald.actors.internal;

import java.util.List;
import org.herald.actors.internal.WordLists.Name;

/** A person's sex as the text tells it, so that "he" and "she" skip people of the other one. */
enum Gender {
    FEMALE, MALE;

    /**
     * What the words tell: a gendered title, role noun or pronoun among {@code words}
     * ("Mrs", "Queen", "spokeswoman", "she"), else the given name (the first word of the name);
     * null when they tell nothing.
     */
    static Gender of(WordLists lists, List<String> words, String givenName) {
        for (String w : words) {
            String k = Norm.key(w);
            if (lists.is(Name.FEMALE, k)) {
                return FEMALE;
            }
            if (lists.is(Name.MALE, k)) {
                return MALE;
            }
        }
        if (givenName != null) {
            String k = Norm.key(givenName);
            if (lists.is(Name.FEMALE_NAME, k)) {
                return FEMALE;
            }
            if (lists.is(Name.MALE_NAME, k)) {
                return MALE;
            }
        }
        return null;
    }

    /** Whether a person of gender {@code known} (null: unknown) may be the one a word of gender {@code wanted} stands for. */
    static boolean agrees(Gender known, Gender wanted) {
        return known == null || wanted == null || known == wanted;
    }
}

package org.herald.annotate.internal;

import java.util.List;
import java.util.Set;

/**
 * Finds the present-tense verb of a headline that the tagger read as a plural noun. Headlines drop
 * articles and auxiliaries and tell news in the simple present ("Japan protests as ships enter
 * waters", "Tokyo summons ambassador after incursion"); CoreNLP's tagger, trained on running text,
 * reads the verb after a name as a plural noun that the name modifies, and the headline is left
 * with no main verb. A headline has one, so where a present form that is also a plural noun
 * ({@code headline-verbs.txt}: "protests", "summons", not "firms" or "shoppers") follows the names
 * the headline opens with, no finite verb comes before the next subordinate clause, and the word is
 * followed by what opens an object (a determiner, a possessive, an adjective, a noun, a number) or
 * by a subordinating conjunction whose clause has a finite verb, that word is the verb. Not when a
 * preposition follows ("Hong Kong protests over the bill" reads as well as a noun phrase), nor
 * when nothing follows.
 */
public final class HeadlineVerbs {

    /** Conjunctions that open a clause, not a noun phrase ("as ships enter", "after talks fail"). */
    private static final Set<String> SUBORDINATORS = Set.of("as", "after", "while", "when", "because", "before",
            "since", "until", "once", "if");
    private static final Set<String> FINITE = Set.of("VBZ", "VBP", "VBD", "MD");
    /** Present forms that are also plural nouns, of verbs news is told with ({@code headline-verbs.txt}). */
    private static final Set<String> VERBS = ParseRepairs.load("headline-verbs.txt");
    private static final Set<String> OBJECT_START = Set.of("DT", "PRP$", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "PRP");

    private HeadlineVerbs() {
    }

    /** The index of the token to read as a present-tense verb, or -1; tags are Penn tags. */
    public static int verb(List<String> words, List<String> tags) {
        int n = words.size();
        int i = 0;
        while (i < n && tags.get(i).startsWith("NNP")) {
            i++;
        }
        if (i == 0 || i + 1 >= n || !tags.get(i).equals("NNS")) {
            return -1;
        }
        String w = words.get(i);
        if (!VERBS.contains(w)) {
            return -1;
        }
        int clause = n; // where the first subordinate clause starts
        for (int k = i + 1; k < n; k++) {
            if (SUBORDINATORS.contains(words.get(k).toLowerCase(java.util.Locale.ROOT))) {
                clause = k;
                break;
            }
        }
        for (int k = i + 1; k < clause; k++) {
            if (FINITE.contains(tags.get(k))) {
                return -1; // the main clause has its verb elsewhere ("US plans draw criticism")
            }
        }
        if (clause == i + 1) {
            for (int k = clause + 1; k < n; k++) {
                if (FINITE.contains(tags.get(k))) {
                    return i;
                }
            }
            return -1;
        }
        return OBJECT_START.contains(tags.get(i + 1)) ? i : -1;
    }
}

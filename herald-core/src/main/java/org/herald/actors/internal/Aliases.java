package org.herald.actors.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The first pass over a sentence: at each token the longest alias of the base whose capitals fit
 * the text, the entry that applies on the article's date among those it names. A person so named
 * in full lends their surname to the rest of the article ({@link Surnames}).
 */
final class Aliases {

    private Aliases() {
    }

    static Piece[] find(KnowledgeBase kb, LocalDate date, Tokens w, Surnames surnames) {
        Piece[] at = new Piece[w.size()];
        int i = 0;
        while (i < at.length) {
            Trie.Match m = kb.trie().longest(w.keys(), w.words(), i);
            if (m == null) {
                i++;
                continue;
            }
            List<Entry> entries = new ArrayList<>(m.aliases().size());
            for (Trie.Alias a : m.aliases()) {
                entries.add(a.entry());
            }
            Entry e = KnowledgeBase.choose(entries, date);
            boolean canonical = false;
            for (Trie.Alias a : m.aliases()) {
                if (a.entry() == e) {
                    canonical = a.canonical();
                }
            }
            at[i] = new Piece(e.kind(), i, m.end(), e, canonical ? "name" : "alias", null);
            if (e.kind() == Kind.PERSON) {
                surnames.namedInFull(e);
            }
            i = m.end();
        }
        return at;
    }
}

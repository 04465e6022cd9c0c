package org.herald.actors.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.herald.model.Token;

/**
 * The first pass over a sentence: at each token the longest alias of the base whose capitals fit
 * the text, the entry that applies on the article's date among those it names. A person so named
 * in full lends their surname to the rest of the article ({@link Surnames}).
 */
final class Aliases {

    private Aliases() {
    }

    static Piece[] find(KnowledgeBase kb, LocalDate date, Tokens w, Surnames surnames, String text) {
        return find(kb, date, w, null, surnames, text);
    }

    /** The same, with the sentence's tokens (their entity tags) to tell a namesake ({@link Namesakes}); null: none. */
    static Piece[] find(KnowledgeBase kb, LocalDate date, Tokens w, List<Token> toks, Surnames surnames, String text) {
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
                // "First Minister Jack McConnell": another given name or a title that does not fit
                // says the alias (a surname) is another person's
                if (a.entry().kind() != Kind.PERSON || a.canonical()
                        || !Namesakes.other(kb, a.entry().name(), toks, w, at, i)) {
                    entries.add(a.entry());
                } else if (m.end() == i + 1) {
                    surnames.namesake(w.key(i));
                }
            }
            if (entries.isEmpty()) {
                i = m.end();
                continue;
            }
            Entry e = KnowledgeBase.choose(spelledOut(entries, text), date);
            boolean canonical = false;
            for (Trie.Alias a : m.aliases()) {
                if (a.entry() == e) {
                    canonical = a.canonical();
                }
            }
            at[i] = new Piece(e.kind(), i, m.end(), e, canonical ? "name" : "alias", null);
            if (e.kind() == Kind.PERSON) {
                surnames.namedInFull(e);
                if (m.end() - i >= 2) {
                    surnames.spelledOut(e);
                }
            }
            i = m.end();
        }
        return at;
    }

    /**
     * Of several bodies or places that share an alias ("BNP"), those the article names in full
     * ("the British National Party"), as a surname stands for the person named in full; all of
     * them when it names none or all. People are told apart by their dates and surnames instead.
     */
    private static List<Entry> spelledOut(List<Entry> entries, String text) {
        if (entries.size() < 2) {
            return entries;
        }
        List<Entry> spelled = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            if (e.kind() != Kind.PERSON && text.contains(e.name())) {
                spelled.add(e);
            }
        }
        return spelled.isEmpty() ? entries : spelled;
    }
}

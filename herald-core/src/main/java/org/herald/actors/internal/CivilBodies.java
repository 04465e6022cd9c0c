package org.herald.actors.internal;

import java.util.List;
import org.herald.actors.internal.WordLists.Name;
import org.herald.model.Token;

/**
 * A named body the base does not know, of no stated country, whose name says it is a civil
 * society body ("the Third World Water Forum", "the Association of Andean Jurists") is coded
 * NGO, as CAMEO codes such bodies; the tagger's ORGANIZATION or capitalised proper nouns name it.
 * A country, city or known body inside the name ("the Nigerian Union of Teachers") leaves it to
 * composition.
 */
final class CivilBodies {

    private final KnowledgeBase kb;
    private final WordLists words;
    private final String text;

    CivilBodies(KnowledgeBase kb, WordLists words, String text) {
        this.kb = kb;
        this.words = words;
        this.text = text;
    }

    /** Replaces the pieces inside each such name with one NGO piece over the name. */
    void mark(List<Token> toks, Tokens w, Piece[] at) {
        int n = toks.size();
        int i = 0;
        while (i < n) {
            if (!named(toks.get(i))) {
                i++;
                continue;
            }
            int e = i;
            boolean plain = true;
            int of = -1;
            while (e < n && (named(toks.get(e)) || w.key(e).equals("of") && e + 1 < n && named(toks.get(e + 1)))) {
                Piece p = at[e];
                if (p != null && !(p.kind() == Kind.REGION || p.kind() == Kind.SKIP || p.kind().isRole()
                        || p.kind() == Kind.ADJ && !kb.isCountry(p.entry().code()) && !p.entry().code().equals("---"))) {
                    plain = false;
                }
                if (of < 0 && w.key(e).equals("of")) {
                    of = e;
                }
                e = p != null && p.end() > e ? p.end() : e + 1;
            }
            int head = of > i ? of - 1 : e - 1;
            if (plain && e - i >= 2 && words.is(Name.CIVIL, w.key(head)) && !inside(at, i)) {
                String name = text.substring(toks.get(i).span().start(), toks.get(e - 1).span().end());
                Entry body = new Entry(Kind.ORG, name, "NGO", false, null, null, List.of(), Integer.MAX_VALUE, "tagger");
                for (int x = i; x < e; x++) {
                    at[x] = null;
                }
                at[i] = new Piece(Kind.ORG, i, e, body, "name", null);
            }
            i = e;
        }
    }

    /** A word of a name: tagged an organisation, or a capitalised proper noun or adjective. */
    private static boolean named(Token t) {
        String w = t.word();
        return "ORGANIZATION".equals(t.ner()) || !w.isEmpty() && Character.isUpperCase(w.charAt(0))
                && (t.pos().startsWith("NNP") || t.pos().startsWith("JJ"));
    }

    /** Whether a piece that starts before the token runs over it. */
    private static boolean inside(Piece[] at, int token) {
        for (int k = 0; k < token; k++) {
            if (at[k] != null && at[k].end() > token) {
                return true;
            }
        }
        return false;
    }
}

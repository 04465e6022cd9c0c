package org.herald.actors.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.herald.model.Token;

/**
 * Whether the words before a surname (an alias or the surname of someone named in full) say it is
 * someone else: a given name that is not the person's ("First Minister Jack McConnell" is not Mitch
 * McConnell: a name with another given name is another person), or a title or country that no
 * office of the person ever had ("First Minister McConnell", "Scottish ... McConnell" are not a US
 * senator). News names a namesake so; a surname alone, or after a title that fits, stays the person.
 */
final class Namesakes {

    private Namesakes() {
    }

    /**
     * Whether the surname at token {@code i} is not the person {@code name} of the base, by the
     * pieces before it (filled left to right: those before {@code i} are final) and the entity
     * tags of the tokens ({@code toks}; null when there are none: no given name is read).
     */
    static boolean other(KnowledgeBase kb, String name, List<Token> toks, Tokens w, Piece[] at, int i) {
        List<Entry> offices = kb.person(name);
        if (offices.isEmpty()) {
            return false;
        }
        Set<String> own = new HashSet<>(Norm.words(name).stream().map(Norm::key).toList());
        for (Entry e : offices) {
            for (String s : e.surnames()) {
                own.add(Norm.key(s));
            }
        }
        // a given name before the surname that the tagger reads as part of the same name
        boolean given = false;
        boolean ownGiven = false;
        for (int k = i - 1; toks != null && k >= 0 && at[k] == null && w.capital(k) && "PERSON".equals(toks.get(k).ner()); k--) {
            String key = w.key(k);
            if (key.length() < 2 || key.endsWith(".") || kb.words().is(WordLists.Name.SHORT_TITLE, key)) {
                continue; // an initial says too little; "Gen", "Sen" are ranks, no given names
            }
            given = true;
            ownGiven |= own.contains(key);
        }
        if (given && !ownGiven) {
            return true;
        }
        Piece before = pieceEndingAt(at, i);
        if (before != null && before.kind() == Kind.TITLE) {
            List<String> roles = before.entry().weak() ? List.of() : triples(before.entry().code(), 0);
            boolean known = offices.stream().anyMatch(e -> e.code().length() > 3);
            if (known && !roles.isEmpty() && offices.stream().noneMatch(e -> triples(e.code(), 3).containsAll(roles))) {
                return true;
            }
            before = pieceEndingAt(at, before.start()); // "Scottish First Minister McConnell"
        }
        if (before == null && i >= 2 && w.possessiveAt(i - 1)) {
            before = pieceEndingAt(at, i - 1); // "Scotland's McConnell"
        }
        if (before != null && kb.isCountry(country(before.entry().code()))
                && (before.kind() == Kind.COUNTRY || before.kind() == Kind.ADJ)) {
            String c = country(before.entry().code());
            return offices.stream().noneMatch(e -> country(e.code()).equals(c));
        }
        return false;
    }

    private static Piece pieceEndingAt(Piece[] at, int end) {
        for (int k = end - 1; k >= 0; k--) {
            if (at[k] != null) {
                return at[k].end() == end ? at[k] : null;
            }
        }
        return null;
    }

    private static String country(String code) {
        return code.length() >= 3 ? code.substring(0, 3) : code;
    }

    /** The three-letter codes of a code from a position: a title's roles from 0, a person's after the country from 3. */
    private static List<String> triples(String code, int from) {
        List<String> out = new ArrayList<>();
        for (int k = from; k + 3 <= code.length() && !code.equals("-"); k += 3) {
            out.add(code.substring(k, k + 3));
        }
        return out;
    }
}

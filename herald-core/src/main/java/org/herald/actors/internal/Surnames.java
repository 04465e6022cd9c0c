package org.herald.actors.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.herald.model.Token;

/**
 * Surnames that stand for a person: the surname of anyone named in full anywhere in the article
 * (headlines use it before the body names the person), and, right after a title with a role
 * ("President Kagame"), the surname of the one person of the base in office on the article's date.
 */
final class Surnames {

    private final KnowledgeBase kb;
    private final LocalDate date;
    /** Surname key → the people named in full who bear it, in the order they were found. */
    private final Map<String, List<String>> named = new HashMap<>();

    Surnames(KnowledgeBase kb, LocalDate date) {
        this.kb = kb;
        this.date = date;
    }

    /** Surnames (keys) the article gives to someone other than the base's person ({@link Namesakes}). */
    private final java.util.Set<String> namesakes = new java.util.HashSet<>();
    /** People of the base named by more than a surname. */
    private final java.util.Set<String> spelled = new java.util.HashSet<>();

    /** A surname the words before it gave to a namesake ("First Minister Jack McConnell"). */
    void namesake(String key) {
        namesakes.add(key);
    }

    /**
     * Clears the aliases of a sentence that are a surname the article gives to a namesake, when it
     * never names the base's person in full: "Mr McConnell" after "First Minister Jack McConnell"
     * is the First Minister (news names a person in full, then by surname), not the US senator.
     */
    void clearNamesakes(Piece[] at, Tokens w) {
        for (int i = 0; i < at.length; i++) {
            Piece p = at[i];
            if (p != null && p.kind() == Kind.PERSON && p.how().equals("alias") && p.end() == i + 1
                    && namesakes.contains(w.key(i)) && !inFull(p.entry().name())) {
                at[i] = null;
            }
        }
    }

    private boolean inFull(String name) {
        return spelled.contains(name);
    }

    /** A person named by an alias of two words or more ("Mitch McConnell"), not a surname alone. */
    void spelledOut(Entry e) {
        spelled.add(e.name());
    }

    /** A person named in full: their surnames now stand for them. */
    void namedInFull(Entry e) {
        for (String sn : e.surnames()) {
            List<String> names = named.computeIfAbsent(Norm.key(sn), k -> new ArrayList<>());
            if (!names.contains(e.name())) {
                names.add(e.name());
            }
        }
    }

    /** Marks the capitalised words of a sentence that no alias covers and that are such a surname. */
    void mark(Piece[] at, Tokens w) {
        mark(at, w, null);
    }

    /** The same, with the sentence's tokens (their entity tags) to tell a namesake ({@link Namesakes}); null: none. */
    void mark(Piece[] at, Tokens w, List<Token> toks) {
        int i = 0;
        Piece prev = null;
        while (i < at.length) {
            if (at[i] != null) {
                prev = at[i];
                i = at[i].end();
                continue;
            }
            if (w.capital(i)) {
                List<String> names = named.get(w.key(i));
                boolean last = i + 1 >= at.length || !w.capital(i + 1);
                if (names == null && last && prev != null && prev.end() == i && prev.kind() == Kind.TITLE
                        && !prev.entry().code().isEmpty()) {
                    List<String> holders = inOffice(kb.bySurname(w.key(i)));
                    if (holders.size() == 1) {
                        names = holders;
                        named.put(w.key(i), names);
                    }
                }
                if (names != null) {
                    // "Jack McConnell" when Mitch McConnell is named in full: another given name, or
                    // a title that fits none of the person's offices, names someone else
                    final int t = i;
                    names = names.stream().filter(n -> !Namesakes.other(kb, n, toks, w, at, t)
                            && !(namesakes.contains(w.key(t)) && !inFull(n))).toList();
                }
                if (names != null && !names.isEmpty()) {
                    List<Entry> all = new ArrayList<>();
                    for (String name : names) {
                        all.addAll(kb.person(name));
                    }
                    at[i] = new Piece(Kind.PERSON, i, i + 1, KnowledgeBase.choose(all, date), "surname", names);
                }
            }
            prev = null;
            i++;
        }
    }

    /** Of people sharing a surname, those in office on the article's date (all of them when it is unknown). */
    private List<String> inOffice(List<String> names) {
        if (names.size() < 2) {
            return names;
        }
        if (date == null) {
            // no date: the namesake whose office is the most recent, as everywhere else
            List<Entry> all = new ArrayList<>();
            for (String n : names) {
                all.addAll(kb.person(n));
            }
            return List.of(KnowledgeBase.choose(all, null).name());
        }
        List<String> out = new ArrayList<>();
        for (String n : names) {
            for (Entry e : kb.person(n)) {
                if (e.covers(date) && !out.contains(n)) {
                    out.add(n);
                }
            }
        }
        return out;
    }
}

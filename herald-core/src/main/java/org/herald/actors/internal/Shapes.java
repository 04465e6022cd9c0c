package org.herald.actors.internal;

import java.util.List;
import org.herald.actors.internal.WordLists.Name;
import org.herald.model.Token;

/** Tests of a phrase's shape that decide how it composes; each says which reading it guards. */
final class Shapes {

    private final KnowledgeBase kb;
    private final WordLists words;

    Shapes(KnowledgeBase kb, WordLists words) {
        this.kb = kb;
        this.words = words;
    }

    /** A country's name or adjective (not a region's, a city's or an organisation's). */
    boolean nation(Piece m) {
        return (m.kind() == Kind.COUNTRY || m.kind() == Kind.ADJ) && m.entry().code().length() == 3
                && kb.isCountry(m.entry().code());
    }

    /**
     * A title used as a noun adjunct names no one: "a prisoner exchange", "the refugee camp"
     * (a lower-case common noun right after it, itself no role). An armed one only before a
     * kind of act ("terrorist activities", "militant attacks"): "guerrilla bases" and "terrorist
     * camps" are where the guerrillas and terrorists are, and CAMEO codes an attack on them as
     * one on the group.
     */
    boolean adjunct(Piece p, List<Token> toks, Piece[] at) {
        if (p.kind() != Kind.TITLE || p.end() >= toks.size() || at[p.end()] != null) {
            return false;
        }
        Token next = toks.get(p.end());
        String w = next.word();
        if (words.is(Name.ARMED_ROLE, p.entry().code()) && !words.is(Name.ACT, Norm.key(w))) {
            return false;
        }
        return next.pos().startsWith("NN") && !next.pos().startsWith("NNP") && !w.isEmpty()
                && Character.isLowerCase(w.charAt(0));
    }

    /**
     * "The Europe Bridge", "the Australian Open": a place's name at the head of the name of a
     * facility or an event is no actor.
     */
    boolean facility(Tokens w, int at) {
        return at < w.size() && w.capital(at) && (words.is(Name.FACILITY, w.key(at)) || words.is(Name.FEATURE, w.key(at)));
    }

    /** "The Gulf of Oman", "the Sea of Japan": a place after a feature of the earth and "of" names no actor. */
    boolean featureOf(Tokens w, int at) {
        return at >= 2 && w.key(at - 1).equals("of") && w.capital(at - 2) && words.is(Name.FEATURE, w.key(at - 2));
    }

    /**
     * A country's name that names the subject of a body, not its owner: after an owner and
     * before a body ("the Bundestag's Russia committee", "the UK Parliament's China Research
     * Group", "the US Iran envoy"), or after a body's name and "on" or "for" ("the Committee on
     * China", "the Special Envoy for Syria").
     */
    boolean topic(Piece[] at, Tokens w, int i) {
        Piece p = at[i];
        if (p == null || p.kind() != Kind.COUNTRY) {
            return false;
        }
        if (i >= 2 && (w.key(i - 1).equals("on") || w.key(i - 1).equals("for")) && w.capital(i - 2)
                && words.is(Name.BODY, w.key(i - 2))) {
            return true;
        }
        boolean owned = w.possessiveAt(i - 1) && i >= 1;
        for (int k = 0; k < i && !owned; k++) {
            owned = at[k] != null && at[k].end() == i && at[k].kind().modifies();
        }
        if (!owned) {
            return false;
        }
        int h = p.end();
        if (h < at.length && at[h] == null && w.capital(h) && h + 1 < at.length && words.is(Name.BODY, w.key(h + 1))) {
            h++; // "China Research Group"
        }
        return h < at.length && (at[h] != null && at[h].kind().isRole() || at[h] == null && words.is(Name.BODY, w.key(h)));
    }

    /**
     * A plural demonym is a noun ("Turkish Cypriots, Zairian troops"): it shares no role named
     * after the next modifier, as an adjective does ("Hungarian and Romanian officials").
     */
    static boolean people(Piece m, Tokens w) {
        String last = w.key(m.end() - 1);
        return m.kind() == Kind.ADJ && last.endsWith("s") && !last.endsWith("ss");
    }

    /** A lower-case noun or adjective (not a verb, preposition, name or pastime), as far as the tags tell. */
    boolean plainWord(Token t) {
        String w = t.word();
        if (w.isEmpty() || !Character.isLowerCase(w.charAt(0))) {
            return false;
        }
        for (int c = 0; c < w.length(); c++) {
            if (!Character.isLetter(w.charAt(c))) {
                return false;
            }
        }
        String pos = t.pos();
        return (pos.isEmpty() || pos.startsWith("NN") || pos.startsWith("JJ")) && !words.is(Name.PASTIME, Norm.key(w));
    }

    /**
     * Roles whose people or bodies belong where they are: "rebels in Darfur", "protesters in
     * Minsk", "a court in Guyana", "police in Jericho" (not troops, envoys or reporters, who are
     * often abroad; not a weak title such as "officials").
     */
    boolean located(List<Piece> roles, Tokens w) {
        Entry head = Roles.strongest(roles);
        if (head == null || head.weak()) {
            return false;
        }
        for (Piece p : roles) {
            if (words.is(Name.ABROAD, w.key(p.end() - 1))) {
                return false;
            }
        }
        for (String r : Roles.of(roles)) {
            if (words.is(Name.LOCATED_ROLE, r)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An adjective that modifies the noun after it ("victims of the Rwandan genocide") names
     * no country the phrase belongs to; a role noun after it ("of the Rwandan army") does.
     */
    static boolean adjectiveOfNoun(Piece[] at, Piece m, Tokens w) {
        if (m.kind() != Kind.ADJ || m.end() >= at.length || at[m.end()] != null) {
            return false;
        }
        String next = w.word(m.end());
        return !next.isEmpty() && Character.isLetter(next.charAt(0)) && Character.isLowerCase(next.charAt(0));
    }

    /**
     * "Ethnic Albanians in southern Serbia", "ethnic Serb civilians in Croatia": a people named as
     * such and placed in a country is that country's, as "Croatian Serbs" are (the word "ethnic"
     * is needed: "Americans in Iraq" are not Iraq's). The place, read as an adjective over the
     * whole phrase; null when the phrase is not of this shape.
     */
    Piece ethnicHome(Tokens w, Piece[] at, int start, List<Piece> mods, int after) {
        if (mods.size() != 1 || mods.get(0).kind() != Kind.ADJ || after >= at.length || !w.key(after).equals("in")) {
            return null;
        }
        boolean ethnic = false;
        for (int x = start; x < mods.get(0).start(); x++) {
            ethnic |= w.key(x).equals("ethnic");
        }
        int q = after + 1;
        while (q < at.length && at[q] == null
                && (words.is(Name.DETERMINER, w.key(q)) || words.is(Name.QUARTER, w.key(q)))) {
            q++;
        }
        if (!ethnic || q >= at.length || at[q] == null || !at[q].place()) {
            return null;
        }
        Piece place = at[q];
        return new Piece(Kind.ADJ, mods.get(0).start(), place.end(), place.entry(), "composition", null);
    }
}

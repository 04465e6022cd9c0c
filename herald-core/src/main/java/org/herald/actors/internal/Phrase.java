package org.herald.actors.internal;

import java.util.ArrayList;
import java.util.List;
import org.herald.actors.internal.WordLists.Name;
import org.herald.model.Actor;
import org.herald.model.Token;

/**
 * The pieces of a phrase that may name an actor, read left to right:
 * {@code [the | its] [skip words] [both] [modifier ('s) (and|or|, modifier)*] [one plain word]
 * [skip words, numbers] [role nouns]}. What follows (a person, "of Armenia", "in Darfur") is for
 * {@link Resolution} to read.
 *
 * @param start the phrase's first token
 * @param definite it opens with "the"
 * @param owner the body "its" or "their" stands for, or null
 * @param count how many people a counting word names ("the two leaders"), or 0
 * @param mods countries, places and bodies before the role nouns
 * @param next the token after the modifiers
 * @param roles the role nouns
 * @param end the token after the last role noun (= {@code next} when there is none)
 * @param aligned a skip word says the group is the state's or aligned with it ("pro-government")
 */
record Phrase(int start, boolean definite, Actor owner, int count, List<Piece> mods, int next, List<Piece> roles,
              int end, boolean aligned) {

    static Phrase read(int i, List<Token> toks, Tokens w, Piece[] at, Actor recentBody, Shapes shapes,
                       WordLists words, KnowledgeBase kb) {
        int n = toks.size();
        int j = i;
        boolean det = at[j] == null && words.is(Name.DETERMINER, w.key(j));
        boolean definite = det && w.key(j).equals("the");
        Actor owner = null;
        if (!det && at[j] == null && words.is(Name.POSSESSIVE, w.key(j)) && recentBody != null) {
            owner = recentBody;
            j++;
        }
        if (det) {
            j++;
        }
        boolean aligned = false;
        while (j < n && at[j] != null && at[j].kind() == Kind.SKIP) {
            aligned |= words.is(Name.STATE_ALIGNED, Norm.key(at[j].entry().name()));
            j = at[j].end();
        }
        int count = 0;
        if (j < n && w.key(j).equals("both")) {
            count = 2;
            j++;
        }
        List<Piece> mods = new ArrayList<>();
        while (j < n && at[j] != null && at[j].kind().modifies()) {
            Piece m = at[j];
            j = m.end();
            if ((m.kind() == Kind.REGION || m.kind() == Kind.ADJ && !kb.isCountry(m.entry().code()))
                    && !m.entry().code().equals("---") && j < n && at[j] != null && at[j].place()) {
                // "western Cambodia": the region word only says where in the country
                continue;
            }
            if (shapes.nation(m) && j < n && at[j] != null && at[j].kind() == Kind.ADJ
                    && !at[j].entry().code().equals(m.entry().code())) {
                // "Iraqi Kurds", "Bosnian Serb forces": a people within a country is that country's
                j = at[j].end();
                m = m.extend(j);
            }
            if (j + 1 < n && w.key(j).equals("-") && words.is(Name.LED, w.key(j + 1))) {
                // "Vietnamese-led forces", "a Saudi-led coalition"
                j += 2;
                m = m.extend(j);
            }
            mods.add(m);
            if (w.possessiveAt(j)) {
                j++;
            }
            if (j + 1 < n && words.is(Name.COORDINATOR, w.key(j)) && at[j + 1] != null && at[j + 1].kind().modifies()
                    && !Shapes.people(m, w) && (!w.key(j).equals(",") || closedList(j, n, w, at, words))) {
                j++;
                continue;
            }
            break;
        }
        // skip words and numbers, then role nouns
        int k = j;
        List<Piece> roles = new ArrayList<>();
        int end = j;
        boolean gap = false;
        while (k < n) {
            Piece p = at[k];
            if (p == null && !mods.isEmpty() && roles.isEmpty() && !gap && k + 1 < n && at[k + 1] != null
                    && at[k + 1].kind().isRole() && shapes.plainWord(toks.get(k))) {
                // "Russian helicopter gunships", "the Iraqi oil minister": one word may stand between
                gap = true;
                k++;
            } else if (p != null && p.kind() == Kind.SKIP) {
                aligned |= words.is(Name.STATE_ALIGNED, Norm.key(p.entry().name()));
                k = p.end();
            } else if (p == null && words.count(w.key(k)) > 0) {
                count = words.count(w.key(k));
                k++;
            } else if (p == null && toks.get(k).pos().equals("CD") && w.key(k).matches("\\d+")) {
                k++;
            } else if (p != null && p.kind().isRole() && !shapes.adjunct(p, toks, at)) {
                roles.add(p);
                k = p.end();
                end = k;
            } else {
                break;
            }
        }
        return new Phrase(i, definite, owner, count, List.copyOf(mods), j, List.copyOf(roles), end, aligned);
    }

    /**
     * Whether the comma at {@code j} is inside a list of modifiers that "and" or "or" closes
     * ("Hungarian, Romanian and Polish officials"): a comma alone joins no modifiers, it ends a
     * phrase ("at the request of Russia, Ukrainian Ambassador X denied").
     */
    private static boolean closedList(int j, int n, Tokens w, Piece[] at, WordLists words) {
        int k = j;
        while (k + 1 < n && w.key(k).equals(",") && at[k + 1] != null && at[k + 1].kind().modifies()) {
            k = at[k + 1].end();
            if (w.possessiveAt(k)) {
                k++;
            }
        }
        return k + 1 < n && !w.key(k).equals(",") && words.is(Name.COORDINATOR, w.key(k))
                && at[k + 1] != null && at[k + 1].kind().modifies();
    }
}

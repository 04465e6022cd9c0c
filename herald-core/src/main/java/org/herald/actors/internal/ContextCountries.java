package org.herald.actors.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.herald.actors.internal.WordLists.Name;
import org.herald.model.Actor;
import org.herald.model.ActorMention;

/**
 * An actor of unknown country ("President Levy Mwanawasa" when the base does not know him,
 * "Judge Alejandro Rivera", "the opposition") takes the country its context makes plain, as a
 * human coder would: the one country named in its sentence, or, when the sentence names none,
 * the country the article is about (named at least twice, more than any other). Only unnamed
 * words lend: places, country names and adjectives, composed phrases ("the Turkish government").
 * A named person's or body's country makes a sentence ambiguous but does not lend on its own:
 * "... met Russian Foreign Minister Sergei Lavrov" says nothing of who met him. Neither a
 * destination ("flew to France"), a base ("a UK-based group") nor the place of troops ("troops in
 * Iraq") says whose an actor is.
 */
final class ContextCountries {

    private final KnowledgeBase kb;
    private final WordLists words;
    private final String text;

    ContextCountries(KnowledgeBase kb, WordLists words, String text) {
        this.kb = kb;
        this.words = words;
        this.text = text;
    }

    /**
     * Fills in the mentions' countries in place.
     *
     * @param mute mentions that lend no country (destinations, bodies named again)
     * @param elsewhere start offsets of places that lend none (where troops are)
     * @param named mentions composed with a named body ("Associated Press reporters"): the body's
     *     country makes the sentence ambiguous but, like the body's own name, does not lend
     * @param foreign envoys summoned or expelled: the other state's, so the context lends them none
     */
    void lend(List<ActorMention> out, Set<ActorMention> mute, Set<Integer> elsewhere, Set<ActorMention> named) {
        lend(out, mute, elsewhere, named, Set.of());
    }

    void lend(List<ActorMention> out, Set<ActorMention> mute, Set<Integer> elsewhere, Set<ActorMention> named,
              Set<ActorMention> foreign) {
        Map<Integer, Set<String>> all = new HashMap<>();
        Map<Integer, Set<String>> lenders = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        Set<String> bodies = new HashSet<>();
        for (ActorMention m : out) {
            String c = m.actor().country();
            if (!kb.isCountry(c) || mute.contains(m) || elsewhere.contains(m.span().start()) || based(m.span().end())) {
                continue;
            }
            all.computeIfAbsent(m.sentence(), k -> new HashSet<>()).add(c);
            if (m.actor().name() == null && !named.contains(m)) {
                lenders.computeIfAbsent(m.sentence(), k -> new HashSet<>()).add(c);
                counts.merge(c, 2, Integer::sum);
            } else if (m.actor().name() != null && !m.how().equals("coref") && !m.how().equals("surname")
                    && bodies.add(m.actor().code() + " " + m.actor().name())) {
                // the article's country: its named people and bodies tell it too (half as much as
                // its places and adjectives, each once), though they lend their sentence nothing
                counts.merge(c, 1, Integer::sum);
            }
        }
        String dominant = dominant(counts);
        // a person keeps the country first found for them: "he", "Velan" later take it too
        Map<String, String> people = new HashMap<>();
        for (int i = 0; i < out.size(); i++) {
            ActorMention m = out.get(i);
            Actor a = m.actor();
            if (a.country() != null || !a.code().startsWith("---") || !lends(m) || generic(m) || international(m)
                    || weapon(m) || foreign.contains(m)) {
                continue;
            }
            String c = a.name() == null ? null : people.get(a.name());
            String how = "context";
            if (c != null) {
                how = m.how();
            } else if (!m.how().equals("coref") && !m.how().equals("surname")) {
                Set<String> here = all.getOrDefault(m.sentence(), Set.of());
                Set<String> lent = lenders.getOrDefault(m.sentence(), Set.of());
                if (here.size() == 1 && lent.size() == 1) {
                    c = lent.iterator().next();
                } else if (here.isEmpty() || lent.isEmpty() && here.size() == 1 && here.contains(dominant)) {
                    // no country named, or only the article's own by a named person or body
                    // ("Zelensky gathered military commanders" in an article about Ukraine)
                    c = dominant;
                }
                if (c != null && a.name() != null) {
                    people.put(a.name(), c);
                }
            }
            if (c != null) {
                Actor filled = new Actor(c + a.code().substring(3), c, a.roles(), a.name());
                out.set(i, new ActorMention(m.span(), m.text(), m.sentence(), filled, how));
            }
        }
    }

    /**
     * The country named most often, more than any other and at least twice by unnamed words (a
     * weight of 4: 2 for each place or adjective, 1 for each named person or body); else null.
     */
    private static String dominant(Map<String, Integer> counts) {
        String dominant = null;
        int best = 3;
        boolean tie = false;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > best) {
                dominant = e.getKey();
                best = e.getValue();
                tie = false;
            } else if (e.getValue() == best && dominant != null) {
                tie = true;
            }
        }
        return tie ? null : dominant;
    }

    /**
     * Monitors, inspectors and peacekeepers come from elsewhere by definition: the countries
     * around them are where they work ("the peacekeeping force in Lebanon, despite Israel's wish");
     * an international body is of no one country.
     */
    private boolean international(ActorMention m) {
        if (m.actor().roles().contains("IGO") || Norm.key(m.text()).contains("peacekeep")) {
            return true;
        }
        // "an international tribunal", "multinational forces": of no one country
        for (String word : Norm.words(m.text())) {
            if (words.is(Name.SUPRANATIONAL, Norm.key(word))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Abusive governments", "presidents", "foreign ministers": offices of many countries at once,
     * no one country's (a country has one foreign minister, so several are of several countries).
     */
    private boolean generic(ActorMention m) {
        if (words.is(Name.GENERIC, head(m))) {
            return true;
        }
        List<String> w = Norm.words(m.text());
        return w.size() >= 2 && head(m).endsWith("s") && words.is(Name.SOLE_OFFICE, Norm.key(w.get(w.size() - 2)));
    }

    /** "Drones struck Kyiv": a weapon is the country's that fires it, which the places around it do not tell. */
    private boolean weapon(ActorMention m) {
        return words.is(Name.WEAPON, head(m));
    }

    /** The normalised last word of a mention. */
    private static String head(ActorMention m) {
        String t = m.text();
        int sp = t.lastIndexOf(' ');
        return Norm.key(sp < 0 ? t : t.substring(sp + 1));
    }

    /** Whether "-based" follows a position of the text ("a UK-based group"). */
    private boolean based(int at) {
        int i = at;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        if (i >= text.length() || text.charAt(i) != '-') {
            return false;
        }
        i++;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return text.regionMatches(true, i, "based", 0, 5);
    }

    /** Which actors of unknown country take one from their context: people and groups with a role, peoples. */
    private static boolean lends(ActorMention m) {
        return m.actor().name() != null || !m.actor().roles().isEmpty() || m.how().equals("adjective");
    }
}

package org.herald.actors.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.herald.model.Actor;
import org.herald.model.ActorMention;
import org.herald.model.Sentence;
import org.herald.model.Span;
import org.herald.model.Token;

/**
 * Resolves the actor mentions of one article. First pass: longest aliases from the trie at each
 * token, which also tells which people are named in full. Then a left-to-right walk that composes
 * phrases: {@code [the] [modifier ('s) (and modifier)*] [skip words] [role nouns] [person]}.
 */
public final class Resolution {

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "him");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "to", "from", "near", "outside",
            "into", "toward", "towards", "via", "across", "around", "inside", "through", "visit", "visited");
    private static final Map<String, Integer> NUMBERS = Map.of("two", 2, "three", 3, "four", 4, "both", 2);
    private static final Set<String> AND = Set.of("and", "or", ",", "&");
    private static final Set<String> POSSESSIVES = Set.of("its", "their");
    private static final Set<String> DESTINATIONS = Set.of("to", "visit", "visited", "visiting", "visits", "toward",
            "towards", "into");
    private static final Set<String> GENERIC = Set.of("governments", "presidents", "parliaments", "regimes",
            "administrations", "monarchs", "kings", "militaries", "armies", "countries", "nations", "states");
    /** Words that make a group a team or a club, not part of a state: "Irish rugby union" is no trade union. */
    private static final Set<String> PASTIMES = Set.of("rugby", "football", "soccer", "cricket", "tennis", "golf",
            "basketball", "baseball", "hockey", "athletics", "olympic", "sports", "sport", "boxing", "cycling", "chess",
            "swimming", "ski", "skiing", "racing", "film", "music", "fashion", "art", "theatre", "theater", "dance",
            "games", "gaming", "fan", "fans", "league", "cup");
    private static final Set<String> LED = Set.of("led", "commanded");
    /** "Russian-made rockets": where a thing was made names no actor. */
    private static final Set<String> MADE = Set.of("made", "built", "designed", "manufactured", "supplied");
    private static final Set<String> ARMED = Set.of("REB", "INS", "MIL", "COP", "CRM", "SPY");
    private static final Set<String> ACTS = Set.of("attack", "attacks", "activity", "activities", "operation",
            "operations", "act", "acts", "war", "warfare", "tactics", "violence", "threat", "threats", "campaign",
            "campaigns", "offensive", "bombing", "bombings", "plot", "plots", "financing", "training", "insurgency",
            "uprising", "organisation", "organization", "network", "networks");
    /** Civilians who are, by the word, from elsewhere: "settlers in the West Bank", "tourists in Egypt". */
    private static final Set<String> ABROAD = Set.of("settlers", "settler", "tourists", "tourist", "expatriates",
            "expatriate", "nationals", "foreigners", "pilgrims");
    /** Words between "in" and a place that only say where in it: "in southern Serbia". */
    private static final Set<String> QUARTERS = Set.of("north", "south", "east", "west", "northern", "southern",
            "eastern", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern",
            "north-east", "north-west", "south-east", "south-west");
    /** Heads of the names of facilities and events, after a place's name (see facility()). */
    private static final Set<String> FACILITIES = Set.of("bridge", "street", "square", "avenue", "road", "highway",
            "airport", "hotel", "stadium", "park", "canal", "river", "valley", "mountains", "bay", "cup", "open",
            "games", "prize", "festival", "marathon", "championship", "championships", "masters", "trophy", "derby",
            "grand", "tower", "towers", "gate", "station", "museum");
    /** Heads of the names of civil society bodies (see civilBodies()). */
    private static final Set<String> CIVIL = Set.of("association", "forum", "foundation", "institute", "federation",
            "society", "network", "centre", "center", "watch", "organization", "organisation", "fund", "campaign",
            "initiative");
    private static final List<String> LOCATED = List.of("REB", "OPP", "CVL", "REF", "LAB", "GOV", "JUD", "LEG", "COP",
            "POL", "ELI", "HLH", "EDU", "REL");
    /** How many sentences back a pronoun or "the leader" may look for its person. */
    private static final int COREF_WINDOW = 3;

    private final KnowledgeBase kb;
    private final String text;
    private final LocalDate date;

    /** Named people so far, latest last, with the sentence they were last named in. */
    private final LinkedHashMap<String, Named> history = new LinkedHashMap<>();
    private final List<ActorMention> out = new ArrayList<>();
    /** Places named as where someone goes ("flew to France"): they say nothing of who goes. */
    private final Set<ActorMention> destinations = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** Where "in" after a group that is often abroad starts ("troops in Iraq"): the place lends no country. */
    private final Set<Integer> elsewhere = new java.util.HashSet<>();
    /** The country or body named most recently, for "its troops", "their government". */
    private Named lastBody;

    private record Named(Actor actor, int sentence) {
    }

    private record Piece(Kind kind, int start, int end, Entry entry, String how, List<String> names) {
    }

    private record Words(List<String> keys, List<String> words) {
    }

    public Resolution(KnowledgeBase kb, String text, LocalDate date) {
        this.kb = kb;
        this.text = text;
        this.date = date;
    }

    public List<ActorMention> run(List<Sentence> sentences) {
        List<Words> words = new ArrayList<>(sentences.size());
        List<Piece[]> pieces = new ArrayList<>(sentences.size());
        Map<String, List<String>> surnames = new HashMap<>();
        for (Sentence s : sentences) {
            Words w = words(s);
            words.add(w);
            Piece[] at = new Piece[s.tokens().size()];
            int i = 0;
            while (i < at.length) {
                Trie.Match m = kb.trie().longest(w.keys(), w.words(), i);
                if (m == null) {
                    i++;
                    continue;
                }
                List<Entry> entries = new ArrayList<>(m.aliases().size());
                boolean canonical = false;
                for (Trie.Alias a : m.aliases()) {
                    entries.add(a.entry());
                }
                Entry e = KnowledgeBase.choose(entries, date);
                for (Trie.Alias a : m.aliases()) {
                    if (a.entry() == e) {
                        canonical = a.canonical();
                    }
                }
                at[i] = new Piece(e.kind(), i, m.end(), e, canonical ? "name" : "alias", null);
                if (e.kind() == Kind.PERSON) {
                    for (String sn : e.surnames()) {
                        List<String> names = surnames.computeIfAbsent(Norm.key(sn), k -> new ArrayList<>());
                        if (!names.contains(e.name())) {
                            names.add(e.name());
                        }
                    }
                }
                i = m.end();
            }
            pieces.add(at);
        }
        for (int si = 0; si < sentences.size(); si++) {
            markSurnames(pieces.get(si), words.get(si), surnames);
        }
        for (int si = 0; si < sentences.size(); si++) {
            compose(sentences.get(si), words.get(si), pieces.get(si));
        }
        lendCountries();
        return out;
    }

    /**
     * An actor of unknown country ("President Levy Mwanawasa" when the base does not know him,
     * "Judge Alejandro Rivera", "the opposition") takes the country its context makes plain, as
     * a human coder would: the one country named in its sentence, or, when the sentence names
     * none, the country the article is about (named at least twice, more than any other). Only
     * unnamed words lend: places, country names and adjectives, composed phrases ("the Turkish
     * government"). A named person's or body's country makes a sentence ambiguous but does not
     * lend on its own: "... met Russian Foreign Minister Sergei Lavrov" says nothing of who met
     * him. Neither a destination ("flew to France") nor a base ("a UK-based group") says whose
     * an actor is.
     */
    private void lendCountries() {
        Map<Integer, Set<String>> all = new HashMap<>();
        Map<Integer, Set<String>> lenders = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (ActorMention m : out) {
            String c = m.actor().country();
            if (!kb.isCountry(c) || destinations.contains(m) || elsewhere.contains(m.span().start()) || based(m.span().end())) {
                continue;
            }
            all.computeIfAbsent(m.sentence(), k -> new java.util.HashSet<>()).add(c);
            if (m.actor().name() == null) {
                lenders.computeIfAbsent(m.sentence(), k -> new java.util.HashSet<>()).add(c);
                counts.merge(c, 1, Integer::sum);
            }
        }
        String dominant = null;
        int best = 1;
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
        if (tie) {
            dominant = null;
        }
        // a person keeps the country first found for them: "he", "Velan" later take it too
        Map<String, String> people = new HashMap<>();
        for (int i = 0; i < out.size(); i++) {
            ActorMention m = out.get(i);
            Actor a = m.actor();
            if (a.country() != null || !a.code().startsWith("---") || !lends(m) || generic(m) || international(m)) {
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
                } else if (here.isEmpty()) {
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
     * Monitors, inspectors and peacekeepers come from elsewhere by definition: the countries
     * around them are where they work ("the peacekeeping force in Lebanon, despite Israel's wish").
     */
    private static boolean international(ActorMention m) {
        return m.actor().roles().contains("IGO") || Norm.key(m.text()).contains("peacekeep");
    }

    /** "Abusive governments", "presidents": offices of many countries at once, no one country's. */
    private static boolean generic(ActorMention m) {
        String t = m.text();
        int sp = t.lastIndexOf(' ');
        return GENERIC.contains(Norm.key(sp < 0 ? t : t.substring(sp + 1)));
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

    private static Words words(Sentence s) {
        List<String> keys = new ArrayList<>(s.tokens().size());
        List<String> ws = new ArrayList<>(s.tokens().size());
        for (Token t : s.tokens()) {
            ws.add(t.word());
            keys.add(Norm.key(t.word()));
        }
        return new Words(keys, ws);
    }

    /**
     * A surname of a person named in full somewhere in the article stands for that person; right
     * after a title ("President Kagame") any surname in the base does.
     */
    private void markSurnames(Piece[] at, Words w, Map<String, List<String>> surnames) {
        int i = 0;
        Piece prev = null;
        while (i < at.length) {
            if (at[i] != null) {
                prev = at[i];
                i = at[i].end();
                continue;
            }
            String word = w.words().get(i);
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                List<String> names = surnames.get(w.keys().get(i));
                boolean last = i + 1 >= at.length || w.words().get(i + 1).isEmpty()
                        || !Character.isUpperCase(w.words().get(i + 1).charAt(0));
                if (names == null && last && prev != null && prev.end() == i && prev.kind() == Kind.TITLE
                        && !prev.entry().code().isEmpty()) {
                    List<String> holders = inOffice(kb.bySurname(w.keys().get(i)));
                    if (holders.size() == 1) {
                        names = holders;
                        surnames.put(w.keys().get(i), names);
                    }
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

    private void compose(Sentence s, Words w, Piece[] at) {
        List<Token> toks = s.tokens();
        int n = toks.size();
        civilBodies(toks, w, at);
        int i = 0;
        while (i < n) {
            int start = i;
            int j = i;
            boolean det = at[j] == null && DETERMINERS.contains(w.keys().get(j));
            boolean definite = det && w.keys().get(j).equals("the");
            Actor owner = null;
            if (!det && at[j] == null && POSSESSIVES.contains(w.keys().get(j)) && lastBody != null
                    && s.index() - lastBody.sentence() <= 1) {
                owner = lastBody.actor();
                j++;
            }
            if (det) {
                j++;
            }
            while (j < n && at[j] != null && at[j].kind() == Kind.SKIP) {
                j = at[j].end();
            }
            int count = 0;
            if (j < n && w.keys().get(j).equals("both")) {
                count = 2;
                j++;
            }
            List<Piece> mods = new ArrayList<>();
            while (j < n && at[j] != null && at[j].kind().modifies()) {
                Piece m = at[j];
                j = m.end();
                if ((m.kind() == Kind.REGION || m.kind() == Kind.ADJ && !kb.isCountry(m.entry().code()))
                        && !m.entry().code().equals("---") && j < n && at[j] != null && places(at[j].kind())) {
                    // "western Cambodia": the region word only says where in the country
                    continue;
                }
                if (nation(m) && j < n && at[j] != null && at[j].kind() == Kind.ADJ
                        && !at[j].entry().code().equals(m.entry().code())) {
                    // "Iraqi Kurds", "Bosnian Serb forces": a people within a country is that country's
                    j = at[j].end();
                    m = extend(m, j);
                }
                if (j + 1 < n && w.keys().get(j).equals("-") && LED.contains(w.keys().get(j + 1))) {
                    // "Vietnamese-led forces", "a Saudi-led coalition"
                    j += 2;
                    m = extend(m, j);
                }
                mods.add(m);
                if (j < n && (w.keys().get(j).equals("'s") || w.keys().get(j).equals("'"))) {
                    j++;
                }
                if (j + 1 < n && AND.contains(w.keys().get(j)) && at[j + 1] != null && at[j + 1].kind().modifies()
                        && !people(m, w)) {
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
                        && at[k + 1].kind().isRole() && plainWord(toks.get(k))) {
                    // "Russian helicopter gunships", "the Iraqi oil minister": one word may stand between
                    gap = true;
                    k++;
                } else if (p != null && p.kind() == Kind.SKIP) {
                    k = p.end();
                } else if (p == null && NUMBERS.containsKey(w.keys().get(k))) {
                    count = NUMBERS.get(w.keys().get(k));
                    k++;
                } else if (p == null && toks.get(k).pos().equals("CD") && w.keys().get(k).matches("\\d+")) {
                    k++;
                } else if (p != null && p.kind().isRole() && !adjunct(p, toks, at)) {
                    roles.add(p);
                    k = p.end();
                    end = k;
                } else {
                    break;
                }
            }
            int pp = roles.isEmpty() ? j : end;
            Piece home = ethnicHome(w, at, start, mods, pp);
            Piece person = pp < n && at[pp] != null && at[pp].kind() == Kind.PERSON ? at[pp] : null;
            if (person != null && (!mods.isEmpty() || !roles.isEmpty() || j == pp)) {
                int from = mods.isEmpty() && roles.isEmpty() ? person.start() : start;
                if (mods.size() > 1) {
                    // "between Syria and Palestinian leader Yasser Arafat": one person has one
                    // country, the nearest; the modifiers before it are actors of their own
                    for (int x = 0; x < mods.size() - 1; x++) {
                        Piece m = mods.get(x);
                        int f = x == 0 ? start : m.start();
                        emitAlone(s, f, m, f > 0 ? w.keys().get(f - 1) : "");
                    }
                    from = mods.get(mods.size() - 1).start();
                    mods = List.of(mods.get(mods.size() - 1));
                }
                emitPerson(s, from, mods, roles, person);
                i = person.end();
                continue;
            }
            if (!roles.isEmpty()) {
                if (mods.isEmpty() && owner == null && end < n && at[end] != null && at[end].kind() == Kind.ORG) {
                    // "the rebel Kurdistan Workers' Party": the organisation is the head
                    emitAlone(s, start, at[end], start > 0 ? w.keys().get(start - 1) : "");
                    i = at[end].end();
                    continue;
                }
                int nameEnd = pp;
                while (nameEnd < n && "PERSON".equals(toks.get(nameEnd).ner()) && at[nameEnd] == null) {
                    nameEnd++;
                }
                int after = Math.max(end, nameEnd);
                int spanEnd = after;
                String link = after + 1 < n ? w.keys().get(after) : "";
                int q = after + 1;
                while (q < n && at[q] == null && (DETERMINERS.contains(w.keys().get(q))
                        || NUMBERS.containsKey(w.keys().get(q)) || w.keys().get(q).matches("\\d+"))) {
                    q++;
                }
                if (mods.isEmpty() && owner == null && q < n && link.equals("in") && !located(roles, w)
                        && at[q] != null && at[q].kind().modifies()) {
                    // "troops in Iraq": where they are does not say whose they are
                    elsewhere.add(s.tokens().get(after + 1).span().start());
                } else if (mods.isEmpty() && owner == null && q < n
                        && (link.equals("of") || link.equals("from") || link.equals("in") && located(roles, w))
                        && at[q] != null && at[q].kind().modifies() && !adjectiveOfNoun(at, at[q], w, n)
                        && !possessor(at[q], w, n)) {
                    // "the president of Armenia", "King Hassan of Morocco", "a court in Guyana",
                    // "doctors from two American aid groups"
                    Piece m = at[q];
                    spanEnd = m.end();
                    if (m.kind() != Kind.ORG && m.kind() != Kind.SEAT) {
                        while (spanEnd < n && at[spanEnd] != null
                                && (at[spanEnd].kind() == Kind.SKIP || at[spanEnd].kind() == Kind.ROLE)) {
                            spanEnd = at[spanEnd].end();
                        }
                    }
                    mods = List.of(m);
                }
                if (home != null) {
                    mods = List.of(home);
                    spanEnd = Math.max(spanEnd, home.end());
                }
                if (owner != null && mods.isEmpty()) {
                    emitOwned(s, start, owner, roles, after, nameEnd > end ? nameEnd : end);
                } else {
                    emitRoles(s, start, definite, count, mods, roles, end, nameEnd, spanEnd);
                }
                i = spanEnd;
                continue;
            }
            if (mods.size() == 1 && j + 1 < n && w.keys().get(j).equals("-") && MADE.contains(w.keys().get(j + 1))) {
                // "Russian-made Katyusha rockets"
                i = j + 2;
                continue;
            }
            if (!mods.isEmpty() && facility(w, j)) {
                // "the Europe Bridge", "the Australian Open"
                i = j + 1;
                continue;
            }
            if (home != null) {
                emitAlone(s, start, home, start > 0 ? w.keys().get(start - 1) : "");
                i = home.end();
                continue;
            }
            if (!mods.isEmpty()) {
                boolean first = true;
                for (Piece m : mods) {
                    int from = first ? start : m.start();
                    first = false;
                    String prev = from > 0 ? w.keys().get(from - 1) : "";
                    emitAlone(s, from, m, prev);
                }
                i = j;
                continue;
            }
            if (at[i] != null && at[i].kind() == Kind.PERSON) {
                emitPerson(s, i, List.of(), List.of(), at[i]);
                i = at[i].end();
                continue;
            }
            if (at[i] == null && "PERSON".equals(toks.get(i).ner()) && Character.isUpperCase(w.words().get(i).charAt(0))) {
                // "President Marku Velan ... Velan said": a person the base does not know, named again
                int e = i;
                while (e < n && at[e] == null && "PERSON".equals(toks.get(e).ner())) {
                    e++;
                }
                Named same = namedBefore(text.substring(toks.get(i).span().start(), toks.get(e - 1).span().end()));
                if (same != null) {
                    add(s, i, e, same.actor(), "surname");
                    remember(same.actor(), s.index());
                    i = e;
                    continue;
                }
            }
            if (PRONOUNS.contains(w.keys().get(i)) && toks.get(i).pos().startsWith("PRP") || PRONOUNS.contains(w.keys().get(i)) && toks.get(i).pos().isEmpty()) {
                Named last = lastNamed(s.index(), null);
                if (last != null) {
                    add(s, i, i + 1, last.actor(), "coref");
                }
            }
            i++;
        }
    }

    private void emitPerson(Sentence s, int start, List<Piece> mods, List<Piece> roles, Piece person) {
        Entry e = person.entry();
        if (person.names() != null && person.names().size() > 1) {
            e = latestBySurname(person.names(), e);
        }
        Actor a = KnowledgeBase.actor(e, date);
        List<String> role = roleOf(roles);
        if (a.roles().isEmpty() && !role.isEmpty()) {
            a = KnowledgeBase.compose(a, role, a.name());
        }
        String how = !mods.isEmpty() || !roles.isEmpty() ? "title" : person.how();
        add(s, start, person.end(), a, how);
        remember(a, s.index());
    }

    /** Among people who share a surname, the one named most recently. */
    private Entry latestBySurname(List<String> names, Entry fallback) {
        String latest = null;
        for (String named : history.keySet()) {
            if (names.contains(named)) {
                latest = named;
            }
        }
        return latest == null ? fallback : KnowledgeBase.choose(kb.person(latest), date);
    }

    /**
     * Roles whose people or bodies belong where they are: "rebels in Darfur", "protesters in
     * Minsk", "a court in Guyana", "police in Jericho" (not troops, envoys or reporters, who are
     * often abroad; not a weak title such as "officials").
     */
    private static boolean located(List<Piece> roles, Words w) {
        Entry head = strongest(roles);
        if (head == null || head.weak()) {
            return false;
        }
        for (Piece p : roles) {
            if (ABROAD.contains(w.keys().get(p.end() - 1))) {
                return false;
            }
        }
        List<String> r = roleOf(roles);
        for (String x : LOCATED) {
            if (r.contains(x)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An adjective that modifies the noun after it ("victims of the Rwandan genocide") names
     * no country the phrase belongs to; a role noun after it ("of the Rwandan army") does.
     */
    private static boolean adjectiveOfNoun(Piece[] at, Piece m, Words w, int n) {
        if (m.kind() != Kind.ADJ || m.end() >= n || at[m.end()] != null) {
            return false;
        }
        String next = w.words().get(m.end());
        return !next.isEmpty() && Character.isLetter(next.charAt(0)) && Character.isLowerCase(next.charAt(0));
    }

    /**
     * "Ethnic Albanians in southern Serbia", "ethnic Serb civilians in Croatia": a people named as
     * such and placed in a country is that country's, as "Croatian Serbs" are (the word "ethnic"
     * is needed: "Americans in Iraq" are not Iraq's). The place, read as an adjective over the
     * whole phrase; null when the phrase is not of this shape.
     */
    private static Piece ethnicHome(Words w, Piece[] at, int start, List<Piece> mods, int after) {
        if (mods.size() != 1 || mods.get(0).kind() != Kind.ADJ || after >= at.length
                || !w.keys().get(after).equals("in")) {
            return null;
        }
        boolean ethnic = false;
        for (int x = start; x < mods.get(0).start(); x++) {
            ethnic |= w.keys().get(x).equals("ethnic");
        }
        int q = after + 1;
        while (q < at.length && at[q] == null
                && (DETERMINERS.contains(w.keys().get(q)) || QUARTERS.contains(w.keys().get(q)))) {
            q++;
        }
        if (!ethnic || q >= at.length || at[q] == null || !places(at[q].kind())) {
            return null;
        }
        Piece place = at[q];
        return new Piece(Kind.ADJ, mods.get(0).start(), place.end(), place.entry(), "composition", null);
    }

    /**
     * A title used as a noun adjunct names no one: "a prisoner exchange", "the refugee camp"
     * (a lower-case common noun right after it, itself no role). An armed one only before a
     * kind of act ("terrorist activities", "militant attacks"): "guerrilla bases" and "terrorist
     * camps" are where the guerrillas and terrorists are, and CAMEO codes an attack on them as
     * one on the group.
     */
    private static boolean adjunct(Piece p, List<Token> toks, Piece[] at) {
        if (p.kind() != Kind.TITLE || p.end() >= toks.size() || at[p.end()] != null) {
            return false;
        }
        Token next = toks.get(p.end());
        String w = next.word();
        if (ARMED.contains(p.entry().code()) && !ACTS.contains(Norm.key(w))) {
            return false;
        }
        return next.pos().startsWith("NN") && !next.pos().startsWith("NNP") && !w.isEmpty()
                && Character.isLowerCase(w.charAt(0));
    }

    /**
     * "The deputy chief of Israel's militia ally": a country with 's owns the noun after it,
     * not the role before it.
     */
    private static boolean possessor(Piece m, Words w, int n) {
        return m.end() < n && (w.keys().get(m.end()).equals("'s") || w.keys().get(m.end()).equals("'"));
    }

    /**
     * "The Europe Bridge", "the Australian Open": a place's name at the head of the name of a
     * facility or an event is no actor.
     */
    private static boolean facility(Words w, int at) {
        if (at >= w.words().size()) {
            return false;
        }
        String word = w.words().get(at);
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && FACILITIES.contains(w.keys().get(at));
    }

    /**
     * A named body the base does not know, of no stated country, whose name says it is a civil
     * society body ("the Third World Water Forum", "the Association of Andean Jurists") is coded
     * NGO, as CAMEO codes such bodies; the tagger's ORGANIZATION or capitalised proper nouns
     * name it. A country, city or
     * known body inside the name ("the Nigerian Union of Teachers") leaves it to composition.
     */
    private void civilBodies(List<Token> toks, Words w, Piece[] at) {
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
            while (e < n && (named(toks.get(e)) || w.keys().get(e).equals("of") && e + 1 < n && named(toks.get(e + 1)))) {
                Piece p = at[e];
                if (p != null && !(p.kind() == Kind.REGION || p.kind() == Kind.SKIP || p.kind().isRole()
                        || p.kind() == Kind.ADJ && !kb.isCountry(p.entry().code()) && !p.entry().code().equals("---"))) {
                    plain = false;
                }
                if (of < 0 && w.keys().get(e).equals("of")) {
                    of = e;
                }
                e = p != null && p.end() > e ? p.end() : e + 1;
            }
            int head = of > i ? of - 1 : e - 1;
            if (plain && e - i >= 2 && CIVIL.contains(w.keys().get(head)) && !inside(at, i)) {
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

    /**
     * A plural demonym is a noun ("Turkish Cypriots, Zairian troops"): it shares no role named
     * after the next modifier, as an adjective does ("Hungarian and Romanian officials").
     */
    private static boolean people(Piece m, Words w) {
        String last = w.keys().get(m.end() - 1);
        return m.kind() == Kind.ADJ && last.endsWith("s") && !last.endsWith("ss");
    }

    /** A lower-case noun or adjective (not a verb, preposition or name), as far as the tags tell. */
    private static boolean plainWord(Token t) {
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
        return (pos.isEmpty() || pos.startsWith("NN") || pos.startsWith("JJ")) && !PASTIMES.contains(Norm.key(w));
    }

    /** Pieces that name a country or a place in it. */
    private static boolean places(Kind k) {
        return k == Kind.COUNTRY || k == Kind.ADJ || k == Kind.CITY || k == Kind.CAPITAL;
    }

    /** A country's name or adjective (not a region's, a city's or an organisation's). */
    private boolean nation(Piece m) {
        return (m.kind() == Kind.COUNTRY || m.kind() == Kind.ADJ) && m.entry().code().length() == 3
                && kb.isCountry(m.entry().code());
    }

    private static Piece extend(Piece m, int end) {
        return new Piece(m.kind(), m.start(), end, m.entry(), m.how(), m.names());
    }

    /** "its troops", "their government": the body named just before, with the role. */
    private void emitOwned(Sentence s, int start, Actor owner, List<Piece> roles, int last, int nameEnd) {
        List<String> role = roleOf(roles);
        if (role.isEmpty()) {
            return;
        }
        add(s, start, last, KnowledgeBase.compose(owner, role, null), "coref");
    }

    private void emitRoles(Sentence s, int start, boolean det, int count, List<Piece> mods, List<Piece> roles,
                           int end, int nameEnd, int spanEnd) {
        List<String> role = roleOf(roles);
        boolean personal = roles.get(roles.size() - 1).kind() == Kind.TITLE;
        String name = nameEnd > end ? text.substring(s.tokens().get(end).span().start(),
                s.tokens().get(nameEnd - 1).span().end()) : null;
        int last = spanEnd;
        if (!mods.isEmpty()) {
            for (Piece m : mods) {
                Actor a = KnowledgeBase.compose(modifier(m), role, name);
                String how = "composition";
                if (name == null && personal && det && mods.size() == 1 && count == 0) {
                    Named same = lastNamed(s.index(), a.code());
                    if (same != null) {
                        a = same.actor();
                        how = "coref";
                    }
                }
                ActorMention added = add(s, start, last, a, how);
                if (name != null) {
                    remember(a, s.index());
                } else if (personal && count == 0 && how.equals("composition") && mods.size() == 1) {
                    // "a senior British minister ... as he left": one unnamed person is "he" too
                    history.put("\u0000" + added.span().start(), new Named(a, s.index()));
                }
                lastBody = new Named(modifier(m), s.index());
            }
            return;
        }
        Entry head = strongest(roles);
        if (name != null) {
            if (!role.isEmpty() && !head.weak()) {
                Actor a = KnowledgeBase.compose(KnowledgeBase.entity("---", null), role, name);
                add(s, start, last, a, "title");
                remember(a, s.index());
            }
            return;
        }
        if (personal) {
            if (count >= 2) {
                List<Named> people = new ArrayList<>(history.values());
                int taken = 0;
                for (int h = people.size() - 1; h >= 0 && taken < count; h--) {
                    if (s.index() - people.get(h).sentence() <= COREF_WINDOW * 2) {
                        add(s, start, last, people.get(h).actor(), "coref");
                        taken++;
                    }
                }
                if (taken > 0) {
                    return;
                }
            } else if (det && !role.isEmpty()) {
                Named same = lastWithRole(s.index(), role);
                if (same != null) {
                    add(s, start, last, same.actor(), "coref");
                    return;
                }
            }
            if (head == null || head.weak()) {
                return;
            }
        }
        if (!role.isEmpty() && (role.get(0).equals("IGO") || role.get(0).equals("NGO"))) {
            // "a human rights group", "international monitors": CAMEO codes a body of no stated
            // country by its kind, as it codes a named one (NGO, IGO)
            add(s, start, last, KnowledgeBase.entity(String.join("", role), null), "role");
        } else if (!role.isEmpty() && Norm.key(text.substring(s.tokens().get(start).span().start(),
                s.tokens().get(last - 1).span().end())).contains("peacekeep")) {
            // "a regional peacekeeping force": peacekeepers of no stated country are an IGO's
            add(s, start, last, KnowledgeBase.compose(KnowledgeBase.entity("IGO", null), role, null), "role");
        } else if (!role.isEmpty()) {
            add(s, start, last, KnowledgeBase.compose(KnowledgeBase.entity("---", null), role, null), "role");
        }
    }

    private void emitAlone(Sentence s, int from, Piece m, String prev) {
        Entry e = m.entry();
        Actor a = KnowledgeBase.actor(e, date);
        String how = m.how();
        switch (m.kind()) {
            case CAPITAL -> {
                if (PLACE_PREPOSITIONS.contains(prev)) {
                    how = "place";
                } else {
                    a = KnowledgeBase.compose(a, List.of("GOV"), null);
                    how = "metonym";
                }
            }
            case SEAT -> how = "metonym";
            case CITY -> how = "place";
            case ADJ -> how = "adjective";
            default -> {
            }
        }
        ActorMention added = add(s, from, m.end(), a, how);
        if (DESTINATIONS.contains(prev) && (m.kind() == Kind.COUNTRY || m.kind() == Kind.CAPITAL
                || m.kind() == Kind.CITY)) {
            destinations.add(added);
        }
        if (m.kind() != Kind.CITY && m.kind() != Kind.ADJ) {
            lastBody = new Named(modifier(m), s.index());
        }
    }

    /** What a modifier contributes to a composed phrase: a country, or a body with its own roles. */
    private Actor modifier(Piece m) {
        Actor a = KnowledgeBase.actor(m.entry(), date);
        return switch (m.kind()) {
            case SEAT, ORG, REGION -> a;
            default -> KnowledgeBase.entity(a.country() == null ? "---" : a.country(), null);
        };
    }

    /** The role of a phrase: the last strong role noun, else the last weak one. */
    private static List<String> roleOf(List<Piece> roles) {
        Entry e = strongest(roles);
        if (e == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 3 <= e.code().length(); i += 3) {
            out.add(e.code().substring(i, i + 3));
        }
        return out;
    }

    private static Entry strongest(List<Piece> roles) {
        Entry strong = null;
        Entry weak = null;
        for (Piece p : roles) {
            Entry e = p.entry();
            if (e.code().isEmpty()) {
                continue;
            }
            if (e.weak()) {
                weak = e;
            } else {
                strong = e;
            }
        }
        return strong != null ? strong : weak;
    }

    private void remember(Actor a, int sentence) {
        if (a.name() == null) {
            return;
        }
        history.remove(a.name());
        history.put(a.name(), new Named(a, sentence));
    }

    /** The person named most recently within the window, with the given code when one is given. */
    private Named lastNamed(int sentence, String code) {
        Named found = null;
        for (Named n : history.values()) {
            if (sentence - n.sentence() <= COREF_WINDOW && (code == null || n.actor().code().equals(code))) {
                found = n;
            }
        }
        return found;
    }

    /** A person named earlier in the article (not from the base) whose name is, or ends with, these words. */
    private Named namedBefore(String words) {
        Named found = null;
        for (Map.Entry<String, Named> e : history.entrySet()) {
            String name = e.getKey();
            if (kb.person(name).isEmpty() && (name.equals(words) || name.endsWith(" " + words))) {
                found = e.getValue();
            }
        }
        return found;
    }

    private Named lastWithRole(int sentence, List<String> role) {
        Named found = null;
        for (Named n : history.values()) {
            if (sentence - n.sentence() <= COREF_WINDOW && n.actor().roles().containsAll(role)) {
                found = n;
            }
        }
        return found;
    }

    private ActorMention add(Sentence s, int from, int to, Actor a, String how) {
        Span span = new Span(s.tokens().get(from).span().start(), s.tokens().get(to - 1).span().end());
        ActorMention m = new ActorMention(span, span.of(text), s.index(), a, how);
        out.add(m);
        return m;
    }
}

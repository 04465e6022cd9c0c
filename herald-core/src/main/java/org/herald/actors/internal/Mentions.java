package org.herald.actors.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.herald.actors.internal.WordLists.Name;
import org.herald.model.Actor;
import org.herald.model.ActorMention;
import org.herald.model.Sentence;
import org.herald.model.Span;

/**
 * Writes the mentions of read phrases: a modifier alone, a person, role nouns with their
 * modifiers, "its troops". Keeps what the article has named ({@link Memory}) and which mentions
 * say nothing of whose an actor is (destinations, bodies named again, where troops are) for
 * {@link ContextCountries}.
 */
final class Mentions {

    private final String text;
    private final LocalDate date;
    private final WordLists words;
    private final Memory memory;
    private final KnowledgeBase kb;
    private final List<ActorMention> out = new ArrayList<>();
    /** Private persons written by {@link #unknown}, which an apposition after them may still name. */
    private final Set<ActorMention> unknown = new HashSet<>();
    /**
     * Mentions that lend no country to their sentence: places named as where someone goes ("flew
     * to France": they say nothing of who goes), and bodies referred to again ("the troops"), which
     * were named, and lent, before.
     */
    private final Set<ActorMention> mute = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Mentions composed with a named organisation ("Associated Press reporters"): they lend no country. */
    private final Set<ActorMention> named = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Where "in" after a group that is often abroad starts ("troops in Iraq"): the place lends no country. */
    private final Set<Integer> elsewhere = new HashSet<>();
    /** The title words of mentions written with role nouns ("foreign minister"), for {@link Headlines}. */
    private final Map<ActorMention, String> titles = new IdentityHashMap<>();
    /** Role mentions of no country and no name ("ambassador"), which a headline's body may specify. */
    private final Set<ActorMention> bare = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Envoys summoned or expelled ("Tokyo summons ambassador"): the other state's, so context lends them none. */
    private final Set<ActorMention> foreign = Collections.newSetFromMap(new IdentityHashMap<>());

    Mentions(KnowledgeBase kb, String text, LocalDate date, WordLists words, Memory memory) {
        this.kb = kb;
        this.text = text;
        this.date = date;
        this.words = words;
        this.memory = memory;
    }

    List<ActorMention> all() {
        return out;
    }

    Set<ActorMention> mute() {
        return mute;
    }

    Set<Integer> elsewhere() {
        return elsewhere;
    }

    Set<ActorMention> named() {
        return named;
    }

    Map<ActorMention, String> titles() {
        return titles;
    }

    Set<ActorMention> bare() {
        return bare;
    }

    Set<ActorMention> foreign() {
        return foreign;
    }

    /** "Troops in Iraq": the place starting at this offset lends the troops no country. */
    void placeOfOthers(int offset) {
        elsewhere.add(offset);
    }

    /** A modifier standing alone: a country, a capital (its government, or a place after "in"), a seat, a city. */
    void alone(Sentence s, int from, Piece m, String prev) {
        Actor a = KnowledgeBase.actor(m.entry(), date);
        String how = m.how();
        switch (m.kind()) {
            case CAPITAL -> {
                if (words.is(Name.PLACE_PREPOSITION, prev)) {
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
        if (words.is(Name.DESTINATION, prev) && (m.kind() == Kind.COUNTRY || m.kind() == Kind.CAPITAL
                || m.kind() == Kind.CITY)) {
            mute.add(added);
        }
        if (m.kind() != Kind.CITY && m.kind() != Kind.ADJ) {
            memory.body(modifier(m), s.index());
        }
        if (m.kind() == Kind.ORG) {
            memory.rememberBody(a, s.index());
            memory.rememberOrganisation(a, s.index());
            if (m.end() - m.start() >= 2) {
                memory.rememberHead(Norm.key(s.tokens().get(m.end() - 1).word()), a, s.index());
            }
        }
    }

    /**
     * "The executive" after "the Scottish Executive": a definite noun that repeats the last word
     * of an organisation's name names that organisation again (English shortens a body's name to
     * its head noun once it is named), before the noun's own role ("executive" as a business
     * title); like "the court", it lends no country.
     */
    void headAgain(Sentence s, int from, int to, Memory.Named org) {
        mute.add(add(s, from, to, org.actor(), "coref"));
        memory.rememberBody(org.actor(), s.index());
        memory.rememberOrganisation(org.actor(), s.index());
    }

    /**
     * "The group", "the agency": the one organisation named within the window; it lends no
     * country (rule 8), as "the court" does not. Returns whether there was one.
     */
    boolean organisation(Sentence s, int from, int to) {
        Memory.Named same = memory.soleOrganisation(s.index());
        if (same == null) {
            return false;
        }
        mute.add(add(s, from, to, same.actor(), "coref"));
        memory.rememberOrganisation(same.actor(), s.index());
        return true;
    }

    /** A known person, with the role of a title before the name when the person has none. */
    void person(Sentence s, int start, List<Piece> mods, List<Piece> roles, Piece person, KnowledgeBase kb) {
        Entry e = person.entry();
        if (person.names() != null && person.names().size() > 1) {
            // among people who share a surname, the one named most recently
            String latest = memory.latestOf(person.names());
            if (latest != null) {
                e = KnowledgeBase.choose(kb.person(latest), date);
            }
        }
        Actor a = KnowledgeBase.actor(e, date);
        List<String> role = Roles.of(roles);
        if (a.roles().isEmpty() && !role.isEmpty()) {
            a = KnowledgeBase.compose(a, role, a.name());
        }
        String how = !mods.isEmpty() || !roles.isEmpty() ? "title" : person.how();
        ActorMention added = add(s, start, person.end(), a, how);
        if (!roles.isEmpty()) {
            memory.rememberTitle(titleWords(s, roles), a, s.index());
            titles.put(added, titleWords(s, roles));
        }
        memory.remember(a, s.index(), Gender.of(words, wordsOf(s, start, person.start()), Norm.words(e.name()).get(0)));
    }

    /** "its troops", "their government": the body named just before, with the role. */
    void owned(Sentence s, int start, Actor owner, List<Piece> roles, int last) {
        List<String> role = Roles.of(roles);
        if (!role.isEmpty()) {
            add(s, start, last, KnowledgeBase.compose(owner, role, null), "coref");
        }
    }

    /**
     * Role nouns: with modifiers, one mention per modifier ("Hungarian and Romanian officials");
     * with an unknown name after them, a person of unknown country; alone, a person named before
     * ("the president", "the two leaders") or a group of unknown country.
     *
     * @param mods the phrase's modifiers, or the place "of" or "in" named after it
     * @param nameEnd the end of an unknown name after the role nouns
     */
    void roles(Sentence s, int start, Phrase ph, List<Piece> mods, int nameEnd, int spanEnd) {
        boolean definite = ph.definite();
        int count = ph.count();
        List<Piece> roles = ph.roles();
        int end = ph.end();
        List<String> role = Roles.of(roles);
        if (ph.aligned() && role.contains("REB")) {
            // "the pro-government militia": rebels fight the state; this group fights for it
            role = List.of("MIL");
        }
        boolean personal = roles.get(roles.size() - 1).kind() == Kind.TITLE;
        String name = nameEnd > end ? text.substring(s.tokens().get(end).span().start(),
                s.tokens().get(nameEnd - 1).span().end()) : null;
        int last = spanEnd;
        if (!mods.isEmpty()) {
            for (Piece m : mods) {
                Actor a = KnowledgeBase.compose(modifier(m), role, name);
                String how = "composition";
                if (name == null && personal && definite && mods.size() == 1 && count == 0) {
                    Memory.Named same = memory.lastNamed(s.index(), a.code());
                    if (same != null) {
                        a = same.actor();
                        how = "coref";
                    }
                }
                ActorMention added = add(s, start, last, a, how);
                titles.put(added, titleWords(s, roles));
                if (m.kind() == Kind.ORG) {
                    named.add(added);
                }
                if (mods.size() == 1 && count == 0) {
                    memory.rememberTitle(titleWords(s, roles), a, s.index());
                }
                if (name != null) {
                    memory.remember(a, s.index(), Gender.of(words, wordsOf(s, start, end), s.tokens().get(end).word()));
                } else if (personal && count == 0 && how.equals("composition") && mods.size() == 1) {
                    // "a senior British minister ... as he left": one unnamed person is "he" too
                    memory.rememberUnnamed(added.span().start(), a, s.index(), Gender.of(words, wordsOf(s, start, last), null));
                } else if (!personal && mods.size() == 1) {
                    // "a Kenyan court ... the court"
                    memory.rememberBody(a, s.index());
                }
                memory.body(modifier(m), s.index());
            }
            return;
        }
        Entry head = Roles.strongest(roles);
        if (name != null) {
            Memory.Named same = memory.namedBefore(name, kb);
            if (same != null && (role.isEmpty() || head.weak() || same.actor().roles().isEmpty()
                    || same.actor().roles().containsAll(role))) {
                // "Mr Tyndall", "President Mbumba" after the full name: news names a person in
                // full once, then by title (or honorific) and surname; the title agrees or says nothing
                again(s, start, last, same);
                return;
            }
            if (!role.isEmpty()) {
                Actor a = KnowledgeBase.compose(KnowledgeBase.entity("---", null), role, name);
                titles.put(add(s, start, last, a, "title"), titleWords(s, roles));
                memory.remember(a, s.index(), Gender.of(words, wordsOf(s, start, end), s.tokens().get(end).word()));
            } else if (personal) {
                // "Mr Tyndall said", "Lord Carlile said" with no full name before: an honorific
                // names a person, of no known office: a private person, as an unknown full name is
                Actor a = KnowledgeBase.entity("---CVL", name);
                add(s, start, last, a, "name");
                memory.remember(a, s.index(), Gender.of(words, wordsOf(s, start, end), s.tokens().get(end).word()));
            }
            return;
        }
        // "Tokyo summons ambassador", "the envoy was expelled": the other state's envoy, not one named before
        boolean sentAway = personal && words.is(Name.ENVOY, Norm.key(s.tokens().get(end - 1).word())) && expelled(s, start, end);
        if (personal && !sentAway) {
            if (count >= 2) {
                List<Memory.Named> people = memory.lastPeople(s.index(), count);
                for (Memory.Named p : people) {
                    add(s, start, last, p.actor(), "coref");
                }
                if (!people.isEmpty()) {
                    return;
                }
            } else if (definite && !role.isEmpty()) {
                Memory.Named titled = memory.lastTitled(titleWords(s, roles));
                Memory.Named same = head.weak() && titled != null ? null : memory.lastWithRole(s.index(), role);
                if (same != null) {
                    add(s, start, last, same.actor(), "coref");
                    return;
                }
                // a weak title ("the spokesman") tells no role of its holder ("Labour spokesman X" is
                // POL), so only the words name the person again: the last one the article called so
                if (titled != null && (head.weak() || memory.latestHolder(titled, role))) {
                    // "the interior minister" sentences after "Pakistan's interior minister Ali
                    // Khan": the one the article called so, when no one holding the role was named since
                    add(s, start, last, titled.actor(), "coref");
                    return;
                }
            }
            if (head == null || head.weak()) {
                return;
            }
        }
        if (role.isEmpty()) {
            return;
        }
        if (definite && count == 0) {
            Memory.Named same = memory.lastBodyWithRole(s.index(), role);
            if (same != null) {
                // "the court" after "the International Court of Justice"
                mute.add(add(s, start, last, same.actor(), "coref"));
                memory.rememberBody(same.actor(), s.index());
                return;
            }
        }
        Memory.Named titled = count == 0 && !personal ? memory.lastTitled(titleWords(s, roles)) : null;
        if (titled != null) {
            // "police" after "Spanish police", "the bank" after "the US bank": a bare role noun names
            // again the body the article called so before, however long ago (news names a body in full
            // once, then by its kind); it lends no country, as "the court" does not
            mute.add(add(s, start, last, titled.actor(), "coref"));
            return;
        }
        if (role.get(0).equals("IGO") || role.get(0).equals("NGO")) {
            // "a human rights group", "international monitors": CAMEO codes a body of no stated
            // country by its kind, as it codes a named one (NGO, IGO)
            add(s, start, last, KnowledgeBase.entity(String.join("", role), null), "role");
        } else if (Norm.key(text.substring(s.tokens().get(start).span().start(),
                s.tokens().get(last - 1).span().end())).contains("peacekeep")) {
            // "a regional peacekeeping force": peacekeepers of no stated country are an IGO's
            add(s, start, last, KnowledgeBase.compose(KnowledgeBase.entity("IGO", null), role, null), "role");
        } else {
            ActorMention added = add(s, start, last, KnowledgeBase.compose(KnowledgeBase.entity("---", null), role, null), "role");
            titles.put(added, titleWords(s, roles));
            bare.add(added);
            if (sentAway) {
                foreign.add(added);
            }
        }
    }

    /**
     * Whether the phrase {@code [start, end)} is the object of a verb that summons or expels
     * ("summoned the ambassador", "expels two diplomats") or its passive subject ("the ambassador
     * was summoned", "Ambassador summoned over ...").
     */
    private boolean expelled(Sentence s, int start, int end) {
        List<org.herald.model.Token> t = s.tokens();
        if (start > 0 && expelVerb(t.get(start - 1))) {
            return true;
        }
        int k = end;
        while (k < t.size() && words.is(Name.BE, Norm.key(t.get(k).word()))) {
            k++;
        }
        return k < t.size() && expelVerb(t.get(k)) && (k > end || Norm.key(t.get(k).word()).endsWith("ed"));
    }

    private boolean expelVerb(org.herald.model.Token t) {
        return words.is(Name.EXPEL, Norm.key(t.word())) || t.lemma() != null && words.is(Name.EXPEL, Norm.key(t.lemma()));
    }

    /**
     * A person the base does not know and no title names ("Louise Christian said", "Zephyr"):
     * a private person, coded as a civilian ({@code CVL}) as event coders code individuals of no
     * known office, whose country the context may give (docs/actors.md rule 8); remembered by name
     * for "Christian said" and "she".
     */
    void unknown(Sentence s, int from, int to) {
        String name = text.substring(s.tokens().get(from).span().start(), s.tokens().get(to - 1).span().end());
        Actor a = KnowledgeBase.entity("---CVL", name);
        unknown.add(add(s, from, to, a, "name"));
        memory.remember(a, s.index(), Gender.of(words, wordsOf(s, from, to), s.tokens().get(from).word()));
    }

    /** A person the base does not know, named again ("President Marku Velan ... Velan said"). */
    void again(Sentence s, int from, int to, Memory.Named same) {
        add(s, from, to, same.actor(), "surname");
        memory.remember(same.actor(), s.index(), same.gender());
    }

    /**
     * A name the base does not know before its apposition ("Ali Khan, Pakistan's interior
     * minister"): the person holds the title's code, and is remembered by name for "Khan said".
     * Written before the title's mention, in text order.
     */
    void apposition(Sentence s, int from, int to, ActorMention title) {
        String name = text.substring(s.tokens().get(from).span().start(), s.tokens().get(to - 1).span().end());
        Actor t = title.actor();
        Actor a = new Actor(t.code(), t.country(), t.roles(), name);
        Span span = new Span(s.tokens().get(from).span().start(), s.tokens().get(to - 1).span().end());
        // the name was first read as a private person; the apposition says who the person is
        out.removeIf(m -> unknown.contains(m) && m.span().start() == span.start());
        out.add(out.indexOf(title), new ActorMention(span, span.of(text), s.index(), a, "title"));
        memory.remember(a, s.index(), Gender.of(words, wordsOf(s, from, to), s.tokens().get(from).word()));
    }

    /** Whether a private person written by {@link #unknown} starts at this offset (an apposition may still name them). */
    boolean unknownAt(int offset) {
        return unknown.stream().anyMatch(m -> m.span().start() == offset);
    }

    /** Whether a mention written so far covers this offset. */
    boolean covers(int offset) {
        for (int k = out.size() - 1; k >= 0; k--) {
            Span sp = out.get(k).span();
            if (sp.start() <= offset && offset < sp.end()) {
                return true;
            }
        }
        return false;
    }

    /** A pronoun: the person named last. */
    void pronoun(Sentence s, int at, Memory.Named last) {
        add(s, at, at + 1, last.actor(), "coref");
    }

    /** What a modifier contributes to a composed phrase: a country, or a body with its own roles. */
    Actor modifier(Piece m) {
        Actor a = KnowledgeBase.actor(m.entry(), date);
        return switch (m.kind()) {
            case SEAT, ORG, REGION -> a;
            default -> KnowledgeBase.entity(a.country() == null ? "---" : a.country(), null);
        };
    }

    /** The normalised words of the role nouns ("interior minister"). */
    private static String titleWords(Sentence s, List<Piece> roles) {
        StringBuilder b = new StringBuilder();
        for (int i = roles.get(0).start(); i < roles.get(roles.size() - 1).end(); i++) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(Norm.key(s.tokens().get(i).word()));
        }
        return b.toString();
    }

    private static List<String> wordsOf(Sentence s, int from, int to) {
        List<String> out = new ArrayList<>(Math.max(0, to - from));
        for (int i = from; i < to; i++) {
            out.add(s.tokens().get(i).word());
        }
        return out;
    }

    private ActorMention add(Sentence s, int from, int to, Actor a, String how) {
        Span span = new Span(s.tokens().get(from).span().start(), s.tokens().get(to - 1).span().end());
        ActorMention m = new ActorMention(span, span.of(text), s.index(), a, how);
        out.add(m);
        return m;
    }
}

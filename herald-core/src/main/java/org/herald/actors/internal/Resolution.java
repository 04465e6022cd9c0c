package org.herald.actors.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.herald.actors.internal.WordLists.Name;
import org.herald.model.ActorMention;
import org.herald.model.Block;
import org.herald.model.Sentence;
import org.herald.model.Token;

/**
 * Resolves the actor mentions of one article, in named steps:
 * <ol>
 *   <li>{@link Aliases}: the longest alias of the base at each token, which also tells who is named in full;</li>
 *   <li>{@link BlocNames}: "West" heading a longer name ("West Yorkshire") is no bloc;</li>
 *   <li>{@link Surnames}: a surname of someone named in full stands for them;</li>
 *   <li>{@link CivilBodies}: unknown names headed by a civil-society word are NGOs;</li>
 *   <li>composition, left to right: each {@link Phrase} with what follows it (a person, "of
 *       Armenia", "in Darfur") becomes mentions ({@link Mentions}), pronouns and "the president"
 *       taking the people of {@link Memory};</li>
 *   <li>{@link ContextCountries}: actors of unknown country take the one their context makes plain.</li>
 * </ol>
 */
public final class Resolution {

    private final KnowledgeBase kb;
    private final WordLists words;
    private final String text;
    private final LocalDate date;
    private final Shapes shapes;
    private final Memory memory = new Memory();
    private final Mentions mentions;
    /** Where the mentions of the sentence being composed start in {@link Mentions#all}. */
    private int sentenceFrom;

    public Resolution(KnowledgeBase kb, String text, LocalDate date) {
        this.kb = kb;
        this.words = kb.words();
        this.text = text;
        this.date = date;
        this.shapes = new Shapes(kb, words);
        this.mentions = new Mentions(kb, text, date, words, memory);
    }

    public List<ActorMention> run(List<Sentence> sentences) {
        return run(sentences, List.of());
    }

    /** The mentions of an article whose blocks tell its headline and standfirst from its body. */
    public List<ActorMention> run(List<Sentence> sentences, List<Block> blocks) {
        List<Tokens> tokens = new ArrayList<>(sentences.size());
        List<Piece[]> pieces = new ArrayList<>(sentences.size());
        Surnames surnames = new Surnames(kb, date);
        for (Sentence s : sentences) {
            Tokens w = Tokens.of(s);
            tokens.add(w);
            Piece[] at = Aliases.find(kb, date, w, s.tokens(), surnames, text);
            BlocNames.clear(at, w, s.tokens());
            pieces.add(at);
        }
        for (int si = 0; si < sentences.size(); si++) {
            surnames.clearNamesakes(pieces.get(si), tokens.get(si));
            surnames.mark(pieces.get(si), tokens.get(si), sentences.get(si).tokens());
        }
        CivilBodies civil = new CivilBodies(kb, words, text);
        for (int si = 0; si < sentences.size(); si++) {
            civil.mark(sentences.get(si).tokens(), tokens.get(si), pieces.get(si));
            sentenceFrom = mentions.all().size();
            compose(sentences.get(si), tokens.get(si), pieces.get(si));
            memory.subject(si, Salience.subject(sentences.get(si), sentenceMentions(), Integer.MAX_VALUE, memory));
        }
        Set<Integer> lead = new HashSet<>();
        for (Sentence s : sentences) {
            if (s.block() < blocks.size() && blocks.get(s.block()).kind() != Block.Kind.BODY) {
                lead.add(s.index());
            }
        }
        Headlines.specify(mentions.all(), mentions.titles(), mentions.bare(), mentions.foreign(), lead, mentions.mute());
        new ContextCountries(kb, words, text).lend(mentions.all(), mentions.mute(), mentions.elsewhere(), mentions.named(), mentions.foreign());
        return mentions.all();
    }

    private void compose(Sentence s, Tokens w, Piece[] at) {
        List<Token> toks = s.tokens();
        int n = toks.size();
        int i = 0;
        while (i < n) {
            if (at[i] != null && (shapes.topic(at, w, i) || at[i].place() && shapes.featureOf(w, i))) {
                // "the Bundestag's Russia committee", "the Gulf of Oman": a subject, a feature's name
                i = at[i].end();
                continue;
            }
            Memory.Named org = headAgain(w, at, toks, i);
            if (org != null) {
                mentions.headAgain(s, i, i + 2, org);
                i += 2;
                continue;
            }
            Phrase ph = Phrase.read(i, toks, w, at, memory.recentBody(s.index()), shapes, words, kb);
            int start = ph.start();
            int j = ph.next();
            int end = ph.end();
            List<Piece> mods = ph.mods();
            List<Piece> roles = ph.roles();
            int pp = roles.isEmpty() ? j : end;
            Piece home = shapes.ethnicHome(w, at, start, mods, pp);
            Piece person = pp < n && at[pp] != null && at[pp].kind() == Kind.PERSON ? at[pp] : null;
            if (person != null && (!mods.isEmpty() || !roles.isEmpty() || j == pp)) {
                int from = mods.isEmpty() && roles.isEmpty() ? person.start() : start;
                if (mods.size() > 1) {
                    // "between Syria and Palestinian leader Yasser Arafat": one person has one
                    // country, the nearest; the modifiers before it are actors of their own
                    for (int x = 0; x < mods.size() - 1; x++) {
                        Piece m = mods.get(x);
                        int f = x == 0 ? start : m.start();
                        mentions.alone(s, f, m, before(w, f));
                    }
                    from = mods.get(mods.size() - 1).start();
                    mods = List.of(mods.get(mods.size() - 1));
                }
                mentions.person(s, from, mods, roles, person, kb);
                i = person.end();
                continue;
            }
            if (!roles.isEmpty()) {
                i = roleNouns(s, w, at, ph, home);
                continue;
            }
            if (mods.size() == 1 && j + 1 < n && w.key(j).equals("-")
                    && (words.is(Name.MADE, w.key(j + 1)) || words.is(Name.PATRON, w.key(j + 1)))) {
                // "Russian-made Katyusha rockets", "Iran-backed militias": maker and patron are no actors here
                i = j + 2;
                continue;
            }
            if (!mods.isEmpty() && shapes.facility(w, j)) {
                // "the Europe Bridge", "the Australian Open"
                i = j + 1;
                continue;
            }
            if (home != null) {
                mentions.alone(s, start, home, before(w, start));
                i = home.end();
                continue;
            }
            if (!mods.isEmpty()) {
                boolean first = true;
                for (Piece m : mods) {
                    int from = first ? start : m.start();
                    first = false;
                    mentions.alone(s, from, m, before(w, from));
                }
                i = j;
                continue;
            }
            if (ph.definite() && ph.owner() == null && ph.next() < n && at[ph.next()] == null
                    && words.is(Name.ORG_NOUN, w.key(ph.next())) && mentions.organisation(s, start, ph.next() + 1)) {
                // "the group" after "the Rapid Support Forces"
                i = ph.next() + 1;
                continue;
            }
            i = single(s, w, at, i);
        }
    }

    /**
     * Role nouns and what follows them: an organisation they stand before, an unknown name, and
     * "of Armenia", "from Egypt", "in Darfur" (for groups that belong where they are). Returns the
     * token after the phrase.
     */
    private int roleNouns(Sentence s, Tokens w, Piece[] at, Phrase ph, Piece home) {
        List<Token> toks = s.tokens();
        int n = toks.size();
        int start = ph.start();
        int end = ph.end();
        List<Piece> mods = ph.mods();
        List<Piece> roles = ph.roles();
        if (mods.isEmpty() && ph.owner() == null && end < n && at[end] != null && at[end].kind() == Kind.ORG) {
            // "the rebel Kurdistan Workers' Party": the organisation is the head
            mentions.alone(s, start, at[end], before(w, start));
            return at[end].end();
        }
        int nameEnd = end;
        while (nameEnd < n && "PERSON".equals(toks.get(nameEnd).ner()) && at[nameEnd] == null) {
            nameEnd++;
        }
        if (nameEnd == end && words.is(Name.NAME_TITLE, w.key(end - 1)) && end < n && at[end] == null && w.capital(end)
                && (toks.get(end).pos().equals("NNP") || toks.get(end).pos().isEmpty()) && !w.key(end).equals("'s")) {
            // "Lord Carlile said", the tagger calling the name no person: an honorific always stands
            // before a name, so the proper noun after it is one
            nameEnd = end + 1;
        }
        if (nameEnd == end && words.is(Name.ABBREVIATION, w.key(end - 1))) {
            // "the Rep said": an abbreviated title names no one without a name after it
            return end;
        }
        int after = Math.max(end, nameEnd);
        int spanEnd = after;
        String link = after + 1 < n ? w.key(after) : "";
        int q = after + 1;
        while (q < n && at[q] == null && (words.is(Name.DETERMINER, w.key(q)) || words.count(w.key(q)) > 0
                || w.key(q).matches("\\d+"))) {
            q++;
        }
        boolean free = mods.isEmpty() && ph.owner() == null && q < n && at[q] != null && at[q].kind().modifies();
        if (free && link.equals("in") && !shapes.located(roles, w)) {
            // "troops in Iraq": where they are does not say whose they are
            mentions.placeOfOthers(toks.get(after + 1).span().start());
        } else if (free && (link.equals("of") || link.equals("from") || link.equals("in"))
                && (!Shapes.adjectiveOfNoun(at, at[q], w) || settlement(w, at[q].end()))
                && !w.possessiveAt(at[q].end())) {
            // "the president of Armenia", "King Hassan of Morocco", "a court in Guyana",
            // "doctors from two American aid groups", "a civilian in the Russian town of Rylsk"
            Piece m = at[q];
            spanEnd = settlement(w, m.end()) ? m.end() + 1 : m.end();
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
        if (ph.owner() != null && mods.isEmpty()) {
            mentions.owned(s, start, ph.owner(), roles, after);
        } else {
            int before = mentions.all().size();
            mentions.roles(s, start, ph, mods, nameEnd, spanEnd);
            int from = nameEnd == end ? apposed(s, w, at, start, ph, mods) : -1;
            if (from >= 0 && mentions.all().size() == before + 1) {
                mentions.apposition(s, from, start - 1, mentions.all().get(before));
            }
        }
        return spanEnd;
    }

    /**
     * "Ali Khan, Pakistan's interior minister", "Tomas Oderik, a senior Hamas official": a name
     * the base does not know, a comma, then one person's title composed with one country or body.
     * English puts an apposition after a name to say who the person is, and news names a person
     * so on first mention. Returns the name's first token, or -1 when the phrase is not so placed.
     */
    private int apposed(Sentence s, Tokens w, Piece[] at, int start, Phrase ph, List<Piece> mods) {
        List<Token> toks = s.tokens();
        List<Piece> roles = ph.roles();
        Piece head = roles.get(roles.size() - 1);
        String pos = toks.get(head.end() - 1).pos();
        String last = w.key(head.end() - 1);
        // one person: "officials" (NNS, or a plural ending where no tag is given) are several
        boolean plural = pos.startsWith("NNS") || pos.startsWith("NNPS") || pos.isEmpty() && last.endsWith("s") && !last.endsWith("ss");
        if (mods.size() != 1 || ph.count() != 0 || head.kind() != Kind.TITLE || plural
                || start < 2 || !w.key(start - 1).equals(",")) {
            return -1;
        }
        int from = start - 1;
        while (from > 0 && at[from - 1] == null && "PERSON".equals(toks.get(from - 1).ner())) {
            from--;
        }
        if (from == start - 1 || mentions.covers(toks.get(from).span().start())
                && !mentions.unknownAt(toks.get(from).span().start())) {
            return -1;
        }
        return from;
    }

    /**
     * A token that opens no composed phrase: a known person, a person the base does not know
     * named again ("President Marku Velan ... Velan said"), or a pronoun. Returns the next token.
     */
    private int single(Sentence s, Tokens w, Piece[] at, int i) {
        List<Token> toks = s.tokens();
        int n = toks.size();
        if (at[i] != null && at[i].kind() == Kind.PERSON) {
            mentions.person(s, i, List.of(), List.of(), at[i], kb);
            return at[i].end();
        }
        if (at[i] == null && "PERSON".equals(toks.get(i).ner()) && w.capital(i)) {
            int e = i;
            while (e < n && at[e] == null && "PERSON".equals(toks.get(e).ner())) {
                e++;
            }
            Memory.Named same = memory.namedBefore(text.substring(toks.get(i).span().start(),
                    toks.get(e - 1).span().end()), kb);
            if (same != null) {
                mentions.again(s, i, e, same);
                return e;
            }
            if (e - i >= 2) {
                // news names a new person in full ("Louise Christian"); one capitalised word the
                // tagger calls a person ("Neighbours sign accord") is too often no one
                mentions.unknown(s, i, e);
                return e;
            }
        }
        String pos = toks.get(i).pos();
        if (words.is(Name.PRONOUN, w.key(i)) && (pos.startsWith("PRP") || pos.isEmpty())) {
            Gender g = Gender.of(words, List.of(w.word(i)), null);
            Memory.Named last = salient(s, i, g);
            if (last == null) {
                last = memory.lastNamed(s.index(), null, g);
            }
            if (last != null) {
                mentions.pronoun(s, i, last);
            }
        }
        return i + 1;
    }

    /**
     * A pronoun that is a subject, outside a quotation, takes the subject of its own sentence
     * before it ("Ebrard said he would ..."), else that of the sentence before (centering: the
     * person a text is about goes on as the subject): "Ebrard met Trump. He said ..." is Ebrard.
     * Null when the pronoun is no subject or no such person agrees.
     */
    private Memory.Named salient(Sentence s, int i, Gender g) {
        List<Token> toks = s.tokens();
        if (!Salience.beforeVerb(toks, i + 1) || Salience.quoted(toks)[i]) {
            return null;
        }
        Memory.Named here = Salience.subject(s, sentenceMentions(), toks.get(i).span().start(), memory);
        if (here != null && Gender.agrees(here.gender(), g)) {
            return here;
        }
        return memory.lastSubject(s.index(), g);
    }

    /**
     * "The executive" (not "the executive committee", "the executive of ...") after "the Scottish
     * Executive": the organisation whose name ends with the noun, or null.
     */
    private Memory.Named headAgain(Tokens w, Piece[] at, List<Token> toks, int i) {
        int n = toks.size();
        if (at[i] != null || !w.key(i).equals("the") || i + 1 >= n
                || at[i + 1] != null && !(at[i + 1].kind().isRole() && at[i + 1].end() == i + 2)) {
            return null;
        }
        if (i + 2 < n && (toks.get(i + 2).pos().startsWith("NN") || w.key(i + 2).equals("of"))) {
            return null;
        }
        String pos = toks.get(i + 1).pos();
        if (!w.capital(i + 1) && !pos.isEmpty() && !pos.equals("NN")) {
            return null; // "the nations" after "the United Nations" are countries: a plural in lower case is no name
        }
        return memory.organisationByHead(w.key(i + 1));
    }

    /** The mentions of the sentence being composed, so far. */
    private List<ActorMention> sentenceMentions() {
        return mentions.all().subList(sentenceFrom, mentions.all().size());
    }

    /** Whether a settlement noun stands at a token ("the Russian town of ..."). */
    private boolean settlement(Tokens w, int token) {
        return token < w.size() && words.is(Name.SETTLEMENT, w.key(token));
    }

    /** The normalised word before a token, or "" at the start. */
    private static String before(Tokens w, int token) {
        return token > 0 ? w.key(token - 1) : "";
    }
}

package org.herald.quotes.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.herald.model.Actor;
import org.herald.model.ActorMention;
import org.herald.model.Annotated;
import org.herald.model.Attribution;
import org.herald.model.Block;
import org.herald.model.Mention;
import org.herald.model.Quote;
import org.herald.model.Sentence;
import org.herald.model.Span;
import org.herald.model.TextSpan;
import org.herald.quotes.internal.Cue.Phrase;
import org.herald.quotes.internal.QuoteMarks.Marked;

/**
 * Reads an annotated article for quotes and claims: finds quote marks and cues, resolves each
 * cue's speaker (through pronouns and descriptions to the speaker they stand for, and to an actor),
 * and gives every quote the cue that governs it.
 */
public final class Reader {

    /** The quotes of an article, and who frames each sentence (by sentence index). */
    public record Result(List<Quote> quotes, Map<Integer, Attribution> attributions) {
    }

    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her");
    private static final Set<String> THING_PRONOUNS = Set.of("it", "they");
    /** Heads of speaker phrases that name a body, not a person. */
    private static final Set<String> BODIES = Set.of("ministry", "government", "agency", "company", "bank", "army",
            "military", "council", "party", "group", "office", "department", "court", "police", "committee",
            "commission", "union", "firm", "newspaper", "paper", "media", "study", "survey", "poll", "authorities",
            "administration", "cabinet", "parliament", "embassy", "mission", "force", "forces", "watchdog", "bloc");
    /** How many sentences back a pronoun or description may find its speaker. */
    private static final int WINDOW = 6;

    private final Lexicon lex;
    private final Cues cues;

    public Reader(Lexicon lex) {
        this.lex = lex;
        this.cues = new Cues(lex);
    }

    public Result read(Annotated doc, List<ActorMention> actors) {
        String text = doc.text();
        List<Span> blockSpans = new ArrayList<>();
        for (Block b : Layout.blocks(doc.article())) {
            blockSpans.add(b.span());
        }
        Layout.Lines lines = Layout.of(doc.article());
        List<Marked> marks = new ArrayList<>();
        for (Marked m : QuoteMarks.find(text, blockSpans)) {
            if (!lines.inClutter(m.outer())) {
                marks.add(m);
            }
        }
        List<Words> views = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            views.add(view(s, text, marks, lines));
        }
        List<List<Cue>> sentenceCues = new ArrayList<>();
        for (int si = 0; si < views.size(); si++) {
            sentenceCues.add(views.get(si) == null ? List.of() : cues.of(views.get(si), si));
        }
        Map<Cue, Speaker> speakers = resolveSpeakers(doc, views, sentenceCues, actors);

        List<Quote> quotes = new ArrayList<>();
        Map<Marked, Speaker> markSpeakers = new IdentityHashMap<>();
        Marked previous = null;
        boolean previousPartial = false;
        for (Marked m : marks) {
            int si = sentenceAt(doc, m.content().start());
            int sj = sentenceAt(doc, Math.max(m.content().start(), m.outer().end() - 1));
            Cue cue = governing(views, sentenceCues, si, sj, m);
            Speaker sp = cue == null ? null : speakers.get(cue);
            Quote.Kind kind = kind(text, m, doc, si, cue);
            if (kind == Quote.Kind.PARTIAL && previous != null && !previousPartial
                    && sentenceAt(doc, previous.content().start()) == si && before(text, m.outer().start()) == ',') {
                kind = Quote.Kind.DIRECT; // “We are open,” the bloc said, “but our patience has limits.”
            }
            if (cue == null) {
                sp = fallback(doc, views, sentenceCues, speakers, markSpeakers, previous, previousPartial, m, kind, si, sj);
            }
            if (sp == null && lines.inHeading(m.outer())) {
                continue; // an unattributed quote in a headline
            }
            markSpeakers.put(m, sp);
            previous = m;
            previousPartial = kind == Quote.Kind.PARTIAL;
            Span span = trim(text, m.content(), kind);
            quotes.add(new Quote(span.of(text), span, si, kind, sp == null ? null : sp.words(), sp == null ? null : sp.actor()));
        }
        Map<Integer, Attribution> attributions = new HashMap<>();
        for (int si = 0; si < sentenceCues.size(); si++) {
            Cue best = null;
            for (Cue c : sentenceCues.get(si)) {
                if (c.complement() == null) {
                    continue;
                }
                Speaker sp = speakers.get(c);
                Span comp = trim(text, c.complement(), Quote.Kind.INDIRECT);
                if (!c.quoted() && sp != null && comp.length() > 0 && !lines.inHeading(comp)
                        && !nested(c, sentenceCues.get(si))) {
                    quotes.add(new Quote(comp.of(text), comp, si, Quote.Kind.INDIRECT, sp.words(), sp.actor()));
                }
                if (best == null || c.complement().length() > best.complement().length()) {
                    best = c;
                }
            }
            Speaker sp = best == null ? null : speakers.get(best);
            if (sp == null) {
                sp = quoteSpeakerCovering(doc, si, marks, markSpeakers);
            }
            if (sp != null) {
                attributions.put(si, new Attribution(sp.words().text(), sp.actor() == null ? null : sp.actor().code()));
            }
        }
        quotes.sort(Comparator.comparing(Quote::span).thenComparing(Quote::kind));
        return new Result(List.copyOf(quotes), Map.copyOf(attributions));
    }

    /** A claim inside another cue's claim ("X said the summit showed that ...") is part of that one. */
    private static boolean nested(Cue c, List<Cue> cues) {
        for (Cue o : cues) {
            if (o != c && !o.quoted() && o.complement() != null && o.complement().contains(c.complement())
                    && o.complement().length() > c.complement().length()) {
                return true;
            }
        }
        return false;
    }

    private static Words view(Sentence s, String text, List<Marked> marks, Layout.Lines lines) {
        if (s.span().end() > text.length() || s.tokens().isEmpty()) {
            return null;
        }
        int n = s.tokens().size();
        boolean[] quoted = new boolean[n];
        boolean[] clutter = new boolean[n];
        for (int t = 0; t < n; t++) {
            Span ts = s.tokens().get(t).span();
            if (ts.end() > text.length()) {
                return null;
            }
            for (Marked m : marks) {
                if (m.outer().contains(ts) || m.outer().overlaps(ts)) {
                    quoted[t] = true;
                    break;
                }
            }
            clutter[t] = lines.inClutter(ts);
        }
        return new Words(s, text, quoted, clutter);
    }

    private static int sentenceAt(Annotated doc, int offset) {
        for (Sentence s : doc.sentences()) {
            if (s.span().start() <= offset && offset < s.span().end()) {
                return s.index();
            }
        }
        int best = -1;
        for (Sentence s : doc.sentences()) {
            if (s.span().start() <= offset) {
                best = s.index();
            }
        }
        return best;
    }

    /**
     * The cue that governs a quote: one whose complement holds it (the innermost), else the
     * nearest cue of the sentences the quote touches.
     */
    private static Cue governing(List<Words> views, List<List<Cue>> sentenceCues, int si, int sj, Marked m) {
        if (si < 0) {
            return null;
        }
        Cue best = null;
        for (int s = si; s <= sj && s < sentenceCues.size(); s++) {
            for (Cue c : sentenceCues.get(s)) {
                if (c.complement() != null && (c.complement().overlaps(m.content()))
                        && (best == null || c.complement().length() < best.complement().length())) {
                    best = c;
                }
            }
        }
        if (best != null) {
            return best;
        }
        int bestDistance = Integer.MAX_VALUE;
        for (int s = si; s <= sj && s < sentenceCues.size(); s++) {
            for (Cue c : sentenceCues.get(s)) {
                if (c.according() && c.complement() != null) {
                    continue; // it frames other words of the sentence
                }
                if (c.complement() != null && !c.quoted()) {
                    continue; // it reports a clause that does not hold this quote
                }
                Words w = views.get(c.sentence());
                int at = w.start(c.verb());
                int d = at < m.outer().start() ? m.outer().start() - at : at - m.outer().end();
                if (d < bestDistance) {
                    bestDistance = d;
                    best = c;
                }
            }
        }
        return best;
    }

    /** Direct: a sentence or more of speech. Partial: a few words worked into the writer's sentence. */
    private static Quote.Kind kind(String text, Marked m, Annotated doc, int si, Cue cue) {
        if (m.continued()) {
            return Quote.Kind.DIRECT;
        }
        char first = text.charAt(m.content().start());
        boolean upper = Character.isUpperCase(first) || Character.isDigit(first);
        int p = m.outer().start() - 1;
        while (p >= 0 && text.charAt(p) == ' ') {
            p--;
        }
        boolean opensSentence = p < 0 || text.charAt(p) == '\n' || ".!?:,—–".indexOf(text.charAt(p)) >= 0
                || si >= 0 && doc.sentences().get(si).span().start() >= m.outer().start() - 1;
        if (!upper) {
            return Quote.Kind.PARTIAL;
        }
        if (opensSentence) {
            return Quote.Kind.DIRECT;
        }
        // "said “We will go”": capitalised speech right after the cue's verb
        return cue != null && cue.quoted() && cue.complement() != null
                && cue.complement().start() >= m.outer().start() - 1 ? Quote.Kind.DIRECT : Quote.Kind.PARTIAL;
    }

    /** The first non-blank character before an offset, or 0. */
    private static char before(String text, int at) {
        int p = at - 1;
        while (p >= 0 && Character.isWhitespace(text.charAt(p))) {
            p--;
        }
        return p < 0 ? 0 : text.charAt(p);
    }

    /** A quote with no cue of its own: a run of speech goes on, or a colon or the next sentence names the speaker. */
    private Speaker fallback(Annotated doc, List<Words> views, List<List<Cue>> sentenceCues,
                             Map<Cue, Speaker> speakers, Map<Marked, Speaker> markSpeakers, Marked previous,
                             boolean previousPartial, Marked m, Quote.Kind kind, int si, int sj) {
        if (kind != Quote.Kind.DIRECT || si < 0) {
            return null;
        }
        if (m.continued() && previous != null && markSpeakers.get(previous) != null) {
            return markSpeakers.get(previous); // the same speech goes on
        }
        // "“Why now?” one resident asked.": the splitter put the cue in a short sentence of its own
        int after = sj + 1;
        if (after < sentenceCues.size() && doc.sentences().get(after).span().start() - m.outer().end() <= 2
                && blockOf(doc, doc.sentences().get(after).span().start()) == blockOf(doc, m.outer().start())
                && views.get(after) != null && views.get(after).size() <= 14) {
            for (Cue c : sentenceCues.get(after)) {
                if (c.complement() == null && speakers.get(c) != null && c.verb() <= 8) {
                    return speakers.get(c);
                }
            }
        }
        if (previous != null && markSpeakers.get(previous) != null && !previousPartial) {
            int ps = sentenceAt(doc, previous.content().start());
            int prevBlock = blockOf(doc, previous.outer().start());
            int block = blockOf(doc, m.outer().start());
            if ((m.continued() || block - prevBlock <= 1) && si - ps <= 3) {
                return markSpeakers.get(previous);
            }
        }
        if (si > 0 && startsSentence(doc, m, si)) {
            // a quote standing alone after a sentence that names a speaker: "She said the buyers
            // came early. “They knew what to look for.”" (same or previous paragraph)
            int block = blockOf(doc, m.outer().start());
            int prevBlock = blockOf(doc, doc.sentences().get(si - 1).span().start());
            List<Cue> before = sentenceCues.get(si - 1);
            for (int c = before.size() - 1; c >= 0 && block - prevBlock <= 1; c--) {
                if (speakers.get(before.get(c)) != null) {
                    return speakers.get(before.get(c));
                }
            }
        }
        int next = sj + 1;
        if (next < sentenceCues.size() && blockOf(doc, doc.sentences().get(next).span().start()) == blockOf(doc, m.outer().start())) {
            for (Cue c : sentenceCues.get(next)) {
                if (c.complement() == null && speakers.get(c) != null) {
                    return speakers.get(c);
                }
            }
        }
        return null;
    }

    private static boolean startsSentence(Annotated doc, Marked m, int si) {
        return doc.sentences().get(si).span().start() >= m.outer().start() - 1;
    }

    private static int blockOf(Annotated doc, int offset) {
        List<Block> blocks = Layout.blocks(doc.article());
        for (int b = 0; b < blocks.size(); b++) {
            if (blocks.get(b).span().start() <= offset && offset <= blocks.get(b).span().end()) {
                return b;
            }
        }
        return -1;
    }

    private static Speaker quoteSpeakerCovering(Annotated doc, int si, List<Marked> marks, Map<Marked, Speaker> markSpeakers) {
        Span s = doc.sentences().get(si).span();
        for (Marked m : marks) {
            Span overlap = m.outer();
            int covered = Math.min(s.end(), overlap.end()) - Math.max(s.start(), overlap.start());
            if (covered > s.length() / 2 && markSpeakers.get(m) != null) {
                return markSpeakers.get(m);
            }
        }
        return null;
    }

    /** Partial quotes lose a trailing comma or full stop inside the marks; direct ones a trailing comma. */
    private static Span trim(String text, Span s, Quote.Kind kind) {
        int b = s.start();
        int e = s.end();
        String strip = kind == Quote.Kind.DIRECT ? ",;:—– " : ",.;:—– ";
        while (e > b && (strip.indexOf(text.charAt(e - 1)) >= 0 || Character.isWhitespace(text.charAt(e - 1)))) {
            e--;
        }
        while (b < e && Character.isWhitespace(text.charAt(b))) {
            b++;
        }
        return new Span(b, e);
    }

    // ---- speakers -------------------------------------------------------------------------

    private Map<Cue, Speaker> resolveSpeakers(Annotated doc, List<Words> views, List<List<Cue>> sentenceCues,
                                              List<ActorMention> actors) {
        Map<Cue, Speaker> out = new IdentityHashMap<>();
        List<Speaker> history = new ArrayList<>();
        for (int si = 0; si < sentenceCues.size(); si++) {
            for (Cue c : sentenceCues.get(si)) {
                Speaker sp = resolve(doc, views.get(si), c, history, actors);
                if (sp != null) {
                    out.put(c, sp);
                    history.add(sp);
                }
            }
        }
        return out;
    }

    private Speaker resolve(Annotated doc, Words w, Cue c, List<Speaker> history, List<ActorMention> actors) {
        int si = c.sentence();
        Phrase p = c.speaker();
        if (p.size() == 1 && w.isPronoun(p.start())) {
            String pro = w.lower(p.start());
            if (PERSON_PRONOUNS.contains(pro)) {
                Speaker s = lastSpeaker(history, si, true, null);
                if (s == null) {
                    s = personMentionBefore(doc, si, actors);
                }
                return s != null ? s : plain(w, p, null, actors, true);
            }
            if (THING_PRONOUNS.contains(pro)) {
                // "Hezbollah ..., but a statement ... praised what it called ...": the sentence's first body
                Speaker s = lastSpeaker(history, si, false, null);
                if (s == null || s.sentence() != si) {
                    Speaker o = organisationBefore(doc, w, p, actors);
                    s = o != null ? o : s;
                }
                return s != null ? s : plain(w, p, null, actors, false);
            }
            return plain(w, p, null, actors, false);
        }
        Phrase inner = innerSource(w, p);
        if (inner != null) {
            p = inner;
        } else if (isBareSource(w, p)) {
            // "the statement said": whoever spoke last as a body
            Speaker s = lastSpeaker(history, si, false, null);
            if (s != null) {
                return s;
            }
        }
        if (!Cues.hasProper(w, p) && isDefinite(w, p)) {
            // "the agency", "the spokesman": a speaker named before under that description
            String head = w.lower(p.end() - 1);
            Speaker s = lastSpeaker(history, si, null, head);
            if (s == null) {
                s = mentionedBefore(si, head, actors);
            }
            if (s == null && lex.isPerson(head)) {
                s = lastSpeaker(history, si, true, null); // "the spokesman added"
            }
            if (s == null && BODIES.contains(head) && actorOf(w, p, actors) == null) {
                // "WFP said ... The agency warned": a body the actors stage left uncoded takes the
                // actor of the body that spoke last, as "the spokesman" is the person; its words stay
                Speaker last = lastSpeaker(history, si, false, null);
                if (last != null && last.actor() != null) {
                    Speaker own = plain(w, p, null, actors, false);
                    return new Speaker(own.words(), last.actor(), false, own.allWords() + " " + last.allWords(), own.sentence());
                }
            }
            if (s != null) {
                return s;
            }
        }
        boolean person = isPerson(w, p) || c.description() != null && isPerson(w, c.description())
                && !isThing(w, p);
        Speaker sp = plain(w, p, c.description(), actors, person);
        if (sp.actor() == null && w.isProper(p.end() - 1)) {
            // "Yellen said" after "Janet Yellen, the US Treasury Secretary, said": the same speaker
            String last = w.lower(p.end() - 1);
            for (int h = history.size() - 1; h >= 0; h--) {
                Speaker e = history.get(h);
                String[] words = e.words().text().toLowerCase(Locale.ROOT).split("\\s+");
                if (e.actor() != null && words[words.length - 1].equals(last)) {
                    return new Speaker(sp.words(), e.actor(), e.person(), sp.allWords() + " " + e.allWords(), sp.sentence());
                }
            }
        }
        return sp;
    }

    private Speaker plain(Words w, Phrase p, Phrase description, List<ActorMention> actors, boolean person) {
        Span span = new Span(w.start(p.start()), w.end(p.end() - 1));
        Actor actor = actorOf(w, p, actors);
        if (actor == null && w.isProper(p.end() - 1)) {
            actor = namedBefore(w, p, actors);
        }
        String all = span.of(w.text);
        if (description != null) {
            Actor d = actorOf(w, description, actors);
            if (actor == null) {
                actor = d;
            }
            all = all + " " + new Span(w.start(description.start()), w.end(description.end() - 1)).of(w.text);
        }
        boolean thing = !person && (isThing(w, p) || lex.isSource(w.lower(headOf(w, p)))
                || BODIES.contains(w.lower(headOf(w, p))));
        return new Speaker(new TextSpan(span.of(w.text), span), actor, person, all.toLowerCase(Locale.ROOT),
                w.sentence.index(), thing);
    }

    /** The actor mention that best covers a phrase: the one over its head word, else the longest inside. */
    private static Actor actorOf(Words w, Phrase p, List<ActorMention> actors) {
        Span span = new Span(w.start(p.start()), w.end(p.end() - 1));
        // the head is the last word before a preposition: "the ambassador in Berlin"
        Span head = w.tokens.get(headOf(w, p)).span();
        ActorMention best = null;
        for (ActorMention a : actors) {
            if (a.actor() == null || !a.span().overlaps(span)) {
                continue;
            }
            if (a.span().overlaps(head)) {
                return a.actor();
            }
            if (best == null || a.span().length() > best.span().length()) {
                best = a;
            }
        }
        return best == null ? null : best.actor();
    }

    private static Speaker lastSpeaker(List<Speaker> history, int si, Boolean person, String headWord) {
        for (int h = history.size() - 1; h >= 0; h--) {
            Speaker s = history.get(h);
            if (si - s.sentence() > WINDOW) {
                break;
            }
            if (person != null && (person ? !s.maybePerson() : !s.maybeThing())) {
                continue;
            }
            if (headWord != null && !containsWord(s.allWords(), headWord)) {
                continue;
            }
            return s;
        }
        return null;
    }

    private static boolean containsWord(String words, String w) {
        for (String t : words.split("[^\\p{L}\\p{N}]+")) {
            if (t.equals(w) || t.equals(w + "s") || w.equals(t + "s")) {
                return true;
            }
        }
        return false;
    }

    /** A surname alone ("Niinisto said") takes the actor of the full name used earlier in the article. */
    private static Actor namedBefore(Words w, Phrase p, List<ActorMention> actors) {
        String last = w.lower(p.end() - 1);
        int start = w.start(p.start());
        Actor found = null;
        for (ActorMention a : actors) {
            if (a.actor() == null || a.span().start() >= start) {
                continue;
            }
            String[] words = a.text().toLowerCase(Locale.ROOT).split("\\s+");
            if (words.length > 1 && words[words.length - 1].equals(last)) {
                found = a.actor();
            }
        }
        return found;
    }

    /** The nearest actor named before under the same head word: "India's foreign minister" for "the minister". */
    private Speaker mentionedBefore(int si, String head, List<ActorMention> actors) {
        ActorMention best = null;
        for (ActorMention a : actors) {
            if (a.actor() == null || a.sentence() >= si || si - a.sentence() > WINDOW) {
                continue;
            }
            String[] words = a.text().toLowerCase(Locale.ROOT).split("\\s+");
            if (words[words.length - 1].equals(head) && (best == null || a.span().start() > best.span().start())) {
                best = a;
            }
        }
        if (best == null) {
            return null;
        }
        boolean person = lex.isPerson(head) || best.actor().name() != null;
        return new Speaker(new TextSpan(best.text(), best.span()), best.actor(), person,
                best.text().toLowerCase(Locale.ROOT), best.sentence());
    }

    /** The first organisation named in the sentence before a pronoun, or null. */
    private static Speaker organisationBefore(Annotated doc, Words w, Phrase p, List<ActorMention> actors) {
        int at = w.start(p.start());
        for (Mention m : doc.mentions()) {
            if (m.sentence() == w.sentence.index() && "ORGANIZATION".equals(m.type()) && m.span().end() <= at) {
                Actor actor = null;
                for (ActorMention a : actors) {
                    if (a.actor() != null && a.span().overlaps(m.span())) {
                        actor = a.actor();
                        break;
                    }
                }
                return new Speaker(new TextSpan(m.text(), m.span()), actor, false, m.text().toLowerCase(Locale.ROOT),
                        w.sentence.index());
            }
        }
        return null;
    }

    /** The first person named in the nearest sentence before (a subject is usually named first). */
    private static Speaker personMentionBefore(Annotated doc, int si, List<ActorMention> actors) {
        for (int s = si - 1; s >= 0 && si - s <= 3; s--) {
            for (Mention m : doc.mentions()) {
                if (m.sentence() == s && "PERSON".equals(m.type()) && !m.text().isEmpty()
                        && Character.isUpperCase(m.text().charAt(0))) { // a name, not "his"
                    Actor actor = null;
                    for (ActorMention a : actors) {
                        if (a.actor() != null && a.span().overlaps(m.span())) {
                            actor = a.actor();
                            break;
                        }
                    }
                    return new Speaker(new TextSpan(m.text(), m.span()), actor, true, m.text().toLowerCase(Locale.ROOT), s);
                }
            }
        }
        return null;
    }

    /**
     * The real source inside an utterance phrase: "a statement on the Kremlin's website" → "the
     * Kremlin"; "a Kremlin statement" → "Kremlin"; "a statement by the ministry" → "the ministry".
     */
    private Phrase innerSource(Words w, Phrase p) {
        int source = -1;
        for (int t = p.start(); t < p.end(); t++) {
            if (lex.isSource(w.lower(t)) && w.isNoun(t) && !w.isProper(t)) {
                source = t;
                break;
            }
        }
        if (source < 0) {
            return null;
        }
        // "... by / from / of the ministry": the rest of the phrase ("the FAO and the WFP"); "by" and
        // "from" name the author before "of" does ("a statement of concern from the ministry")
        int by = complementStart(w, source, p, "by", "from");
        if (by < 0) {
            by = complementStart(w, source, p, "of");
        }
        // a possessor before that complement ("the Kremlin's statement of support", "a statement on
        // the Kremlin's website"); one inside it belongs to the author ("from Peru's foreign ministry")
        for (int t = p.start() + 1; t < (by < 0 ? p.end() : by); t++) {
            if (w.isPossessive(t)) {
                int s = t - 1;
                while (s - 1 >= p.start() && (w.isProper(s - 1) || w.pos(s - 1).equals("DT") || w.isNoun(s - 1)
                        || w.pos(s - 1).startsWith("JJ"))
                        && !lex.isSource(w.lower(s - 1)) && !w.isPossessive(s - 1)) {
                    s--;
                }
                return new Phrase(s, t);
            }
        }
        if (by >= 0) {
            return new Phrase(by, p.end());
        }
        // proper-noun modifiers before the source noun
        int e = source;
        int s = e;
        while (s - 1 >= p.start() && w.isProper(s - 1)) {
            s--;
        }
        if (s < e) {
            return new Phrase(s, e);
        }
        return null;
    }

    /** The first word after one of {@code preps} following the source noun, or -1. */
    private static int complementStart(Words w, int source, Phrase p, String... preps) {
        for (int t = source + 1; t + 1 < p.end(); t++) {
            if (List.of(preps).contains(w.lower(t)) && w.isNominal(t + 1)) {
                return t + 1;
            }
        }
        return -1;
    }

    private boolean isBareSource(Words w, Phrase p) {
        return lex.isSource(w.lower(p.end() - 1)) && !Cues.hasProper(w, p);
    }

    private static boolean isDefinite(Words w, Phrase p) {
        String d = w.lower(p.start());
        return d.equals("the") || d.equals("this") || d.equals("that");
    }

    private boolean isPerson(Words w, Phrase p) {
        for (int t = p.start(); t < p.end(); t++) {
            if ("PERSON".equals(w.ner(t))) {
                return true;
            }
        }
        String head = w.lower(headOf(w, p));
        return lex.isPerson(head) || PERSON_PRONOUNS.contains(head);
    }

    /** The last word before a preposition: "survivor" in "a survivor of the bombing". */
    private static int headOf(Words w, Phrase p) {
        for (int t = p.start() + 1; t < p.end(); t++) {
            if (w.pos(t).equals("IN") || w.pos(t).equals("TO")) {
                return t - 1;
            }
        }
        return p.end() - 1;
    }

    private static boolean isThing(Words w, Phrase p) {
        for (int t = p.start(); t < p.end(); t++) {
            String n = w.ner(t);
            if (n.equals("ORGANIZATION") || n.equals("LOCATION") || n.equals("COUNTRY") || n.equals("CITY")) {
                return true;
            }
        }
        return false;
    }
}

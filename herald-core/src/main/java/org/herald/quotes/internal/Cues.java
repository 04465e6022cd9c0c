package org.herald.quotes.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.herald.model.CalendarWords;
import org.herald.model.Span;
import org.herald.quotes.internal.Cue.Phrase;

/**
 * Finds the cues of one sentence from its tokens and tags alone (no parse needed): reporting verbs
 * with the speaker before or after them, "according to X", and what each cue reports.
 */
final class Cues {

    private static final Set<String> OBJECT_VERBS = Set.of("tell", "ask", "urge", "warn", "assure", "remind",
            "inform", "promise", "accuse", "brand", "call", "describe");
    private static final Set<String> ADJUNCT_PREPS = Set.of("on", "in", "at", "during", "after", "before", "via",
            "through", "over", "late", "early", "earlier", "to", "from", "with");
    private static final Set<String> INNER_PREPS = Set.of("of", "for");
    /** Prepositions inside a speaker phrase read backwards: "officials from both sides", "the ambassador in Berlin". */
    private static final Set<String> BACK_PREPS = Set.of("of", "for", "to", "in", "from", "at", "with", "behind");
    private static final Set<String> SOURCE_PREPS = Set.of("on", "by", "from", "of", "in", "at");
    private static final Set<String> SUBJECT_BOUNDARY = Set.of(",", ":", ";", "and", "but", "while", "as", "—", "–");
    private static final Set<String> SUBORDINATORS = Set.of("that", "if", "whether", "because", "although", "though",
            "while", "as", "since", "unless", "until", "so");
    /** Adverbs of time that may stand between a speaker and its verb; weekdays too ({@link #timeWord}). */
    private static final Set<String> TIME_WORDS = Set.of("today", "yesterday", "tonight", "recently", "again", "also",
            "later", "earlier");

    private final Lexicon lex;

    private static boolean timeWord(String lower) {
        return TIME_WORDS.contains(lower) || CalendarWords.weekday(lower) != null;
    }

    Cues(Lexicon lex) {
        this.lex = lex;
    }

    List<Cue> of(Words w, int si) {
        List<Cue> out = new ArrayList<>();
        int n = w.size();
        for (int i = 0; i < n; i++) {
            if (!w.free(i)) {
                continue;
            }
            if (w.is(i, "according") && w.is(i + 1, "to") && w.free(i + 1)) {
                Phrase sp = forwardNp(w, i + 2);
                if (sp != null) {
                    out.add(new Cue(si, i, sp, null, accordingComplement(w, i, sp), false, true));
                    i = sp.end() - 1;
                }
                continue;
            }
            Cue c = verbCue(w, si, i, out);
            if (c == null) {
                c = colonCue(w, si, i);
            }
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    /** "Mr Gardner agreed: “...”": any verb with a subject, then a colon and a quote. */
    private Cue colonCue(Words w, int si, int i) {
        if (!w.pos(i).startsWith("VB") || lex.verb(w.lower(i)) != null || i + 2 >= w.size()
                || !w.free(i + 1) || !w.isPunct(i + 1, ":") || w.free(i + 2) || w.clutter[i + 2]) {
            return null;
        }
        Phrase[] before = speakerBefore(w, i);
        if (before == null) {
            return null;
        }
        return new Cue(si, i, before[0], before[1], quotedRun(w, i + 2), true, false);
    }

    private Cue verbCue(Words w, int si, int i, List<Cue> earlier) {
        String lemma = lex.verb(w.lower(i));
        if (lemma == null) {
            return null;
        }
        String p = w.pos(i);
        if (!p.isEmpty() && !p.startsWith("VB")) {
            return null;
        }
        int b = skipBack(w, i - 1);
        if (p.equals("VBN") || p.equals("VBD")) {
            if (w.isBe(b)) {
                return null; // passive: "was told", "is expected"
            }
            boolean perfect = false;
            for (int t = Math.max(b, 0); t < i; t++) {
                perfect |= w.isHave(t); // "had said", "has also said"
            }
            if (p.equals("VBN") && !perfect) {
                // a participle ("a statement posted on ..."), unless a tagger misread a verb after an
                // apposition: "Musk, who attended, called it ..."
                Phrase[] before = speakerBefore(w, i);
                if (before == null || before[1] == null) {
                    return null;
                }
            }
        }
        if (b >= 0 && w.free(b) && (w.is(b, "and") || w.is(b, "but"))) {
            // "denied that ... but said ...", "arrived and said ...": the same subject speaks
            Phrase subject = earlier.isEmpty() ? firstSubject(w, i) : earlier.get(earlier.size() - 1).speaker();
            Span comp = complementAfter(w, i + 1, OBJECT_VERBS.contains(lemma) ? lemma : "");
            if (subject != null) {
                return new Cue(si, i, subject, null, comp, comp != null && isQuote(w, comp), false);
            }
        }
        if (p.equals("VBG")) {
            // "..., saying that ...", "backed the plan saying ..."
            if (b < 0 || !(w.isPunct(b, ",") || lemma.equals("say") && w.isNoun(b))) {
                return null;
            }
            // "..., saying that ...": the speaker is the sentence's earlier speaker or its subject.
            Phrase subject = earlier.isEmpty() ? firstSubject(w, i) : earlier.get(earlier.size() - 1).speaker();
            if (subject == null) {
                return null;
            }
            Span comp = complementAfter(w, i + 1, lemma);
            return comp == null ? null : new Cue(si, i, subject, null, comp, isQuote(w, comp), false);
        }
        Phrase speaker = null;
        Phrase description = null;
        boolean inverted = false;
        Phrase[] before = speakerBefore(w, i);
        if (before != null) {
            speaker = before[0];
            description = before[1];
        } else {
            // "said X" only after a quote, a clause and its comma, or a colon: "“...,” said Peskov"
            if (!(b < 0 || !w.free(b) || w.isPunct(b, ",:—–"))) {
                return null;
            }
            int k = i + 1;
            while (k < w.size() && w.free(k) && w.pos(k).startsWith("RB")) {
                k++;
            }
            speaker = forwardNp(w, k);
            inverted = true;
            if (speaker != null && speaker.end() + 1 < w.size() && w.isPunct(speaker.end(), ",")) {
                Phrase app = forwardNp(w, speaker.end() + 1);
                if (app != null && app.end() < w.size() && w.isPunct(app.end(), ",.")) {
                    description = app;
                }
            }
        }
        if (speaker == null) {
            return null;
        }
        if (description != null && !w.isProper(speaker.end() - 1) && w.isProper(description.end() - 1)) {
            Phrase t = speaker;
            speaker = description;
            description = t;
        }
        Span comp = inverted ? null : complementAfter(w, i + 1, OBJECT_VERBS.contains(lemma) ? lemma : "");
        if (comp != null && lemma.equals("ask") && !isQuote(w, comp)) {
            comp = null; // "asked whether ...": a question, not a claim
        }
        if (comp == null) {
            int start = inverted ? i : Math.min(speaker.start(), description == null ? speaker.start() : description.start());
            comp = complementBefore(w, start - 1);
        }
        if (comp == null && inverted) {
            comp = complementAfter(w, description == null ? speaker.end() : description.end() + 1, "");
        }
        boolean quoted = comp != null && isQuote(w, comp);
        return new Cue(si, i, speaker, description, comp, quoted, false);
    }

    private boolean isQuote(Words w, Span comp) {
        for (int t = 0; t < w.size(); t++) {
            if (comp.contains(w.tokens.get(t).span()) && w.free(t) && !w.isPunct(t, ",.:;!?—–-")) {
                return false;
            }
        }
        return true;
    }

    /** Skips adverbs, modals and the words of the lexicon's skip list, backwards. */
    private int skipBack(Words w, int j) {
        while (j >= 0 && w.free(j) && (lex.isSkip(w.lower(j)) || w.pos(j).startsWith("RB") || w.pos(j).equals("MD"))) {
            j--;
        }
        return j;
    }

    /** The speaker before a verb, and an apposition: "Peskov, the Kremlin's mouthpiece, said". */
    private Phrase[] speakerBefore(Words w, int verb) {
        int j = skipBack(w, verb - 1);
        if (j < 0 || !w.free(j)) {
            return null;
        }
        if (w.is(j, "who") && j >= 2 && w.isPunct(j - 1, ",")) {
            // "Mr Blair, who has described Africa as ...": the relative clause's antecedent
            Phrase np = backwardNp(w, j - 2);
            return np == null ? null : new Phrase[] {np, null};
        }
        if (w.isPunct(j, ",")) {
            int k = j - 1;
            while (k >= 0 && w.free(k) && !w.isPunct(k, ",")) {
                k--;
            }
            if (k > 0 && w.free(k) && w.isPunct(k, ",") && j - k > 1) {
                Phrase head = backwardNp(w, k - 1);
                Phrase app = new Phrase(k + 1, j);
                // short asides too: "A survivor, now 91, said"
                boolean appositive = w.isNominal(k + 1) || w.is(k + 1, "who") || w.is(k + 1, "which")
                        || w.is(k + 1, "whose") || w.pos(k + 1).equals("VBG") || w.pos(k + 1).equals("VBN")
                        || j - k <= 5 && !hasFiniteVerb(w, k + 1, j);
                if (head != null && appositive && (head.start() == 0 || !w.free(head.start() - 1)
                        || SUBJECT_BOUNDARY.contains(w.lower(head.start() - 1)) || w.isMark(head.start() - 1))) {
                    Phrase desc = backwardNp(w, j - 1);
                    return new Phrase[] {head, desc != null && desc.start() == k + 1 ? desc : app};
                }
            }
            return null;
        }
        Phrase np = backwardNp(w, j);
        return np == null ? null : new Phrase[] {np, null};
    }

    /** A noun phrase ending at token j, reaching back over "of"/"for" and "X posted on Y". */
    Phrase backwardNp(Words w, int j) {
        if (j < 0 || !w.free(j) || !(w.isNoun(j) || w.isPronoun(j) || w.pos(j).equals("CD"))) {
            return null;
        }
        if (w.isPronoun(j)) {
            return new Phrase(j, j + 1); // "In July 1999 they asked": the pronoun alone
        }
        int s = j;
        while (s - 1 >= 0 && w.free(s - 1) && j - s < 14) {
            int t = s - 1;
            if (SOURCE_PREPS.contains(w.lower(t)) && t - 1 >= 0 && w.free(t - 1)
                    && (lex.isSource(w.lower(t - 1)) || w.pos(t - 1).equals("VBN") && t - 2 >= 0
                    && lex.isSource(w.lower(t - 2)))) {
                s = w.pos(t - 1).equals("VBN") ? t - 1 : t;
            } else if ((BACK_PREPS.contains(w.lower(t)) || w.lower(t).equals("and") || w.pos(t).equals("HYPH"))
                    && t - 1 >= 0 && w.free(t - 1) && (w.isNoun(t - 1) || w.isPossessive(t - 1)
                    || BACK_PREPS.contains(w.lower(t)) && w.pos(t - 1).startsWith("JJ"))) { // "sources familiar with"
                s = t;
            } else if (isDeterminer(w, s) && s < j) {
                break; // a determiner opens its noun phrase
            } else if (w.isNominal(t) && !(w.isPronoun(t) && t != j)) {
                s = t;
            } else {
                break;
            }
        }
        while (s < j && !w.isNominal(s)) {
            s++;
        }
        int e = j;
        // "Bob Geldof in July said": the date is not part of the speaker
        if (w.ner(e).equals("DATE")) {
            int d = e;
            while (d > s && w.ner(d).equals("DATE")) {
                d--;
            }
            if (d > s && (w.pos(d).equals("IN")) && d - 1 >= s) {
                e = d - 1;
            }
        }
        return new Phrase(s, e + 1);
    }

    /** A noun phrase starting at token k: "South Korean media", "a spokesman for the ministry". */
    Phrase forwardNp(Words w, int k) {
        int n = w.size();
        if (k >= n || !w.free(k) || !w.isNominal(k)) {
            return null;
        }
        int e = k;
        int lastHead = -1;
        while (e < n && w.free(e) && e - k < 14) {
            if (w.isNominal(e)) {
                if (e > k && lastHead == e - 1 && isDeterminer(w, e)) {
                    break; // "told parliament the decision ...": a new noun phrase
                }
                if (w.isPronoun(e) && e > k) {
                    break;
                }
                if (w.isNoun(e) || w.isPronoun(e) || w.pos(e).equals("CD")) {
                    lastHead = e;
                }
                e++;
                if (w.isPronoun(e - 1)) {
                    break;
                }
            } else if ((INNER_PREPS.contains(w.lower(e)) || w.lower(e).equals("and")
                    || SOURCE_PREPS.contains(w.lower(e)) && lastHead >= 0 && lex.isSource(w.lower(lastHead)))
                    && e + 1 < n && w.free(e + 1) && w.isNominal(e + 1) && !w.isPronoun(e + 1)) {
                e++;
            } else {
                break;
            }
        }
        if (lastHead < 0) {
            return null;
        }
        // Leave trailing time words ("Peskov today") out of the speaker.
        int end = lastHead + 1;
        while (end - 1 > k && timeWord(w.lower(end - 1))) {
            end--;
        }
        return new Phrase(k, end);
    }

    /** The first noun phrase of the sentence that a finite verb follows: its subject. */
    private Phrase firstSubject(Words w, int before) {
        for (int t = 0; t < before; t++) {
            if (w.free(t) && (w.isFiniteVerb(t))) {
                return backwardNp(w, skipBack(w, t - 1));
            }
        }
        return null;
    }

    /**
     * What a verb reports, starting at token k: a quote (after a colon or directly), a "that"
     * clause, or a bare clause with a subject and a finite verb. Skips the hearer of "told" and
     * adjuncts such as "on Monday", "in a statement".
     */
    private Span complementAfter(Words w, int k, String objectVerb) {
        int n = w.size();
        if (!objectVerb.isEmpty() && k < n && w.free(k) && w.isNominal(k) && !w.is(k, "that")) {
            Phrase hearer = forwardNp(w, k);
            if (hearer != null) {
                Span after = complementAfter(w, hearer.end(), "");
                if (after != null) {
                    return after;
                }
            }
        }
        for (int round = 0; round < 3 && k < n && w.free(k); round++) {
            String lw = w.lower(k);
            if (ADJUNCT_PREPS.contains(lw) && !lw.equals("that")) {
                Phrase np = forwardNp(w, k + 1);
                if (np == null) {
                    break;
                }
                k = np.end();
            } else if (timeWord(lw) || w.pos(k).startsWith("RB") && !lw.equals("not")) {
                k++;
            } else {
                break;
            }
        }
        if (k >= n) {
            return null;
        }
        if (w.free(k) && w.isPunct(k, ":,") && k + 1 < n && !w.free(k + 1) && !w.clutter[k + 1]) {
            return quotedRun(w, k + 1);
        }
        if (!w.free(k)) {
            return w.clutter[k] ? null : quotedRun(w, k);
        }
        if (w.is(k, "that") && k + 1 < n) {
            return contentFrom(w, k + 1);
        }
        return isClause(w, k) ? contentFrom(w, k) : null;
    }

    /** The quoted tokens from k on: "said: “...”" reports the quote and nothing after it. */
    private static Span quotedRun(Words w, int k) {
        int e = k;
        while (e + 1 < w.size() && !w.free(e + 1) && !w.clutter[e + 1]) {
            e++;
        }
        return new Span(w.start(k), w.end(e));
    }

    /**
     * A subject (nominal words, "and", prepositions) then, within a few words, a finite verb. A
     * participle straight after a noun counts too: taggers often read "convoys needed" so.
     */
    private boolean isClause(Words w, int k) {
        int n = w.size();
        if (!(w.isNominal(k) || w.is(k, "there") || w.is(k, "both") || w.is(k, "neither") || w.is(k, "either"))) {
            return false;
        }
        for (int t = k; t < n && t - k < 14; t++) {
            if (!w.free(t)) {
                return t > k && !w.clutter[t]; // "they “neither support nor oppose” it": the verb is quoted
            }
            if (w.isFiniteVerb(t) && t > k) {
                return true;
            }
            if (t > k && w.pos(t).equals("VBN") && w.isNoun(t - 1) && !w.is(t + 1, "by")) {
                return true;
            }
            boolean ok = w.isNominal(t) || w.pos(t).equals("CC") || w.pos(t).startsWith("RB")
                    || w.pos(t).equals("IN") && !SUBORDINATORS.contains(w.lower(t)) || w.pos(t).equals("TO")
                    || w.is(t, "both");
            if (!ok) {
                return false;
            }
        }
        return false;
    }

    /** From token k to the end of the sentence, without the final full stop. */
    private Span contentFrom(Words w, int k) {
        int e = w.size() - 1;
        for (int t = k + 1; t + 1 < w.size(); t++) {
            if (w.free(t) && (w.is(t, "and") || w.is(t, "but")) && w.free(t + 1)
                    && lex.verb(w.lower(t + 1)) != null && w.pos(t + 1).startsWith("VB")) {
                e = t - 1; // "... but said ...": a second cue begins
                break;
            }
        }
        while (e > k && w.free(e) && w.isPunct(e, ".!?;:,")) {
            e--;
        }
        while (e > k && w.clutter[e]) {
            e--;
        }
        return e < k ? null : new Span(w.start(k), w.end(e));
    }

    /** What precedes a speaker: "S, X said." / "“Q,” said X." (a quote or a clause). */
    private Span complementBefore(Words w, int j) {
        int n = w.size();
        if (j < 0 || j >= n) {
            return null;
        }
        boolean sep = false;
        while (j >= 0 && w.free(j) && w.isPunct(j, ",—–-")) {
            j--;
            sep = true;
        }
        if (j < 0) {
            return null;
        }
        if (!w.free(j)) {
            if (w.clutter[j]) {
                return null;
            }
            int s = j;
            while (s - 1 >= 0 && !w.free(s - 1) && !w.clutter[s - 1]) {
                s--;
            }
            return new Span(w.start(s), w.end(j));
        }
        if (!sep) {
            return null;
        }
        int s = 0;
        while (s < j && !w.free(s)) {
            s++;
        }
        for (int t = s; t <= j; t++) {
            if (w.free(t) && w.isFiniteVerb(t)) {
                return new Span(w.start(s), w.end(j));
            }
        }
        return null;
    }

    /** "According to X, S." / "S, according to X." */
    private Span accordingComplement(Words w, int at, Phrase sp) {
        int n = w.size();
        int first = 0;
        while (first < n && !w.free(first)) {
            first++;
        }
        Span before = null;
        if (at - 1 > first) {
            int e = at - 1;
            while (e > first && w.isPunct(e, ",—–-")) {
                e--;
            }
            before = new Span(w.start(first), w.end(e));
        }
        Span after = null;
        int k = sp.end();
        while (k < n && w.isPunct(k, ",—–-")) {
            k++;
        }
        if (k < n) {
            after = contentFrom(w, k);
        }
        if (before == null) {
            return after;
        }
        if (after == null) {
            return before;
        }
        return before.length() >= after.length() ? before : after;
    }

    private static boolean hasFiniteVerb(Words w, int from, int to) {
        for (int t = from; t < to; t++) {
            if (w.isFiniteVerb(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDeterminer(Words w, int t) {
        String p = w.pos(t);
        return p.equals("DT") || p.equals("PRP$");
    }

    static boolean hasProper(Words w, Phrase p) {
        for (int t = p.start(); t < p.end(); t++) {
            if (w.isProper(t)) {
                return true;
            }
        }
        return false;
    }
}

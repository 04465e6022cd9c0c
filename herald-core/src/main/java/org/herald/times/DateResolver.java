package org.herald.times;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.herald.model.Annotated;
import org.herald.model.Dependency;
import org.herald.model.EventDate;
import org.herald.model.ResolvedDate;
import org.herald.model.Sentence;
import org.herald.model.TimeExpression;
import org.herald.model.Token;
import org.herald.times.internal.DateReader;
import org.herald.times.internal.Habitual;
import org.herald.times.internal.Tense;

/**
 * The times stage: the date of an event from the time expressions of its sentence.
 *
 * <p>Reads the sentence's tokens (POS tags for tense), its dependency parse when there is one,
 * its time expressions ({@link Annotated#times()}: text, TIMEX3 type and value) and the article's
 * publication date. An expression is read from its words against the publication date and the
 * tense of the clause ("Tuesday" in a future clause of a Monday story is the next day, in a past
 * clause the Tuesday before); durations ("four years") and recurring times are not dates. With no
 * expression in the sentence, an event that is not in the future takes the publication date.
 * Without a publication date, relative expressions stay unresolved and the result says why.
 * Stateless and thread-safe.
 */
public final class DateResolver {

    /**
     * How long before publication a date must end to be background: "historical". The article
     * gold's guide codes a specific act the text dates within about a year before the article as
     * news ("in October", "last month") and leaves out what is older (docs/article-gold.md, "What
     * is left out"): background is older than a year.
     */
    public static final int HISTORICAL_DAYS = 365;

    /** The date of the event whose trigger is token {@code trigger} of sentence {@code sentence}. */
    public EventDate when(Annotated a, int sentence, int trigger) {
        LocalDate pub = a.article().published() == null ? null : a.article().published().firstDay();
        boolean dayKnown = a.article().published() != null
                && a.article().published().precision() == org.herald.model.Precision.DAY;
        if (sentence < 0 || sentence >= a.sentences().size()) {
            return EventDate.unresolved("no sentence " + sentence + " in the article");
        }
        Sentence s = a.sentences().get(sentence);
        List<TimeExpression> here = new ArrayList<>();
        for (TimeExpression t : a.times()) {
            if (t.sentence() == sentence || t.sentence() < 0 && s.span().contains(t.span())) {
                here.add(t);
            }
        }
        EventDate d = when(s, here, trigger, dayKnown ? pub : null, a.article().published());
        if (a.article().published() == null && d.date() != null && !d.historical()) {
            // no publication date: the article is no older than the latest date it tells as past,
            // so a date more than a year before that one is background all the same
            ResolvedDate bound = latestPast(a);
            if (historical(d.date(), bound)) {
                return new EventDate(d.date(), true, d.from(), d.why());
            }
        }
        return d;
    }

    /**
     * The latest date an article gives to something past (an expression resolved on its own, in a
     * clause of the past tense): a lower bound of the day it was published. Null when there is none.
     */
    static ResolvedDate latestPast(Annotated a) {
        return latestPast(a.sentences(), a.times());
    }

    static ResolvedDate latestPast(List<Sentence> sentences, List<TimeExpression> times) {
        ResolvedDate best = null;
        for (TimeExpression t : times) {
            if (t.resolved() == null || t.sentence() < 0 || t.sentence() >= sentences.size()) {
                continue;
            }
            Sentence s = sentences.get(t.sentence());
            int tok = tokenOf(s, t);
            if (tok < 0 || Tense.of(s.tokens(), tok) != Tense.PAST) {
                continue;
            }
            if (best == null || t.resolved().firstDay().isAfter(best.firstDay())) {
                best = t.resolved();
            }
        }
        return best;
    }

    /** {@link #when} without the reasons: the date, or null. */
    public ResolvedDate dateOf(Annotated a, int sentence, int trigger) {
        return when(a, sentence, trigger).date();
    }

    /**
     * The date of an event from its sentence and that sentence's time expressions, for callers
     * that hold the parts (and for tests).
     *
     * @param published the publication day, or null when unknown or known only to the month or year
     * @param publishedDate the publication date as the article has it (any precision), or null
     */
    public EventDate when(Sentence s, List<TimeExpression> times, int trigger, LocalDate published,
                          ResolvedDate publishedDate) {
        if (Habitual.of(s.tokens(), trigger)) {
            // "has long criticised": many acts over a stretch of time, no one date; background
            return new EventDate(null, true, "habitual", "a habitual or long-standing act has no one date");
        }
        Tense tense = Tense.of(s.tokens(), trigger);
        List<Object[]> dated = new ArrayList<>(); // {reading date, expression}
        String lastWhy = null;
        for (TimeExpression t : times) {
            DateReader.Reading r = DateReader.read(t.text(), t.type(), t.value(), published,
                    tenseAt(s, t, trigger, tense), t.span());
            if (r instanceof DateReader.Dated d) {
                dated.add(new Object[] {d.date(), t});
            } else if (r instanceof DateReader.Unknown u) {
                lastWhy = u.why();
            }
        }
        Object[] best = dated.isEmpty() ? null : pick(s, dated, trigger);
        if (best != null) {
            ResolvedDate d = (ResolvedDate) best[0];
            return new EventDate(d, historical(d, publishedDate), "expression", null);
        }
        Object[] outer = dated.isEmpty() ? null : timeClause(s, dated, trigger);
        if (outer != null && historical((ResolvedDate) outer[0], publishedDate)) {
            // "In 2014, after forces took over Donetsk, they left": no date of its own, but no later
            // than one that is background
            return new EventDate(null, true, "clause of time", "an act before or at a time more than a year before publication");
        }
        if (lastWhy != null) {
            return EventDate.unresolved(lastWhy);
        }
        if (tense == Tense.FUTURE) {
            return EventDate.unresolved("a future event with no date in its sentence");
        }
        if (publishedDate == null) {
            return EventDate.unresolved("no date in the sentence and the publication date is unknown");
        }
        return new EventDate(new ResolvedDate(publishedDate.value(), publishedDate.precision(), null), false,
                "publication date", null);
    }

    /** Whether a date ends more than {@value #HISTORICAL_DAYS} days before the publication date. */
    public static boolean historical(ResolvedDate date, ResolvedDate published) {
        if (date == null || published == null) {
            return false;
        }
        LocalDate last = switch (date.precision()) {
            case DAY -> date.firstDay();
            case MONTH -> date.firstDay().plusMonths(1).minusDays(1);
            case YEAR -> date.firstDay().plusYears(1).minusDays(1);
        };
        return last.isBefore(published.firstDay().minusDays(HISTORICAL_DAYS));
    }

    /** The tense of the expression's own clause ("... is expected to take place on Tuesday"). */
    private static Tense tenseAt(Sentence s, TimeExpression t, int trigger, Tense triggerTense) {
        int tok = tokenOf(s, t);
        return tok < 0 ? triggerTense : Tense.of(s.tokens(), tok);
    }

    /**
     * The expression attached to the trigger in the parse, else the nearest one that no relative
     * or subordinate clause separates from it ("arrived ..., where the two leaders met back in
     * 2019": the year is the meeting's, not the arrival's); null when there is none.
     */
    private static Object[] pick(Sentence s, List<Object[]> dated, int trigger) {
        if (s.parsed()) {
            for (Object[] d : dated) {
                TimeExpression t = (TimeExpression) d[1];
                for (Token k : s.tokens()) {
                    if (!k.span().overlaps(t.span())) {
                        continue;
                    }
                    Dependency h = s.head(k.index());
                    if (h != null && h.governor() == trigger && !t.span().overlaps(s.tokens().get(trigger).span())) {
                        return d;
                    }
                }
            }
        }
        Object[] best = null;
        int bestDist = Integer.MAX_VALUE;
        for (Object[] d : dated) {
            int tok = tokenOf(s, (TimeExpression) d[1]);
            if (tok >= 0 && separated(s, tok, trigger)) {
                continue;
            }
            int dist = tok < 0 ? 1000 : Math.abs(tok - trigger);
            if (dist < bestDist) {
                bestDist = dist;
                best = d;
            }
        }
        return best;
    }

    /**
     * The date of the clause that the trigger's clause of time hangs from, when that clause is
     * "after" or "when" one ("In 2014, after forces took over Donetsk, ...", "in July 2014, when
     * the university was taken over"): what happened after or when is no later than that date.
     * Null when the trigger is in no such clause or its head clause has no date.
     */
    private static Object[] timeClause(Sentence s, List<Object[]> dated, int trigger) {
        if (!s.parsed()) {
            return null;
        }
        int cur = trigger;
        for (int i = 0; i < 6; i++) {
            Dependency h = s.head(cur);
            if (h == null || h.governor() < 0 || h.relation().equals("root")) {
                return null;
            }
            String r = h.relation();
            if ((r.startsWith("advcl") || r.startsWith("obl") || r.startsWith("nmod")) && afterOrWhen(s, cur)) {
                for (Object[] d : dated) {
                    int tok = tokenOf(s, (TimeExpression) d[1]);
                    if (tok >= 0 && !within(s, tok, cur)) {
                        return d;
                    }
                }
                return null;
            }
            cur = h.governor();
        }
        return null;
    }

    private static boolean afterOrWhen(Sentence s, int clause) {
        for (Dependency d : s.children(clause)) {
            String r = d.relation();
            String w = s.tokens().get(d.dependent()).word().toLowerCase(java.util.Locale.ROOT);
            if ((r.equals("mark") || r.equals("case") || r.equals("advmod")) && (w.equals("after") || w.equals("when"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a token is the clause head or below it. */
    private static boolean within(Sentence s, int tok, int head) {
        int cur = tok;
        for (int i = 0; i < 12 && cur >= 0; i++) {
            if (cur == head) {
                return true;
            }
            Dependency h = s.head(cur);
            cur = h == null ? -1 : h.governor();
        }
        return false;
    }

    private static final java.util.Set<String> SUBORDINATORS = java.util.Set.of("where", "which", "who", "whom",
            "whose", "when", "after", "before", "because", "while", "though", "although", "since", "unless", "if");

    private static boolean separated(Sentence s, int a, int b) {
        for (int i = Math.min(a, b) + 1; i < Math.max(a, b); i++) {
            if (SUBORDINATORS.contains(s.tokens().get(i).word().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static int tokenOf(Sentence s, TimeExpression t) {
        for (Token k : s.tokens()) {
            if (k.span().overlaps(t.span())) {
                return k.index();
            }
        }
        return -1;
    }
}

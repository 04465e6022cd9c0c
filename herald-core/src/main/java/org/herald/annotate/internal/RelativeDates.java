package org.herald.annotate.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herald.model.CalendarWords;
import org.herald.model.Precision;
import org.herald.model.ResolvedDate;
import org.herald.model.Span;

/**
 * Reads a date expression that has no year of its own ("Tuesday", "yesterday", "last month",
 * "March 5", "three years ago") against the publication date.
 *
 * <p>Herald does this itself rather than take SUTime's value: SUTime's answer for such words
 * depends on what it read before in the same JVM (AnnotatorIT shows a past-tense "Tuesday" in
 * one article moving every later "Tuesday" back a week), and a record must not depend on the
 * order articles were read in. This is the reference reading, without tense: a bare weekday is
 * the one in the publication date's week (Monday to Sunday); the times stage decides from the
 * tense of the clause whether a later or an earlier one is meant.
 */
public final class RelativeDates {

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12));

    private static final Pattern YEAR = Pattern.compile("\\b(1[5-9]\\d\\d|20\\d\\d)\\b|'\\d\\ds?\\b");
    private static final Pattern AGO = Pattern.compile(
            "\\b(\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+(day|week|month|year)s?\\s+ago\\b");
    private static final Pattern DEICTIC_PERIOD = Pattern.compile("\\b(last|this|next|past|previous|coming)\\s+(month|year)\\b");
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(?:(last|this|next|past|previous|coming)\\s+)?(" + CalendarWords.weekdayPattern() + ")\\b");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b(" + CalendarWords.monthPattern() + ")\\.?"
                    + "(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b)?|\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?"
                    + "(" + CalendarWords.monthPattern() + ")\\b");

    private RelativeDates() {
    }

    /** Whether the words name their own year, so that no reference date is needed. */
    public static boolean hasYear(String words) {
        return YEAR.matcher(words).find();
    }

    /**
     * The calendar date the words stand for, read against the publication day; null when they
     * are no calendar date Herald keeps (a week, a fuzzy span such as "the coming days").
     */
    public static ResolvedDate read(String words, LocalDate published, Span span) {
        String w = words.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (w.matches(".*\\b(today|tonight|now|this morning|this afternoon|this evening)\\b.*")) {
            return ResolvedDate.day(published, span);
        }
        if (w.matches(".*\\byesterday\\b.*")) {
            return ResolvedDate.day(published.minusDays(1), span);
        }
        if (w.matches(".*\\btomorrow\\b.*")) {
            return ResolvedDate.day(published.plusDays(1), span);
        }
        Matcher m = AGO.matcher(w);
        if (m.find()) {
            int n = NUMBERS.containsKey(m.group(1)) ? NUMBERS.get(m.group(1)) : Integer.parseInt(m.group(1));
            return switch (m.group(2)) {
                case "day" -> ResolvedDate.day(published.minusDays(n), span);
                case "week" -> null;
                case "month" -> month(YearMonth.from(published).minusMonths(n), span);
                default -> new ResolvedDate(String.valueOf(published.getYear() - n), Precision.YEAR, span);
            };
        }
        m = WEEKDAY.matcher(w);
        if (m.find()) {
            LocalDate inWeek = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                    .with(TemporalAdjusters.nextOrSame(CalendarWords.weekday(m.group(2))));
            String mod = m.group(1);
            if (mod != null && (mod.equals("last") || mod.equals("past") || mod.equals("previous"))) {
                inWeek = published.with(TemporalAdjusters.previous(CalendarWords.weekday(m.group(2))));
            } else if (mod != null && (mod.equals("next") || mod.equals("coming"))) {
                inWeek = published.with(TemporalAdjusters.next(CalendarWords.weekday(m.group(2))));
            }
            return ResolvedDate.day(inWeek, span);
        }
        m = DEICTIC_PERIOD.matcher(w);
        if (m.find()) {
            int step = switch (m.group(1)) {
                case "last", "past", "previous" -> -1;
                case "next", "coming" -> 1;
                default -> 0;
            };
            return m.group(2).equals("month") ? month(YearMonth.from(published).plusMonths(step), span)
                    : new ResolvedDate(String.valueOf(published.getYear() + step), Precision.YEAR, span);
        }
        m = MONTH_DAY.matcher(w);
        if (m.find()) {
            String monthWord = m.group(1) != null ? m.group(1) : m.group(4);
            String dayWord = m.group(1) != null ? m.group(2) : m.group(3);
            if (monthWord.equals("may") && dayWord == null && !words.contains("May")) {
                return null; // the modal verb, not the month
            }
            YearMonth ym = YearMonth.of(published.getYear(), CalendarWords.month(monthWord));
            if (dayWord == null) {
                return month(ym, span);
            }
            int day = Integer.parseInt(dayWord);
            return ym.isValidDay(day) ? ResolvedDate.day(ym.atDay(day), span) : null;
        }
        return null;
    }

    private static ResolvedDate month(YearMonth ym, Span span) {
        return new ResolvedDate(ym.toString(), Precision.MONTH, span);
    }
}

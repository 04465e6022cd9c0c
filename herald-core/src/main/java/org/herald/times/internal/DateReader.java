package org.herald.times.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herald.model.CalendarWords;
import org.herald.model.Precision;
import org.herald.model.ResolvedDate;
import org.herald.model.Span;

/**
 * Reads one time expression as a calendar date, against the publication date and with the tense
 * of its clause. The words come first ("Tuesday", "last month", "back in 2019", "three years
 * ago"), since a normaliser resolves a bare weekday to the reference week whatever the tense;
 * the TIMEX value is the fallback for anything else fully specified.
 */
public final class DateReader {

    /** What an expression turned out to be: a date, not a date at all, or a date that cannot be known. */
    public sealed interface Reading {
    }

    public record Dated(ResolvedDate date) implements Reading {
    }

    /** A duration, a set ("every Tuesday"), a time of day alone: no date to give. */
    public record NotADate(String why) implements Reading {
    }

    public record Unknown(String why) implements Reading {
    }

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20));

    private static final Pattern WEEKDAY = Pattern.compile("\\b(" + CalendarWords.weekdayPattern() + ")\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(1[5-9]\\d\\d|20\\d\\d)\\b");
    private static final Pattern DECADE = Pattern.compile("\\b(1[5-9]\\d0|20\\d0)s\\b|\\b'\\d0s\\b");
    private static final Pattern MONTH = Pattern.compile("\\b(" + CalendarWords.monthPattern() + ")\\b\\.?");
    private static final Pattern DAY_NUMBER = Pattern.compile("\\b([0-3]?\\d)(st|nd|rd|th)?\\b");
    private static final Pattern AGO = Pattern.compile(
            "\\b(\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\\s+"
                    + "(day|week|month|year|decade)s?\\s+(ago|earlier|before)\\b");
    private static final Pattern VALUE_DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern VALUE_MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
    private static final Pattern VALUE_YEAR = Pattern.compile("^(\\d{4})$");
    private static final Pattern VALUE_WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})");

    private DateReader() {
    }

    /**
     * @param text the expression's words
     * @param type TIMEX3 type (DATE, TIME, DURATION, SET), or null
     * @param value TIMEX3 value, or null
     * @param published the publication date, or null when unknown
     * @param tense the tense of the clause the expression is in
     * @param span where the expression is, for the result
     */
    public static Reading read(String text, String type, String value, LocalDate published, Tense tense, Span span) {
        String t = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').strip();
        Matcher ago = AGO.matcher(t);
        if (ago.find()) {
            if (published == null) {
                return unknownPub(text);
            }
            int n = number(ago.group(1));
            return switch (ago.group(2)) {
                case "day" -> day(published.minusDays(n), span);
                case "week" -> day(published.minusWeeks(n), span);
                case "month" -> month(YearMonth.from(published).minusMonths(n), span);
                case "year" -> year(published.getYear() - n, span);
                default -> year(published.getYear() - 10 * n, span);
            };
        }
        if ("DURATION".equals(type)) {
            return new NotADate("'" + text + "' is a duration");
        }
        if ("SET".equals(type)) {
            return new NotADate("'" + text + "' is a recurring time");
        }
        Matcher decade = DECADE.matcher(t);
        if (decade.find()) {
            return new NotADate("'" + text + "' is a decade, coarser than a year");
        }
        Matcher y = YEAR.matcher(t);
        Matcher m = MONTH.matcher(t);
        boolean hasMonth = m.find();
        if (y.find()) {
            int year = Integer.parseInt(y.group(1));
            if (hasMonth) {
                int month = CalendarWords.month(m.group(1));
                Integer d = dayOf(t, m);
                if (d != null && d <= YearMonth.of(year, month).lengthOfMonth()) {
                    return day(LocalDate.of(year, month, d), span);
                }
                return month(YearMonth.of(year, month), span);
            }
            return year(year, span);
        }
        // relative words: from here on the publication date is needed
        Reading rel = relative(t, hasMonth ? m : null, published, tense, span);
        if (rel != null) {
            return published == null && !(rel instanceof NotADate) ? unknownPub(text) : rel;
        }
        return fromValue(text, value, published, span);
    }

    private static Reading relative(String t, Matcher month, LocalDate pub, Tense tense, Span span) {
        if (t.contains("day before yesterday")) {
            return pub == null ? unknown() : day(pub.minusDays(2), span);
        }
        if (t.contains("day after tomorrow")) {
            return pub == null ? unknown() : day(pub.plusDays(2), span);
        }
        if (t.contains("yesterday")) {
            return pub == null ? unknown() : day(pub.minusDays(1), span);
        }
        if (t.contains("tomorrow")) {
            return pub == null ? unknown() : day(pub.plusDays(1), span);
        }
        if (t.matches(".*\\b(today|tonight|this (morning|afternoon|evening)|now|currently|at present|right now)\\b.*")) {
            return pub == null ? unknown() : day(pub, span);
        }
        Matcher wd = WEEKDAY.matcher(t);
        if (wd.find()) {
            // the first weekday named: the start of "from Monday to Wednesday"
            return pub == null ? unknown() : day(weekday(pub, CalendarWords.weekday(wd.group(1)), t, tense), span);
        }
        if (t.matches(".*\\b(coming|next few|few) (days|weeks)\\b.*") || t.matches(".*\\b(soon|near future)\\b.*")) {
            return pub == null ? unknown() : month(YearMonth.from(pub.plusDays(3)), span);
        }
        if (t.matches(".*\\b(last|past|previous) week\\b.*")) {
            return pub == null ? unknown() : month(YearMonth.from(pub.minusWeeks(1)), span);
        }
        if (t.matches(".*\\bnext week\\b.*")) {
            return pub == null ? unknown() : month(YearMonth.from(pub.plusWeeks(1)), span);
        }
        if (t.matches(".*\\b(this|later this|earlier this) week\\b.*")) {
            return pub == null ? unknown() : month(YearMonth.from(pub), span);
        }
        if (t.matches(".*\\b(last|past|previous) month\\b.*")) {
            return pub == null ? unknown() : month(YearMonth.from(pub).minusMonths(1), span);
        }
        if (t.matches(".*\\bnext month\\b.*")) {
            return pub == null ? unknown() : month(YearMonth.from(pub).plusMonths(1), span);
        }
        if (t.matches(".*\\b(this|later this|earlier this) month\\b.*")) {
            return pub == null ? unknown() : month(YearMonth.from(pub), span);
        }
        if (t.matches(".*\\b(last|past|previous) year\\b.*")) {
            return pub == null ? unknown() : year(pub.getYear() - 1, span);
        }
        if (t.matches(".*\\bnext year\\b.*")) {
            return pub == null ? unknown() : year(pub.getYear() + 1, span);
        }
        if (t.matches(".*\\b(this|later this|earlier this) year\\b.*")) {
            return pub == null ? unknown() : year(pub.getYear(), span);
        }
        if (month != null) {
            if (pub == null) {
                return unknown();
            }
            int mo = CalendarWords.month(month.group(1));
            YearMonth here = YearMonth.from(pub);
            int year = pub.getYear();
            boolean last = t.matches(".*\\b(last|past|previous)\\b.*");
            boolean next = t.matches(".*\\bnext\\b.*");
            if (last || (tense == Tense.PAST && !next)) {
                if (mo > here.getMonthValue() || last && mo == here.getMonthValue()) {
                    year--;
                }
            } else if (next || tense == Tense.FUTURE) {
                if (mo < here.getMonthValue() || next && mo == here.getMonthValue()) {
                    year++;
                }
            }
            Integer d = dayOf(t, month);
            if (d != null && d <= YearMonth.of(year, mo).lengthOfMonth()) {
                return day(LocalDate.of(year, mo, d), span);
            }
            return month(YearMonth.of(year, mo), span);
        }
        if (t.matches(".*\\b(recently|lately|in the past|once|formerly|previously|in recent (days|weeks|months|years))\\b.*")) {
            return new NotADate("'" + t + "' is too vague to date");
        }
        return null;
    }

    /**
     * A weekday near the publication date: "last" or a past-tense clause takes the one on or before
     * it, "next" or a future clause the one after it, otherwise the nearest.
     */
    static LocalDate weekday(LocalDate pub, DayOfWeek dow, String t, Tense tense) {
        int back = (pub.getDayOfWeek().getValue() - dow.getValue() + 7) % 7; // 0..6 days back
        int ahead = (dow.getValue() - pub.getDayOfWeek().getValue() + 7) % 7; // 0..6 days ahead
        if (ahead == 0) {
            ahead = 7;
        }
        if (t.matches(".*\\b(last|past|previous)\\b.*")) {
            return pub.minusDays(back == 0 ? 7 : back);
        }
        if (t.matches(".*\\b(next|coming)\\b.*")) {
            return pub.plusDays(ahead);
        }
        if (tense == Tense.PAST) {
            return pub.minusDays(back);
        }
        if (tense == Tense.FUTURE) {
            return pub.plusDays(ahead);
        }
        return back <= ahead ? pub.minusDays(back) : pub.plusDays(ahead);
    }

    private static Reading fromValue(String text, String value, LocalDate pub, Span span) {
        if (value == null || value.isBlank()) {
            return new NotADate("'" + text + "' has no date value");
        }
        if (value.contains("X")) {
            return pub == null ? unknownPub(text) : new Unknown("'" + text + "' (" + value + ") is not fully specified");
        }
        Matcher d = VALUE_DAY.matcher(value);
        if (d.find()) {
            try {
                return day(LocalDate.of(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)),
                        Integer.parseInt(d.group(3))), span);
            } catch (java.time.DateTimeException e) {
                return new Unknown("'" + value + "' is not a calendar date");
            }
        }
        Matcher w = VALUE_WEEK.matcher(value);
        if (w.find()) {
            LocalDate monday = LocalDate.of(Integer.parseInt(w.group(1)), 6, 1)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(w.group(2)))
                    .with(DayOfWeek.MONDAY);
            return month(YearMonth.from(monday), span);
        }
        Matcher m = VALUE_MONTH.matcher(value);
        if (m.find()) {
            int mo = Integer.parseInt(m.group(2));
            if (mo < 1 || mo > 12) {
                return new Unknown("'" + value + "' is a season or quarter, not a month");
            }
            return month(YearMonth.of(Integer.parseInt(m.group(1)), mo), span);
        }
        Matcher y = VALUE_YEAR.matcher(value);
        if (y.find()) {
            return year(Integer.parseInt(y.group(1)), span);
        }
        if (value.equals("PRESENT_REF")) {
            return pub == null ? unknownPub(text) : day(pub, span);
        }
        if (value.endsWith("_REF")) {
            return new NotADate("'" + text + "' (" + value + ") is too vague to date");
        }
        return new NotADate("'" + text + "' (" + value + ") is not a date");
    }

    /** A day number right before or after the month name: "12 September", "Sept. 12th". */
    private static Integer dayOf(String t, Matcher m) {
        String after = t.substring(m.end()).strip();
        Matcher d = DAY_NUMBER.matcher(after);
        if (d.lookingAt()) {
            int v = Integer.parseInt(d.group(1));
            if (v >= 1 && v <= 31 && !(after.length() > d.end() && Character.isDigit(after.charAt(d.end())))) {
                return v;
            }
        }
        String before = t.substring(0, m.start()).strip();
        Matcher b = Pattern.compile("\\b([0-3]?\\d)(st|nd|rd|th)?(\\s+of)?$").matcher(before);
        if (b.find()) {
            int v = Integer.parseInt(b.group(1));
            if (v >= 1 && v <= 31) {
                return v;
            }
        }
        return null;
    }

    private static int number(String s) {
        Integer n = NUMBERS.get(s);
        return n != null ? n : Integer.parseInt(s);
    }

    private static Reading unknown() {
        return new Unknown("publication date unknown");
    }

    private static Reading unknownPub(String text) {
        return new Unknown("publication date unknown: '" + text + "' is relative to it");
    }

    private static Reading day(LocalDate d, Span span) {
        return new Dated(ResolvedDate.day(d, span));
    }

    private static Reading month(YearMonth m, Span span) {
        return new Dated(new ResolvedDate(m.toString(), Precision.MONTH, span));
    }

    private static Reading year(int y, Span span) {
        return new Dated(new ResolvedDate(String.format(Locale.ROOT, "%04d", y), Precision.YEAR, span));
    }
}

package org.herald.extract.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herald.model.CalendarWords;
import org.herald.model.Precision;
import org.herald.model.ResolvedDate;

/**
 * Reads publication dates in the shapes pages write them: ISO 8601 (the date as written, not
 * moved to UTC, since the local day is the one the publisher meant), RFC 1123, "11 September
 * 2023", "Sep. 11, 2023", and dates in URLs. Implausible years are refused.
 */
public final class Dates {

    private static final Pattern ISO = Pattern.compile("(?<![\\d])((?:19|20)\\d{2})-(\\d{1,2})-(\\d{1,2})(?![\\d])");
    private static final Pattern ISO_COMPACT = Pattern.compile("^((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:T|\\b|$)");
    private static final Pattern ISO_MONTH = Pattern.compile("^((?:19|20)\\d{2})-(\\d{2})$");
    private static final String MONTH_WORD = "(" + CalendarWords.monthPattern() + ")\\.?";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\w])(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH_WORD + ",?\\s+((?:19|20)\\d{2})(?!\\d)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<![\\w])" + MONTH_WORD + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})(?!\\d)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern URL_DAY = Pattern.compile(
            "/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|-|\\.|$)");
    private static final Pattern URL_COMPACT = Pattern.compile("[/_-]((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:[/_.-]|$)");
    private static final Pattern URL_MONTH = Pattern.compile("/((?:19|20)\\d{2})/(\\d{1,2})/");
    private static final String MONTH_NAME = "((?i:" + CalendarWords.monthPattern() + "))\\.?";
    private static final String YEAR = "((?:19|20)\\d{2})";
    /**
     * A wire dateline opening a story: the place (a capitalised name, perhaps with its region), a
     * date with its year, perhaps the agency, then a dash: "DELLIN, Dec 20, 2025 (NWA) -",
     * "Kelby, 3 March 2025 –", "NEW YORK, March 3, 2025 /Newswire/ --", "KYIV, March 2025 —".
     */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}(?:\\s*,\\s*\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*){0,2})?"
                    + "\\s*,\\s+(?:" + MONTH_NAME + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+" + YEAR
                    + "|(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH_NAME + ",?\\s+" + YEAR
                    + "|" + MONTH_NAME + ",?\\s+" + YEAR + ")"
                    + "\\s*(?:\\([^()]{1,40}\\)|/[^/]{1,40}/)?\\s*(?:--|[-–—:])");

    private Dates() {
    }

    /** A date in a machine-written field (meta tag, JSON-LD, {@code <time datetime>}), or null. */
    public static ResolvedDate parseField(String s) {
        if (s == null) {
            return null;
        }
        String v = s.strip();
        if (v.isEmpty() || v.length() > 100) {
            return null;
        }
        Matcher m = ISO.matcher(v);
        if (m.find() && m.start() <= 3) {
            return day(m.group(1), m.group(2), m.group(3));
        }
        m = ISO_COMPACT.matcher(v);
        if (m.find()) {
            return day(m.group(1), m.group(2), m.group(3));
        }
        m = ISO_MONTH.matcher(v);
        if (m.find()) {
            return month(m.group(1), m.group(2));
        }
        if (v.matches("\\d{10}(\\d{3})?")) {
            // Unix time in seconds or milliseconds, as some CMSs write it.
            long t = Long.parseLong(v);
            if (v.length() == 13) {
                t /= 1000;
            }
            LocalDate d = java.time.Instant.ofEpochSecond(t).atZone(java.time.ZoneOffset.UTC).toLocalDate();
            return plausible(d) ? ResolvedDate.day(d) : null;
        }
        return parseProse(v);
    }

    /** The first date written in words ("11 September 2023", "Sep 11, 2023") or ISO form in prose. */
    public static ResolvedDate parseProse(String s) {
        if (s == null) {
            return null;
        }
        ResolvedDate best = null;
        int bestAt = Integer.MAX_VALUE;
        Matcher m = DAY_MONTH_YEAR.matcher(s);
        if (m.find()) {
            ResolvedDate d = day(m.group(3), String.valueOf(month(m.group(2))), m.group(1));
            if (d != null) {
                best = d;
                bestAt = m.start();
            }
        }
        m = MONTH_DAY_YEAR.matcher(s);
        if (m.find() && m.start() < bestAt) {
            ResolvedDate d = day(m.group(3), String.valueOf(month(m.group(1))), m.group(2));
            if (d != null) {
                best = d;
                bestAt = m.start();
            }
        }
        m = ISO.matcher(s);
        if (m.find() && m.start() < bestAt) {
            ResolvedDate d = day(m.group(1), m.group(2), m.group(3));
            if (d != null) {
                best = d;
            }
        }
        return best;
    }

    /**
     * The date of a wire dateline at the start of a paragraph, with its precision (day, or month
     * when the dateline names no day), or null. A dateline without a year gives no date: the
     * year would be a guess.
     */
    public static ResolvedDate dateline(String paragraph) {
        if (paragraph == null || paragraph.isBlank() || !Character.isUpperCase(paragraph.strip().charAt(0))) {
            return null;
        }
        Matcher m = DATELINE.matcher(paragraph.length() > 200 ? paragraph.substring(0, 200) : paragraph);
        if (!m.find()) {
            return null;
        }
        if (m.group(1) != null) {
            return day(m.group(3), String.valueOf(month(m.group(1))), m.group(2));
        }
        if (m.group(4) != null) {
            return day(m.group(6), String.valueOf(month(m.group(5))), m.group(4));
        }
        return month(m.group(8), String.valueOf(month(m.group(7))));
    }

    /** A date in a URL path ({@code /2023/09/11/}, {@code /20230911/}, {@code /2023/09/}), or null. */
    public static ResolvedDate fromUrl(String url) {
        if (url == null) {
            return null;
        }
        String path = url.replaceFirst("^[a-zA-Z]+://[^/]*", "");
        int q = path.indexOf('?');
        if (q >= 0) {
            path = path.substring(0, q);
        }
        Matcher m = URL_DAY.matcher(path);
        if (m.find()) {
            ResolvedDate d = day(m.group(1), m.group(2), m.group(3));
            if (d != null) {
                return d;
            }
        }
        m = URL_COMPACT.matcher(path);
        if (m.find()) {
            ResolvedDate d = day(m.group(1), m.group(2), m.group(3));
            if (d != null) {
                return d;
            }
        }
        m = URL_MONTH.matcher(path);
        if (m.find()) {
            return month(m.group(1), m.group(2));
        }
        return null;
    }

    private static int month(String word) {
        Integer n = CalendarWords.month(word);
        return n == null ? 0 : n;
    }

    private static ResolvedDate day(String y, String mo, String d) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
            return plausible(date) ? ResolvedDate.day(date) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static ResolvedDate month(String y, String mo) {
        try {
            YearMonth ym = YearMonth.of(Integer.parseInt(y), Integer.parseInt(mo));
            return plausible(ym.atDay(1)) ? new ResolvedDate(ym.toString(), Precision.MONTH, null) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean plausible(LocalDate d) {
        return d.getYear() >= 1990 && d.isBefore(LocalDate.of(2100, 1, 1));
    }
}

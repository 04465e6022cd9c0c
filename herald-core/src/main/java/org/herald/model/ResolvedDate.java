package org.herald.model;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * A calendar date known to a precision: {@code value} is {@code yyyy-MM-dd}, {@code yyyy-MM} or
 * {@code yyyy} to match {@code precision}. {@code span} is the text it was read from, or null
 * when it was not read from the article's text (for example the publication date).
 */
public record ResolvedDate(String value, Precision precision, Span span) {

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    public ResolvedDate {
        Pattern p = switch (precision) {
            case DAY -> DAY;
            case MONTH -> MONTH;
            case YEAR -> YEAR;
        };
        if (value == null || !p.matcher(value).matches()) {
            throw new IllegalArgumentException("date '" + value + "' does not have " + precision + " precision");
        }
    }

    public static ResolvedDate day(LocalDate date, Span span) {
        return new ResolvedDate(date.toString(), Precision.DAY, span);
    }

    public static ResolvedDate day(LocalDate date) {
        return day(date, null);
    }

    /** Parses {@code yyyy-MM-dd}, {@code yyyy-MM} or {@code yyyy}; null when it is none of them. */
    public static ResolvedDate parse(String value, Span span) {
        if (value == null) {
            return null;
        }
        if (DAY.matcher(value).matches()) {
            return new ResolvedDate(value, Precision.DAY, span);
        }
        if (MONTH.matcher(value).matches()) {
            return new ResolvedDate(value, Precision.MONTH, span);
        }
        if (YEAR.matcher(value).matches()) {
            return new ResolvedDate(value, Precision.YEAR, span);
        }
        return null;
    }

    /** The first day this date can stand for. */
    public LocalDate firstDay() {
        return switch (precision) {
            case DAY -> LocalDate.parse(value);
            case MONTH -> LocalDate.parse(value + "-01");
            case YEAR -> LocalDate.parse(value + "-01-01");
        };
    }
}

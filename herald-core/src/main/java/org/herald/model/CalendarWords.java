package org.herald.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The month and weekday words of English ("September", "Sept", "Tuesday"), read once from {@code
 * calendar.tsv} beside this class: the one list the extract, annotate, quotes and times stages
 * all read dates with, so that they agree on what is a month. The file is checked when loaded;
 * an error names it and the line.
 */
public final class CalendarWords {

    static final String FILE = "calendar.tsv";

    private static final CalendarWords WORDS = load();

    private final Map<String, Integer> months;
    private final Map<String, DayOfWeek> weekdays;

    private CalendarWords(Map<String, Integer> months, Map<String, DayOfWeek> weekdays) {
        this.months = Map.copyOf(months);
        this.weekdays = Map.copyOf(weekdays);
    }

    /** The month (1-12) a word names, in any case and with or without a final dot ("Sept."); else null. */
    public static Integer month(String word) {
        return WORDS.months.get(norm(word));
    }

    /** The day of the week a word names, in any case; else null. */
    public static DayOfWeek weekday(String word) {
        return WORDS.weekdays.get(norm(word));
    }

    /** Every month word, longest first, as a regular-expression alternation ({@code september|...|sep}). */
    public static String monthPattern() {
        return alternation(WORDS.months.keySet());
    }

    /** Every weekday word, longest first, as a regular-expression alternation. */
    public static String weekdayPattern() {
        return alternation(WORDS.weekdays.keySet());
    }

    private static String norm(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    }

    private static String alternation(java.util.Set<String> words) {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        return String.join("|", sorted);
    }

    private static CalendarWords load() {
        try (InputStream in = CalendarWords.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the build");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + FILE + ": " + e.getMessage(), e);
        }
    }

    /** Reads the file's text; a bad line is an error naming the file and the line. */
    static CalendarWords parse(String text) {
        Map<String, Integer> months = new HashMap<>();
        Map<String, DayOfWeek> weekdays = new HashMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = FILE + ":" + (i + 1) + ": ";
            String[] f = lines[i].split("\t");
            if (f.length != 3) {
                throw new IllegalArgumentException(where + "want kind, number and words separated by tabs");
            }
            int n;
            try {
                n = Integer.parseInt(f[1].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(where + "'" + f[1] + "' is not a number");
            }
            for (String w : f[2].strip().split(" +")) {
                if (!w.matches("[a-z]+")) {
                    throw new IllegalArgumentException(where + "'" + w + "' is not a lower-case word");
                }
                if (months.containsKey(w) || weekdays.containsKey(w)) {
                    throw new IllegalArgumentException(where + "'" + w + "' is listed twice");
                }
                switch (f[0].strip()) {
                    case "month" -> {
                        if (n < 1 || n > 12) {
                            throw new IllegalArgumentException(where + "a month is numbered 1 to 12, not " + n);
                        }
                        months.put(w, n);
                    }
                    case "weekday" -> {
                        if (n < 1 || n > 7) {
                            throw new IllegalArgumentException(where + "a weekday is numbered 1 (Monday) to 7, not " + n);
                        }
                        weekdays.put(w, DayOfWeek.of(n));
                    }
                    default -> throw new IllegalArgumentException(where + "the kind is month or weekday, not '" + f[0] + "'");
                }
            }
        }
        if (months.values().stream().distinct().count() != 12 || weekdays.values().stream().distinct().count() != 7) {
            throw new IllegalArgumentException(FILE + ": every month and every weekday needs a word");
        }
        return new CalendarWords(months, weekdays);
    }
}

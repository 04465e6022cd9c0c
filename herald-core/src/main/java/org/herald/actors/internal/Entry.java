package org.herald.actors.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * One coded meaning of a knowledge-base line: a line with two dated codes gives two entries.
 *
 * @param name the line's first alias: the person's or body's name
 * @param code the code, e.g. {@code RUSGOV}; for roles only the role ({@code MIL}); empty for none
 * @param weak for roles: give way to any other role in the same phrase ("army spokesman" is MIL)
 * @param from first day the code holds, or null for always
 * @param to last day the code holds, or null for still
 * @param surnames words that stand for a person once the full name is in the article
 * @param order load order: later entries (user files) win over earlier ones when all else is equal
 * @param where file and line, for messages
 */
public record Entry(Kind kind, String name, String code, boolean weak, LocalDate from, LocalDate to,
                    List<String> surnames, int order, String where) {

    public Entry {
        surnames = List.copyOf(surnames);
    }

    public boolean covers(LocalDate date) {
        return date != null && (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    /** How many days the date lies outside this entry's range (0 inside). */
    public long distance(LocalDate date) {
        if (date == null || covers(date)) {
            return 0;
        }
        if (from != null && date.isBefore(from)) {
            return from.toEpochDay() - date.toEpochDay();
        }
        return date.toEpochDay() - to.toEpochDay();
    }
}

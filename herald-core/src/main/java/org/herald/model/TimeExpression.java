package org.herald.model;

/**
 * A time expression in the text and what it was normalised to.
 *
 * @param type TIMEX3 type: DATE, TIME, DURATION or SET
 * @param value the TIMEX3 value as the normaliser gave it ("2023-09-12", "P4Y", "PRESENT_REF",
 *     or null for an expression relative to a publication date that is not known)
 * @param resolved the calendar date it stands for, or null (durations, sets, unresolved)
 */
public record TimeExpression(Span span, String text, int sentence, String type, String value,
                             ResolvedDate resolved) {
}

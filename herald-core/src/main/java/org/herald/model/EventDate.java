package org.herald.model;

/**
 * When an event happened, as the times stage reads it.
 *
 * @param date the date, or null when it cannot be known from the text
 * @param historical whether the event is background rather than news: its date ends more than a
 *     year before the article's publication, or it is told as a habit ("has long criticised")
 * @param from where the date came from: "expression" (a time expression of the sentence) or
 *     "publication date" (none in the sentence; the article's own date); "habitual" for a habit,
 *     which has no one date
 * @param why when {@code date} is null, why ("publication date unknown: 'Tuesday' is relative to
 *     it"); otherwise null
 */
public record EventDate(ResolvedDate date, boolean historical, String from, String why) {

    public static EventDate unresolved(String why) {
        return new EventDate(null, false, null, why);
    }

    public boolean resolved() {
        return date != null;
    }
}

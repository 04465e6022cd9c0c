package org.herald.model;

/**
 * One coded event mention: who did what to whom, in which mode, according to whom, where, when,
 * and the words it came from.
 *
 * @param id unique within its article and the same on every run: derived ({@link #idOf}) from the
 *     article, the sentence, the trigger's span, the code and both sides (span and actor)
 * @param sentence index of the sentence it came from
 * @param root whether it comes from the lead (headline, standfirst or first paragraph)
 * @param headline whether it comes from the headline
 * @param code CAMEO code ("042")
 * @param quad CAMEO quad class 1..4 (verbal coop, material coop, verbal conflict, material conflict)
 * @param historical whether it is background: dated more than a year before the article, or a habit
 */
public record Event(String id, String article, int sentence, boolean root, boolean headline, String code,
                    Plover plover, int quad, double goldstein, Mode mode, Attribution attribution,
                    Participant source, Participant target, TextSpan trigger, ResolvedDate date,
                    boolean historical, Place place, double confidence) {

    /**
     * The id of an event mention: what makes it one. Two events of one sentence that share a
     * trigger and a code differ in a side, if only in its actor (an implied side has no words).
     */
    public static String idOf(String article, int sentence, String code, Span trigger, Participant source,
                              Participant target) {
        return Ids.of(article, Integer.toString(sentence), code, key(trigger), side(source), side(target));
    }

    /** The same event under another id. */
    public Event withId(String newId) {
        return new Event(newId, article, sentence, root, headline, code, plover, quad, goldstein, mode, attribution,
                source, target, trigger, date, historical, place, confidence);
    }

    private static String side(Participant p) {
        if (p == null) {
            return "-";
        }
        return key(p.span()) + "/" + (p.actor() == null ? "" : p.actor().code());
    }

    private static String key(Span s) {
        return s == null ? "-" : s.start() + "-" + s.end();
    }
}

package org.herald.model;

/**
 * One coded event mention: who did what to whom, in which mode, according to whom, where, when,
 * and the words it came from.
 *
 * @param id deterministic: article id + sentence + codes + spans
 * @param sentence index of the sentence it came from
 * @param root whether it comes from the lead (headline, standfirst or first paragraph)
 * @param headline whether it comes from the headline
 * @param code CAMEO code ("042")
 * @param quad CAMEO quad class 1..4 (verbal coop, material coop, verbal conflict, material conflict)
 * @param historical whether it is dated well before the article
 */
public record Event(String id, String article, int sentence, boolean root, boolean headline, String code,
                    Plover plover, int quad, double goldstein, Mode mode, Attribution attribution,
                    Participant source, Participant target, TextSpan trigger, ResolvedDate date,
                    boolean historical, Place place, double confidence) {
}

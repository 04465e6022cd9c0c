package org.herald.events.internal;

import java.util.List;

/**
 * Violence done by protesters is a riot: CAMEO 145 is "protest violently, riot: civil disobedience
 * in the form of violent demonstrations; riots". An act of force (18x assault, 19x fight, 20x mass
 * violence) whose source is named by a protest noun ({@code cues.txt} class {@code protest}:
 * protesters, demonstrators, rioters) is coded 145, the protest it is part of, as the code book's
 * protest codes take their target (the government the protest is aimed at), not the building or
 * street the force hit: "demonstrators attacked public buildings", "protesters stormed the chamber".
 */
final class ViolentProtest {

    private ViolentProtest() {
    }

    static CameoTable.Code of(Graph g, Cues cues, CameoTable table, CameoTable.Code code, List<Arguments.Side> sources) {
        String root = code.code().substring(0, 2);
        if (!(root.equals("18") || root.equals("19") || root.equals("20"))) {
            return code;
        }
        for (Arguments.Side s : sources) {
            if (s.actor() != null && s.token() >= 0 && g.token(s.token()).isNoun() && cues.is(Cues.Kind.PROTEST, g.lemma(s.token()))) {
                return table.get("145");
            }
        }
        return code;
    }
}

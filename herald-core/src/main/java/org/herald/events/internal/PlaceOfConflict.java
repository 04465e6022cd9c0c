package org.herald.events.internal;

import java.util.ArrayList;
import java.util.List;
import org.herald.model.Actor;
import org.herald.model.Participant;

/**
 * The target of a material-conflict act by a political party that names none: the country of the
 * place it happened in ("troops opened fire in Kirkuk" → IRQ; prepositions of {@code cues.txt}
 * class {@code place-prep}), as CAMEO and PLOVER coders code such acts. The place keeps its words
 * as span; it is a guess (confidence −0.1).
 */
final class PlaceOfConflict implements TargetRule {

    private final Cues cues;

    PlaceOfConflict(Cues cues) {
        this.cues = cues;
    }

    static boolean applies(Act act, List<Arguments.Side> targets) {
        return !act.mutual() && act.code().quad() == 4 && !Parties.anyActor(targets) && act.politicalSource();
    }

    @Override
    public List<Arguments.Side> apply(Act act, List<Arguments.Side> targets) {
        if (!applies(act, targets)) {
            return targets;
        }
        Graph g = act.graph();
        List<Integer> anchors = new ArrayList<>();
        anchors.add(act.token());
        if (act.trigger().entry().kind() == Lexicon.Kind.NOUN && act.light() >= 0) {
            anchors.add(act.light());
        }
        for (int a : anchors) {
            for (String prep : cues.words(Cues.Kind.PLACE_PREP)) {
                for (int h : g.dependents(a, prep)) {
                    for (Arguments.Side x : act.args().resolve(g, h)) {
                        Actor p = x.actor();
                        if (p != null && p.roles().isEmpty() && p.country() != null && p.country().length() == 3
                                && !p.country().startsWith("-")) {
                            Actor c = Actor.of(p.country(), List.of(), null);
                            return List.of(new Arguments.Side(new Participant(x.participant().text(), x.participant().span(), c),
                                    h, true, true));
                        }
                    }
                }
            }
        }
        // an act of conflict with no target at all is not a dyad: what the parse named is dropped
        return List.of();
    }
}

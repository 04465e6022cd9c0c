package org.herald.events.internal;

import java.util.List;
import org.herald.model.Actor;

/**
 * A protest by a state is a complaint, not a demonstration. CAMEO's 14 is "civilian demonstrations
 * and other collective actions"; its 114, "complain officially", is "written and institutionalized
 * protests". So a protest (14) whose every named source is a state itself, a government or an
 * intergovernmental body ("Japan protests as ships enter", "the foreign ministry protested") is
 * coded 114; a protest noun is a state's when the state is its possessor. A country's people stay
 * protesters: a plural ("Kenyans protested"), an adjective, or any role outside government
 * (students, unions, the opposition).
 */
final class OfficialProtest {

    private static final String COMPLAIN_OFFICIALLY = "114";

    private OfficialProtest() {
    }

    /** The code for a protest by these sources: 114 when each is a state acting as one, else the code itself. */
    static String code(Graph g, int trigger, String code, List<Arguments.Side> sources) {
        if (!code.startsWith("14")) {
            return code;
        }
        // a noun's protester is its possessor ("Japan's protest"); "in protest of the government's
        // refusal" names what is protested, and "Tokyo protests" may be protests in Tokyo
        List<Integer> owners = g.token(trigger).isNoun() ? g.dependents(trigger, "poss") : null;
        boolean any = false;
        for (Arguments.Side s : sources) {
            Actor a = s.actor();
            if (a == null) {
                continue;
            }
            if (!state(g, s, a) || owners != null && !owners.contains(s.token())) {
                return code;
            }
            any = true;
        }
        return any ? COMPLAIN_OFFICIALLY : code;
    }

    /** The root a protest root (14) has when a state protests (11); any other root as it is. */
    static String code(String root) {
        return root.equals("14") ? COMPLAIN_OFFICIALLY.substring(0, 2) : root;
    }

    private static boolean state(Graph g, Arguments.Side s, Actor a) {
        if (a.code().startsWith("IGO")) {
            return true;
        }
        if (!a.roles().isEmpty()) {
            return a.roles().equals(List.of("GOV"));
        }
        // a bare country named as such ("Japan", "Tokyo"), not its people ("Japanese", "Kenyans")
        return Parties.isState(a.country()) && !s.guessed() && g.token(s.token()).pos().equals("NNP");
    }
}

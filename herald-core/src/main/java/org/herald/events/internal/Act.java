package org.herald.events.internal;

import java.util.List;
import java.util.Set;

/**
 * One trigger being coded: what the rules that find its sides read.
 *
 * @param graph the sentence's parse
 * @param roles the semantic roles of its predicates
 * @param trigger the trigger and its lexicon entry
 * @param code its CAMEO code's row
 * @param mutual whether the act is mutual (all sides are parties)
 * @param sources the sources found so far
 * @param sourceCodes the actor codes of those sources
 * @param reading the trigger's mode and attribution
 * @param triggers the tokens of every trigger of the sentence
 * @param args resolves argument heads to participants
 * @param named the targets the entry's slots named, with an actor or not, before any rule
 * @param earlier the events of the article's earlier sentences, in order
 * @param light the light verb a nominal trigger is the event of ("held talks"), or -1
 */
record Act(Graph graph, Roles roles, Trigger trigger, CameoTable.Code code, boolean mutual, List<Arguments.Side> sources,
           Set<String> sourceCodes, Modality.Reading reading, Set<Integer> triggers, Arguments args,
           List<Arguments.Side> named, List<org.herald.model.Event> earlier, int light) {

    int token() {
        return trigger.token();
    }

    /** The head tokens of the sources found. */
    java.util.Set<Integer> sourceTokens() {
        java.util.Set<Integer> out = new java.util.HashSet<>();
        for (Arguments.Side s : sources) {
            out.add(s.token());
        }
        return out;
    }

    /** Whether any source may do this act (for material conflict: a political party, or protesters). */
    boolean politicalSource() {
        return sources.stream().anyMatch(x -> Parties.political(x) || Parties.isProtest(code) && Parties.citizens(x));
    }
}

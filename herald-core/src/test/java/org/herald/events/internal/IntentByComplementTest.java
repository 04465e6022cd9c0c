package org.herald.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IntentByComplementTest {

    private final CameoTable table = CameoTable.standard();
    private final Lexicon lexicon = Lexicon.standard(table);
    private final Threats threats = Threats.standard(table);

    private IntentByComplement.Decision decide(Graph g) {
        List<Trigger> found = new Triggers(lexicon).find(g);
        return IntentByComplement.of(g, found, table, threats);
    }

    @Test
    void a_vow_to_strike_is_the_threat_to_strike_and_one_event() {
        // CoreNLP's parse of "The rebels vowed to strike back at the army."
        Graph g = Parses.graph("The/DT/the rebels/NNS/rebel vowed/VBD/vow to/TO/to strike/VB/strike back/RB/back at/IN/at the/DT/the army/NN/army ././.",
                "det:2:1 nsubj:3:2 nsubj:xsubj:5:2 root:0:3 mark:5:4 xcomp:3:5 advmod:5:6 case:9:7 det:9:8 obl:at:5:9 punct:3:10");
        IntentByComplement.Decision d = decide(g);
        assertThat(d.recoded()).containsEntry(2, "1384"); // 190 announced is 1384 (threats.tsv)
        assertThat(d.carried()).containsExactly(4);
    }

    @Test
    void a_vow_to_co_operate_and_an_entry_that_names_its_complement_stay_intents() {
        Graph aid = Parses.graph("Japan/NNP/Japan/LOCATION pledged/VBD/pledge to/TO/to send/VB/send aid/NN/aid ././.",
                "nsubj:2:1 nsubj:xsubj:4:1 root:0:2 mark:4:3 xcomp:2:4 obj:4:5 punct:2:6");
        assertThat(decide(aid).recoded()).isEmpty();
        // "pledged to withdraw" is the lexicon's own sense (0356, intent to de-escalate)
        Graph withdraw = Parses.graph("Russia/NNP/Russia/LOCATION pledged/VBD/pledge to/TO/to withdraw/VB/withdraw troops/NNS/troop ././.",
                "nsubj:2:1 nsubj:xsubj:4:1 root:0:2 mark:4:3 xcomp:2:4 obj:4:5 punct:2:6");
        assertThat(decide(withdraw).recoded()).isEmpty();
        assertThat(decide(withdraw).carried()).isEmpty();
    }
}

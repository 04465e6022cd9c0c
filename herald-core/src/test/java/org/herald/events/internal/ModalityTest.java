package org.herald.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.herald.model.Mode;
import org.junit.jupiter.api.Test;

/** The mode rules on parses CoreNLP's enhanced++ parser gave for these sentences. */
class ModalityTest {

    private final Modality modality = new Modality(Cues.standard());

    private Mode mode(Graph g, int token) {
        return modality.read(g, token - 1, Set.of()).mode();
    }

    @Test
    void be_to_with_an_infinitive_is_an_arrangement_whether_be_is_a_copula_or_an_auxiliary() {
        Graph cop = Parses.graph("The/DT/the ministers/NNS/minister of/IN/of France/NNP/France/LOCATION are/VBP/be to/TO/to meet/VB/meet on/IN/on Friday/NNP/Friday/DATE ././.",
                "det:2:1 nsubj:7:2 case:4:3 nmod:of:2:4 cop:7:5 mark:7:6 root:0:7 case:9:8 obl:on:7:9 punct:7:10");
        assertThat(BeToInfinitive.future(cop, 6, null)).isTrue();
        assertThat(mode(cop, 7)).isEqualTo(Mode.FUTURE);
        Graph aux = Parses.graph("The/DT/the president/NN/president is/VBZ/be to/TO/to visit/VB/visit China/NNP/China/LOCATION ././.",
                "det:2:1 nsubj:5:2 aux:5:3 mark:5:4 root:0:5 obj:5:6 punct:5:7");
        assertThat(mode(aux, 5)).isEqualTo(Mode.FUTURE);
        // a to-infinitive under another verb is read from that verb: "decided to visit" is the visit
        Graph decided = Parses.graph("The/DT/the president/NN/president decided/VBD/decide to/TO/to visit/VB/visit China/NNP/China/LOCATION ././.",
                "det:2:1 nsubj:3:2 nsubj:xsubj:5:2 root:0:3 mark:5:4 xcomp:3:5 obj:5:6 punct:3:7");
        assertThat(mode(decided, 5)).isEqualTo(Mode.ASSERTED);
    }

    @Test
    void a_headline_of_a_noun_and_an_infinitive_without_a_finite_verb_announces_a_future_act() {
        Graph g = Parses.graph("EU/NNP/EU/ORGANIZATION to/TO/to impose/VB/impose tariffs/NNS/tariff on/IN/on Chinese/JJ/Chinese/MISC steel/NN/steel",
                "nsubj:3:1 mark:3:2 root:0:3 obj:3:4 case:7:5 amod:7:6 nmod:on:4:7");
        assertThat(mode(g, 3)).isEqualTo(Mode.FUTURE);
        // the same words under a finite verb are the verb's: "EU votes to impose tariffs" is the vote's purpose
        Graph finite = Parses.graph("Police/NNS/police arrive/VBP/arrive to/TO/to investigate/VB/investigate deaths/NNS/death",
                "nsubj:2:1 root:0:2 mark:4:3 advcl:to:2:4 obj:4:5");
        assertThat(HeadlineInfinitive.future(finite, java.util.List.of(3))).isFalse();
        Graph noun = Parses.graph("Police/NNS/police to/TO/to investigate/VB/investigate deaths/NNS/death",
                "root:0:1 mark:3:2 acl:to:1:3 obj:3:4");
        assertThat(mode(noun, 3)).isEqualTo(Mode.FUTURE);
    }

    @Test
    void what_one_is_accused_or_suspected_of_is_not_asserted() {
        // "accused the army of killing civilians": the gerund hangs from the verb as an adverbial clause
        Graph advcl = Parses.graph("Ukraine/NNP/Ukraine/LOCATION accused/VBD/accuse the/DT/the army/NN/army of/IN/of killing/VBG/kill civilians/NNS/civilian ././.",
                "nsubj:2:1 root:0:2 det:4:3 obj:2:4 mark:6:5 advcl:of:2:6 obj:6:7 punct:2:8");
        assertThat(PrepositionalComplement.is(advcl, 5)).isTrue();
        assertThat(mode(advcl, 6)).isEqualTo(Mode.HYPOTHETICAL);
        // as the parser gave "The general is suspected of killing civilians": the gerund modifies the noun
        Graph amod = Parses.graph("The/DT/the general/JJ/general is/VBZ/be suspected/VBN/suspect of/IN/of killing/VBG/kill civilians/NNS/civilian ././.",
                "det:2:1 nsubj:pass:4:2 aux:pass:4:3 root:0:4 case:7:5 amod:7:6 obl:of:4:7 punct:4:8");
        assertThat(mode(amod, 6)).isEqualTo(Mode.HYPOTHETICAL);
        // a clause of time is no complement: "after killing" was done
        Graph after = Parses.graph("Troops/NNS/troop withdrew/VBD/withdraw after/IN/after killing/VBG/kill civilians/NNS/civilian ././.",
                "nsubj:2:1 root:0:2 mark:4:3 advcl:after:2:4 obj:4:5 punct:2:6");
        assertThat(PrepositionalComplement.is(after, 3)).isFalse();
        assertThat(mode(after, 4)).isEqualTo(Mode.ASSERTED);
        // what one is prevented from doing did not happen
        Graph prevented = Parses.graph("Police/NNS/police prevented/VBD/prevent protesters/NNS/protester from/IN/from marching/VBG/march ././.",
                "nsubj:2:1 root:0:2 obj:2:3 mark:5:4 advcl:from:2:5 punct:2:6");
        assertThat(mode(prevented, 5)).isEqualTo(Mode.NEGATED);
    }

    @Test
    void too_with_an_infinitive_and_unable_say_the_act_is_not_done() {
        // "it was too early to comment", as CoreNLP parsed it
        Graph too = Parses.graph("it/PRP/it was/VBD/be too/RB/too early/JJ/early to/TO/to comment/VB/comment ././.",
                "nsubj:4:1 nsubj:xsubj:6:1 cop:4:2 advmod:4:3 root:0:4 mark:6:5 xcomp:4:6 punct:4:7");
        assertThat(mode(too, 6)).isEqualTo(Mode.NEGATED);
        Graph early = Parses.graph("it/PRP/it was/VBD/be early/JJ/early to/TO/to comment/VB/comment ././.",
                "nsubj:3:1 nsubj:xsubj:5:1 cop:3:2 root:0:3 mark:5:4 xcomp:3:5 punct:3:6");
        assertThat(mode(early, 5)).isEqualTo(Mode.ASSERTED);
        Graph unable = Parses.graph("The/DT/the president/NN/president was/VBD/be unable/JJ/unable to/TO/to meet/VB/meet the/DT/the minister/NN/minister ././.",
                "det:2:1 nsubj:4:2 nsubj:xsubj:6:2 cop:4:3 root:0:4 mark:6:5 xcomp:4:6 det:8:7 obj:6:8 punct:4:9");
        assertThat(mode(unable, 6)).isEqualTo(Mode.NEGATED);
    }

    @Test
    void a_clause_of_time_under_an_act_to_come_is_its_condition() {
        // "he will meet Lutnick once their appointments have been ratified", as CoreNLP parsed it
        Graph once = Parses.graph("he/PRP/he will/MD/will meet/VB/meet Lutnick/NNP/Lutnick/PERSON once/IN/once appointments/NNS/appointment have/VBP/have been/VBN/be ratified/VBN/ratify ././.",
                "nsubj:3:1 aux:3:2 root:0:3 obj:3:4 mark:9:5 nsubj:pass:9:6 aux:9:7 aux:pass:9:8 advcl:once:3:9 punct:3:10");
        assertThat(mode(once, 9)).isEqualTo(Mode.HYPOTHETICAL);
        // under a done act the clause of time was done too
        Graph met = Parses.graph("he/PRP/he met/VBD/meet Lutnick/NNP/Lutnick/PERSON once/IN/once appointments/NNS/appointment had/VBD/have been/VBN/be ratified/VBN/ratify ././.",
                "nsubj:2:1 root:0:2 obj:2:3 mark:8:4 nsubj:pass:8:5 aux:8:6 aux:pass:8:7 advcl:once:2:8 punct:2:9");
        assertThat(mode(met, 8)).isEqualTo(Mode.ASSERTED);
        // a past clause under a future act stays as it reads
        Graph after = Parses.graph("Israel/NNP/Israel/LOCATION will/MD/will retaliate/VB/retaliate after/IN/after Hamas/NNP/Hamas/ORGANIZATION attacked/VBD/attack ././.",
                "nsubj:3:1 aux:3:2 root:0:3 mark:6:4 nsubj:6:5 advcl:after:3:6 punct:3:7");
        assertThat(mode(after, 6)).isEqualTo(Mode.ASSERTED);
    }

    @Test
    void what_a_denied_report_says_was_done_is_not_asserted() {
        // as CoreNLP parsed "Kenya denied reports that it had warned Uganda."
        Graph denied = Parses.graph("Kenya/NNP/Kenya/LOCATION denied/VBD/deny reports/NNS/report that/IN/that it/PRP/it had/VBD/have warned/VBN/warn Uganda/NNP/Uganda/LOCATION ././.",
                "nsubj:2:1 root:0:2 obj:2:3 mark:7:4 nsubj:7:5 aux:7:6 ccomp:3:7 obj:7:8 punct:2:9");
        assertThat(mode(denied, 7)).isEqualTo(Mode.HYPOTHETICAL);
        Graph said = Parses.graph("Kenya/NNP/Kenya/LOCATION said/VBD/say that/IN/that it/PRP/it had/VBD/have warned/VBN/warn Uganda/NNP/Uganda/LOCATION ././.",
                "nsubj:2:1 root:0:2 mark:6:3 nsubj:6:4 aux:6:5 ccomp:2:6 obj:6:7 punct:2:8");
        assertThat(mode(said, 6)).isEqualTo(Mode.ASSERTED);
    }
    @Test
    void the_present_with_a_day_to_come_is_a_schedule() {
        Graph meet = Parses.graph("Kenyan/JJ/Kenyan ministers/NNS/minister meet/VBP/meet on/IN/on Thursday/NNP/Thursday/DATE ././.",
                "amod:2:1 nsubj:3:2 root:0:3 case:5:4 obl:on:3:5 punct:3:6");
        assertThat(mode(meet, 3)).isEqualTo(Mode.FUTURE);
        Graph meeting = Parses.graph("Kenyan/JJ/Kenyan ministers/NNS/minister are/VBP/be meeting/VBG/meet on/IN/on Thursday/NNP/Thursday/DATE ././.",
                "amod:2:1 nsubj:4:2 aux:4:3 root:0:4 case:6:5 obl:on:4:6 punct:4:7");
        assertThat(mode(meeting, 4)).isEqualTo(Mode.FUTURE);
        Graph nextWeek = Parses.graph("The/DT/the president/NN/president visits/VBZ/visit China/NNP/China/LOCATION next/JJ/next week/NN/week ././.",
                "det:2:1 nsubj:3:2 root:0:3 obj:3:4 amod:6:5 obl:tmod:3:6 punct:3:7");
        assertThat(mode(nextWeek, 3)).isEqualTo(Mode.FUTURE);
        // the past, a habit and the present without a day to come read as they are
        Graph met = Parses.graph("Kenyan/JJ/Kenyan ministers/NNS/minister met/VBD/meet on/IN/on Thursday/NNP/Thursday/DATE ././.",
                "amod:2:1 nsubj:3:2 root:0:3 case:5:4 obl:on:3:5 punct:3:6");
        assertThat(mode(met, 3)).isEqualTo(Mode.ASSERTED);
        Graph mondays = Parses.graph("Kenyan/JJ/Kenyan ministers/NNS/minister meet/VBP/meet on/IN/on Mondays/NNPS/Monday/DATE ././.",
                "amod:2:1 nsubj:3:2 root:0:3 case:5:4 obl:on:3:5 punct:3:6");
        assertThat(mode(mondays, 3)).isEqualTo(Mode.ASSERTED);
        Graph now = Parses.graph("Kenyan/JJ/Kenyan ministers/NNS/minister are/VBP/be meeting/VBG/meet in/IN/in Nairobi/NNP/Nairobi/LOCATION ././.",
                "amod:2:1 nsubj:4:2 aux:4:3 root:0:4 case:6:5 obl:in:4:6 punct:4:7");
        assertThat(mode(now, 4)).isEqualTo(Mode.ASSERTED);
    }
}

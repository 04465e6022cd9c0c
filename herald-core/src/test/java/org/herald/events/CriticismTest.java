package org.herald.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Criticism and rejection (CAMEO roots 11 and 12): the lexicon senses that tell them apart. */
class CriticismTest {

    private static List<String> dyads(Doc d) {
        return d.code().stream().map(Doc::dyad).toList();
    }

    @Test
    void opposing_another_partys_plans_is_an_objection_not_the_rejection_of_a_settlement() {
        Doc d = new Doc().paragraph(Doc.p("The Tories oppose Labour's plans.",
                "The/DT/the/O Tories/NNPS/Tories/ORGANIZATION oppose/VBP/oppose/O Labour/NNP/Labour/ORGANIZATION 's/POS/'s/O "
                        + "plans/NNS/plan/O ./././O",
                "det:2:1 nsubj:3:2 root:0:3 nmod:poss:6:4 case:4:5 obj:3:6 punct:3:7"))
                .actor("The Tories", "GBR", "POL").actor("Labour", "GBR", "GOV");
        assertThat(dyads(d)).contains("GBRPOL>GBRGOV:110").noneMatch(x -> x.endsWith(":127"));
    }

    @Test
    void dismissing_a_plan_as_something_decries_it() {
        Doc d = new Doc().paragraph(Doc.p("The Tories dismissed Labour's plan as desperate.",
                "The/DT/the/O Tories/NNPS/Tories/ORGANIZATION dismissed/VBD/dismiss/O Labour/NNP/Labour/ORGANIZATION 's/POS/'s/O "
                        + "plan/NN/plan/O as/IN/as/O desperate/JJ/desperate/O ./././O",
                "det:2:1 nsubj:3:2 root:0:3 nmod:poss:6:4 case:4:5 obj:3:6 case:8:7 obl:as:3:8 punct:3:9"))
                .actor("The Tories", "GBR", "POL").actor("Labour", "GBR", "GOV");
        assertThat(dyads(d)).contains("GBRPOL>GBRGOV:111");
    }

    @Test
    void dismissing_what_was_said_as_nonsense_is_no_criticism() {
        Doc d = new Doc().paragraph(Doc.p("Blair dismissed them as nonsense.",
                "Blair/NNP/Blair/PERSON dismissed/VBD/dismiss/O them/PRP/they/O as/IN/as/O nonsense/NN/nonsense/O ./././O",
                "nsubj:2:1 root:0:2 obj:2:3 case:5:4 obl:as:2:5 punct:2:6"))
                .person("Blair", "GBR", "GOV");
        assertThat(dyads(d)).noneMatch(x -> x.endsWith(":111"));
    }

    @Test
    void questioning_why_a_party_did_something_criticises_that_party() {
        Doc d = new Doc().paragraph(Doc.p("The MP questioned why the Home Office had made no plans.",
                "The/DT/the/O MP/NNP/MP/O questioned/VBD/question/O why/WRB/why/O the/DT/the/O Home/NNP/Home/ORGANIZATION "
                        + "Office/NNP/Office/ORGANIZATION had/VBD/have/O made/VBN/make/O no/DT/no/O plans/NNS/plan/O ./././O",
                "det:2:1 nsubj:3:2 root:0:3 advmod:9:4 det:7:5 compound:7:6 nsubj:9:7 aux:9:8 advcl:3:9 det:11:10 obj:9:11 punct:3:12"))
                .actor("The MP", "GBR", "LEG").actor("the Home Office", "GBR", "GOV");
        assertThat(dyads(d)).contains("GBRLEG>GBRGOV:111");
    }

    @Test
    void a_court_ruling_against_a_measure_finds_its_owner_at_fault() {
        Doc d = new Doc().paragraph(Doc.p("The court ruled against the government's policy.",
                "The/DT/the/O court/NN/court/O ruled/VBD/rule/O against/IN/against/O the/DT/the/O government/NN/government/O "
                        + "'s/POS/'s/O policy/NN/policy/O ./././O",
                "det:2:1 nsubj:3:2 root:0:3 case:8:4 det:6:5 nmod:poss:8:6 case:6:7 obl:against:3:8 punct:3:9"))
                .actor("The court", "GBR", "JUD").actor("the government", "GBR", "GOV");
        assertThat(dyads(d)).contains("GBRJUD>GBRGOV:116");
    }

    @Test
    void being_furious_at_a_decision_is_disapproval_of_whoever_made_it() {
        Doc d = new Doc().paragraph(Doc.p("The union was furious at the government's decision.",
                "The/DT/the/O union/NN/union/O was/VBD/be/O furious/JJ/furious/O at/IN/at/O the/DT/the/O government/NN/government/O "
                        + "'s/POS/'s/O decision/NN/decision/O ./././O",
                "det:2:1 nsubj:4:2 cop:4:3 root:0:4 case:9:5 det:7:6 nmod:poss:9:7 case:7:8 obl:at:4:9 punct:4:10"))
                .actor("The union", "GBR", "LAB").actor("the government", "GBR", "GOV");
        assertThat(dyads(d)).contains("GBRLAB>GBRGOV:111");
    }

    @Test
    void a_warning_that_firms_of_the_same_country_will_suffer_threatens_nothing() {
        Doc d = new Doc().paragraph(Doc.p("The minister warned that firms would suffer.",
                "The/DT/the/O minister/NN/minister/O warned/VBD/warn/O that/IN/that/O firms/NNS/firm/O would/MD/would/O "
                        + "suffer/VB/suffer/O ./././O",
                "det:2:1 nsubj:3:2 root:0:3 mark:7:4 nsubj:7:5 aux:7:6 ccomp:3:7 punct:3:8"))
                .actor("The minister", "GBR", "GOV").actor("firms", "GBR", "BUS");
        assertThat(dyads(d)).noneMatch(x -> x.contains(":13"));
    }
}

package org.herald.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The targets of criticism and rejection the slots do not name (SpeakersGovernment, ReferredThing), on hand-made parses. */
class StatementTargetsTest {

    private static List<String> dyads(Doc d) {
        return d.code().stream().map(Doc::dyad).toList();
    }

    @Test
    void a_domestic_party_accusing_the_government_accuses_its_own_government() {
        Doc d = new Doc().paragraph(Doc.p("The Greens accused the government of lying.",
                "The/DT/the/O Greens/NNPS/Greens/ORGANIZATION accused/VBD/accuse/O the/DT/the/O government/NN/government/O "
                        + "of/IN/of/O lying/VBG/lie/O ./././O",
                "det:2:1 nsubj:3:2 root:0:3 det:5:4 obj:3:5 mark:7:6 advcl:of:3:7 punct:3:8"))
                .actor("The Greens", "DEU", "POL").actor("the government", null, "GOV");
        assertThat(dyads(d)).containsExactly("DEUPOL>DEUGOV:112");
    }

    @Test
    void a_bare_country_accusing_the_government_is_left_as_it_is() {
        Doc d = new Doc().paragraph(Doc.p("Russia accused the government of lying.",
                "Russia/NNP/Russia/LOCATION accused/VBD/accuse/O the/DT/the/O government/NN/government/O "
                        + "of/IN/of/O lying/VBG/lie/O ./././O",
                "nsubj:2:1 root:0:2 det:4:3 obj:2:4 mark:6:5 advcl:of:2:6 punct:2:7"))
                .actor("Russia", "RUS").actor("the government", null, "GOV");
        assertThat(dyads(d)).noneMatch(x -> x.contains(">RUSGOV"));
    }

    @Test
    void rejecting_plans_named_before_rejects_whoever_announced_them() {
        Doc d = new Doc().paragraph(Doc.p("Putin announced the plans.",
                        "Putin/NNP/Putin/PERSON announced/VBD/announce/O the/DT/the/O plans/NNS/plan/O ./././O",
                        "nsubj:2:1 root:0:2 det:4:3 obj:2:4 punct:2:5"),
                Doc.p("The French minister rejected the plans.",
                        "The/DT/the/O French/JJ/french/MISC minister/NN/minister/O rejected/VBD/reject/O the/DT/the/O plans/NNS/plan/O ./././O",
                        "det:3:1 amod:3:2 nsubj:4:3 root:0:4 det:6:5 obj:4:6 punct:4:7"))
                .person("Putin", "RUS", "GOV").actor("The French minister", "FRA", "GOV");
        assertThat(dyads(d)).containsExactly("FRAGOV>RUSGOV:127");
    }

    @Test
    void a_complaint_from_a_party_is_that_party_s() {
        Doc d = new Doc().paragraph(Doc.p("Complaints from the Greens against Putin grew.",
                "Complaints/NNS/complaint/O from/IN/from/O the/DT/the/O Greens/NNPS/Greens/ORGANIZATION against/IN/against/O "
                        + "Putin/NNP/Putin/PERSON grew/VBD/grow/O ./././O",
                "nsubj:7:1 case:4:2 det:4:3 nmod:from:1:4 case:6:5 nmod:against:1:6 root:0:7 punct:7:8"))
                .actor("the Greens", "DEU", "POL").person("Putin", "RUS", "GOV");
        assertThat(dyads(d)).containsExactly("DEUPOL>RUSGOV:114");
    }
}

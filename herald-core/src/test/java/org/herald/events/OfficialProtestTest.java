package org.herald.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A state's protest is an official complaint (114); its people's is a demonstration (14). */
class OfficialProtestTest {

    private static final Doc.Parse KENYA_PROTESTED = Doc.p("Kenya protested against the Somali raid.",
            "Kenya/NNP/Kenya/LOCATION protested/VBD/protest/O against/IN/against/O the/DT/the/O Somali/JJ/Somali/MISC raid/NN/raid/O ./././O",
            "root:0:2 nsubj:2:1 case:6:3 det:6:4 amod:6:5 obl:against:2:6 punct:2:7");
    private static final Doc.Parse KENYANS_PROTESTED = Doc.p("Kenyans protested against the Somali raid.",
            "Kenyans/NNPS/Kenyan/MISC protested/VBD/protest/O against/IN/against/O the/DT/the/O Somali/JJ/Somali/MISC raid/NN/raid/O ./././O",
            "root:0:2 nsubj:2:1 case:6:3 det:6:4 amod:6:5 obl:against:2:6 punct:2:7");
    private static final Doc.Parse MINISTRY_SUMMONED = Doc.p("The Kenyan ministry summoned the ambassador.",
            "The/DT/the/O Kenyan/JJ/Kenyan/MISC ministry/NN/ministry/O summoned/VBD/summon/O the/DT/the/O ambassador/NN/ambassador/O ./././O",
            "root:0:4 det:3:1 amod:3:2 nsubj:4:3 det:6:5 obj:4:6 punct:4:7");

    @Test
    void a_state_that_protests_complains_officially_and_its_people_demonstrate() {
        assertThat(new Doc().paragraph(KENYA_PROTESTED).actor("Kenya", "KEN").actor("Somali", "SOM").code())
                .extracting(Doc::dyad).contains("KEN>SOM:114").noneMatch(d -> d.endsWith(":141"));
        assertThat(new Doc().paragraph(KENYANS_PROTESTED).actor("Kenyans", "KEN").actor("Somali", "SOM").code())
                .extracting(Doc::dyad).anyMatch(d -> d.startsWith("KEN>") && d.contains(":14"));
    }

    @Test
    void a_summoned_ambassador_is_another_side_not_the_summoners_own_country() {
        assertThat(new Doc().paragraph(MINISTRY_SUMMONED).actor("The Kenyan ministry", "KEN", "GOV")
                .actor("the ambassador", "KEN", "GOV").code()).extracting(Doc::dyad).contains("KENGOV>-:114");
    }
}

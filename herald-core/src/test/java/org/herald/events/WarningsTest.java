package org.herald.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.herald.model.Event;
import org.junit.jupiter.api.Test;

/** A warning of a danger faults what brings it; a warning of repercussions threatens them. */
class WarningsTest {

    private static final Doc.Parse OF_PRICES = Doc.p("The Kenyan minister warned of rising prices.",
            "The/DT/the/O Kenyan/JJ/Kenyan/MISC minister/NN/minister/O warned/VBD/warn/O of/IN/of/O rising/VBG/rise/O prices/NNS/price/O ./././O",
            "det:3:1 amod:3:2 nsubj:4:3 root:0:4 case:7:5 amod:7:6 obl:of:4:7 punct:4:8");
    private static final Doc.Parse ABOUT_DANGERS = Doc.p("The Kenyan minister warned Somalia about the dangers.",
            "The/DT/the/O Kenyan/JJ/Kenyan/MISC minister/NN/minister/O warned/VBD/warn/O Somalia/NNP/Somalia/LOCATION about/IN/about/O the/DT/the/O dangers/NNS/danger/O ./././O",
            "det:3:1 amod:3:2 nsubj:4:3 root:0:4 obj:4:5 case:8:6 det:8:7 obl:about:4:8 punct:4:9");
    private static final Doc.Parse OF_CONSEQUENCES = Doc.p("The Kenyan minister warned Somalia of consequences.",
            "The/DT/the/O Kenyan/JJ/Kenyan/MISC minister/NN/minister/O warned/VBD/warn/O Somalia/NNP/Somalia/LOCATION of/IN/of/O consequences/NNS/consequence/O ./././O",
            "det:3:1 amod:3:2 nsubj:4:3 root:0:4 obj:4:5 case:7:6 obl:of:4:7 punct:4:8");

    @Test
    void a_warning_of_a_harm_is_criticism_and_one_of_repercussions_a_threat() {
        assertThat(new Doc().paragraph(OF_PRICES).actor("The Kenyan minister", "KEN", "GOV").code())
                .extracting(Event::code).contains("111").doesNotContain("130");
        assertThat(new Doc().paragraph(ABOUT_DANGERS).actor("The Kenyan minister", "KEN", "GOV").actor("Somalia", "SOM").code())
                .extracting(Doc::dyad).contains("KENGOV>SOM:111");
        assertThat(new Doc().paragraph(OF_CONSEQUENCES).actor("The Kenyan minister", "KEN", "GOV").actor("Somalia", "SOM").code())
                .extracting(Doc::dyad).contains("KENGOV>SOM:130");
    }
}

package org.herald.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.herald.model.Event;
import org.herald.model.Mode;
import org.junit.jupiter.api.Test;

/** Which CAMEO code and PLOVER type an act gets: threats, coercion, rejection, and acts that are part of another. */
class EventTypesTest {

    static final Doc.Parse LATVIA_WILL_SANCTION = Doc.p("Latvia will impose sanctions on Estonia.",
        "Latvia/NNP/Latvia/LOCATION will/MD/will/O impose/VB/impose/O sanctions/NNS/sanction/O on/IN/on/O Estonia/NNP/Estonia/LOCATION ./././O",
        "nsubj:3:1 aux:3:2 root:0:3 obj:3:4 case:6:5 obl:on:3:6 punct:3:7");

    static final Doc.Parse ANALYSTS_SAY_LATVIA_WILL = Doc.p("Analysts said Latvia will impose sanctions on Estonia.",
        "Analysts/NNS/analyst/O said/VBD/say/O Latvia/NNP/Latvia/LOCATION will/MD/will/O impose/VB/impose/O sanctions/NNS/sanction/O on/IN/on/O Estonia/NNP/Estonia/LOCATION ./././O",
        "nsubj:2:1 root:0:2 nsubj:5:3 aux:5:4 ccomp:2:5 obj:5:6 case:8:7 obl:on:5:8 punct:2:9");

    static final Doc.Parse LATVIA_IMPOSED = Doc.p("Latvia imposed sanctions on Estonia.",
        "Latvia/NNP/Latvia/LOCATION imposed/VBD/impose/O sanctions/NNS/sanction/O on/IN/on/O Estonia/NNP/Estonia/LOCATION ./././O",
        "nsubj:2:1 root:0:2 obj:2:3 case:5:4 obl:on:2:5 punct:2:6");

    static final Doc.Parse ESTONIA_FORCED_OUT = Doc.p("Estonia forced the UN mission out of the country.",
        "Estonia/NNP/Estonia/LOCATION forced/VBD/force/O the/DT/the/O UN/NNP/UN/ORGANIZATION mission/NN/mission/O out/IN/out/O of/IN/of/O the/DT/the/O country/NN/country/O ./././O",
        "nsubj:2:1 root:0:2 det:5:3 compound:5:4 obj:2:5 case:9:6 fixed:6:7 det:9:8 obl:out_of:2:9 punct:2:10");

    static final Doc.Parse LATVIA_OPPOSED = Doc.p("Latvia is opposed to Lithuanian mediation.",
        "Latvia/NNP/Latvia/LOCATION is/VBZ/be/O opposed/VBN/oppose/O to/IN/to/O Lithuanian/JJ/lithuanian/MISC mediation/NN/mediation/O ./././O",
        "nsubj:pass:3:1 aux:pass:3:2 root:0:3 case:6:4 amod:6:5 obl:to:3:6 punct:3:7");

    static final Doc.Parse FARMERS_RALLY_DEMANDING = Doc.p("Latvian farmers rallied in Riga demanding the resignation of Prime Minister Karins.",
        "Latvian/JJ/latvian/MISC farmers/NNS/farmer/O rallied/VBD/rally/O in/IN/in/O Riga/NNP/Riga/LOCATION demanding/VBG/demand/O the/DT/the/O resignation/NN/resignation/O of/IN/of/O Prime/NNP/Prime/O Minister/NNP/Minister/O Karins/NNP/Karins/PERSON ./././O",
        "amod:2:1 nsubj:3:2 root:0:3 case:5:4 obl:in:3:5 advcl:3:6 det:8:7 obj:6:8 case:12:9 compound:12:10 compound:12:11 nmod:of:8:12 punct:3:13");

    static final Doc.Parse ARMY_DEMOLISHED = Doc.p("The Latvian army demolished Estonian homes.",
        "The/DT/the/O Latvian/JJ/latvian/MISC army/NN/army/O demolished/VBD/demolish/O Estonian/JJ/estonian/MISC homes/NNS/home/O ./././O",
        "det:3:1 amod:3:2 nsubj:4:3 root:0:4 amod:6:5 obj:4:6 punct:4:7");

    static final Doc.Parse FLEW_FOR_TALKS = Doc.p("Latvian diplomats flew to Tallinn for talks with Estonia.",
        "Latvian/JJ/latvian/MISC diplomats/NNS/diplomat/O flew/VBD/fly/O to/IN/to/O Tallinn/NNP/Tallinn/LOCATION for/IN/for/O talks/NNS/talk/O with/IN/with/O Estonia/NNP/Estonia/LOCATION ./././O",
        "amod:2:1 nsubj:3:2 root:0:3 case:5:4 obl:to:3:5 case:7:6 obl:for:3:7 case:9:8 nmod:with:7:9 punct:3:10");

    static final Doc.Parse TROOPS_CAPTURED_PART = Doc.p("Latvian troops captured part of an Estonian stronghold.",
        "Latvian/JJ/latvian/MISC troops/NNS/troop/O captured/VBD/capture/O part/NN/part/O of/IN/of/O an/DT/a/O Estonian/JJ/estonian/MISC stronghold/NN/stronghold/O ./././O",
        "amod:2:1 nsubj:3:2 root:0:3 obj:3:4 case:8:5 det:8:6 amod:8:7 nmod:of:4:8 punct:3:9");

    @Test
    void talks_someone_travels_for_are_held_by_the_traveller() {
        Doc d = new Doc().paragraph(FLEW_FOR_TALKS).actor("Latvian diplomats", "LVA", "GOV").actor("Estonia", "EST");
        assertThat(d.code()).extracting(Doc::dyad).contains("LVAGOV>EST:046");
    }

    @Test
    void capturing_part_of_a_stronghold_is_occupying_territory() {
        Doc d = new Doc().paragraph(TROOPS_CAPTURED_PART).actor("Latvian troops", "LVA", "MIL").actor("Estonian", "EST");
        assertThat(d.code()).extracting(Doc::dyad).containsExactly("LVAMIL>EST:192");
    }

    @Test
    void a_conflictual_act_a_country_announces_for_the_future_is_its_threat() {
        Doc d = new Doc().paragraph(LATVIA_WILL_SANCTION).actor("Latvia", "LVA").actor("Estonia", "EST");
        List<Event> events = d.code();
        assertThat(events).extracting(Doc::dyad).containsExactly("LVA>EST:1312");
        Event threat = events.get(0);
        assertThat(threat.mode()).isEqualTo(Mode.ASSERTED);
        assertThat(threat.plover().type()).isEqualTo("THREATEN");
        assertThat(threat.quad()).isEqualTo(3);
        assertThat(threat.trigger().text()).startsWith("impose");
    }

    @Test
    void the_same_act_done_is_not_a_threat_and_one_predicted_by_others_stays_a_future_act() {
        Doc done = new Doc().paragraph(LATVIA_IMPOSED).actor("Latvia", "LVA").actor("Estonia", "EST");
        assertThat(done.code()).extracting(Doc::dyad).containsExactly("LVA>EST:163");
        Doc predicted = new Doc().paragraph(ANALYSTS_SAY_LATVIA_WILL).actor("Latvia", "LVA").actor("Estonia", "EST");
        List<Event> events = predicted.code();
        assertThat(events).extracting(Doc::dyad).containsExactly("LVA>EST:163");
        assertThat(events.get(0).mode()).isEqualTo(Mode.FUTURE);
    }

    @Test
    void forcing_a_mission_out_of_a_country_is_an_expulsion() {
        Doc d = new Doc().paragraph(ESTONIA_FORCED_OUT).actor("Estonia", "EST").actor("UN", "IGO");
        assertThat(d.code()).extracting(Doc::dyad).containsExactly("EST>IGO:166");
    }

    @Test
    void being_opposed_to_mediation_rejects_it_and_the_mediator_is_the_target() {
        Doc d = new Doc().paragraph(LATVIA_OPPOSED).actor("Latvia", "LVA").actor("Lithuanian", "LTU");
        List<Event> events = d.code();
        assertThat(events).extracting(Doc::dyad).containsExactly("LVA>LTU:126");
        assertThat(events.get(0).plover().type()).isEqualTo("REJECT");
    }

    @Test
    void a_demand_protesters_make_while_rallying_is_part_of_the_rally() {
        Doc d = new Doc().paragraph(FARMERS_RALLY_DEMANDING).actor("Latvian farmers", "LVA", "AGR")
                .actor("Riga", "LVA").person("Prime Minister Karins", "LVA", "GOV");
        List<Event> events = d.code();
        assertThat(events).extracting(Doc::dyad).contains("LVAAGR>LVA:141");
        assertThat(events).filteredOn(e -> e.code().startsWith("10"))
                .allSatisfy(e -> assertThat(e.confidence()).isLessThan(0.5));
    }

    @Test
    void demolishing_homes_destroys_property() {
        Doc d = new Doc().paragraph(ARMY_DEMOLISHED).actor("Latvian army", "LVA", "MIL").actor("Estonian", "EST");
        assertThat(d.code()).extracting(Doc::dyad).containsExactly("LVAMIL>EST:1712");
    }

    static final Doc.Parse LATVIA_BLAMED = Doc.p("Latvia blamed Estonia for the attack on Riga.",
        "Latvia/NNP/Latvia/LOCATION blamed/VBD/blame/O Estonia/NNP/Estonia/LOCATION for/IN/for/O the/DT/the/O attack/NN/attack/O on/IN/on/O Riga/NNP/Riga/LOCATION ./././O",
        "nsubj:2:1 root:0:2 obj:2:3 case:6:4 det:6:5 obl:for:2:6 case:8:7 nmod:on:6:8 punct:2:9");

    static final Doc.Parse FARMERS_STAGED_RALLY = Doc.p("Lithuanian farmers staged a rally, demanding the resignation of Prime Minister Simonyte.",
        "Lithuanian/JJ/lithuanian/MISC farmers/NNS/farmer/O staged/VBD/stage/O a/DT/a/O rally/NN/rally/O ,/,/,/O demanding/VBG/demand/O the/DT/the/O resignation/NN/resignation/O of/IN/of/O Prime/NNP/Prime/O Minister/NNP/Minister/O Simonyte/NNP/Simonyte/PERSON ./././O",
        "amod:2:1 nsubj:3:2 root:0:3 det:5:4 obj:3:5 punct:3:6 advcl:3:7 det:9:8 obj:7:9 case:13:10 compound:13:11 compound:13:12 nmod:of:9:13 punct:3:14");

    static final Doc.Parse POLICE_DISPERSED_RALLY = Doc.p("Lithuanian police dispersed the rally, arresting Latvian activists.",
        "Lithuanian/JJ/lithuanian/MISC police/NN/police/O dispersed/VBD/disperse/O the/DT/the/O rally/NN/rally/O ,/,/,/O arresting/VBG/arrest/O Latvian/JJ/latvian/MISC activists/NNS/activist/O ./././O",
        "amod:2:1 nsubj:3:2 root:0:3 det:5:4 obj:3:5 punct:3:6 advcl:3:7 amod:9:8 obj:7:9 punct:3:10");

    static final Doc.Parse CRIMES_COMMITTED = Doc.p("Latvia condemned crimes committed by Estonian forces.",
        "Latvia/NNP/Latvia/LOCATION condemned/VBD/condemn/O crimes/NNS/crime/O committed/VBN/commit/O by/IN/by/O Estonian/JJ/estonian/MISC forces/NNS/force/O ./././O",
        "nsubj:2:1 root:0:2 obj:2:3 acl:3:4 case:7:5 amod:7:6 obl:agent:4:7 punct:2:8");

    @Test
    void an_attack_a_country_is_blamed_for_is_only_alleged() {
        Doc d = new Doc().paragraph(LATVIA_BLAMED).actor("Latvia", "LVA").actor("Estonia", "EST").actor("Riga", "LVA");
        List<Event> events = d.code();
        assertThat(events).extracting(Doc::dyad).contains("LVA>EST:112");
        // the attack names no source, so it is no event; were one found, it would be only alleged
        assertThat(events).filteredOn(e -> e.code().startsWith("19"))
                .allSatisfy(e -> assertThat(e.mode()).isEqualTo(Mode.HYPOTHETICAL));
    }

    @Test
    void a_demand_made_while_staging_a_rally_is_part_of_it_but_arrests_at_a_rally_are_not() {
        Doc staged = new Doc().paragraph(FARMERS_STAGED_RALLY).actor("Lithuanian farmers", "LTU", "AGR")
                .person("Prime Minister Simonyte", "LTU", "GOV");
        assertThat(staged.code()).filteredOn(e -> e.code().startsWith("10"))
                .allSatisfy(e -> assertThat(e.confidence()).isLessThan(0.5));
        Doc dispersed = new Doc().paragraph(POLICE_DISPERSED_RALLY).actor("Lithuanian police", "LTU", "COP")
                .actor("Latvian activists", "LVA", "OPP");
        // the participle names no agent of its own, so the arrest has no source and is no event;
        // where a source is found it keeps its confidence
        assertThat(dispersed.code()).filteredOn(e -> e.code().equals("173"))
                .allSatisfy(e -> assertThat(e.confidence()).isGreaterThanOrEqualTo(0.5));
    }

    @Test
    void crimes_committed_are_no_commitment_to_cooperate() {
        Doc d = new Doc().paragraph(CRIMES_COMMITTED).actor("Latvia", "LVA").actor("Estonian", "EST");
        assertThat(d.code()).noneMatch(e -> e.code().startsWith("03"));
    }

    static final Doc.Parse PEACEKEEPERS_ARRIVED = Doc.p("Latvian peacekeepers arrived in Estonia.",
        "Latvian/JJ/latvian/MISC peacekeepers/NNS/peacekeeper/O arrived/VBD/arrive/O in/IN/in/O Estonia/NNP/Estonia/LOCATION ./././O",
        "amod:2:1 nsubj:3:2 root:0:3 case:5:4 obl:in:3:5 punct:3:6");

    static final Doc.Parse AGREEMENT_TO_END = Doc.p("Latvia and Estonia reached an agreement to end the dispute.",
        "Latvia/NNP/Latvia/LOCATION and/CC/and/O Estonia/NNP/Estonia/LOCATION reached/VBD/reach/O an/DT/a/O agreement/NN/agreement/O to/TO/to/O end/VB/end/O the/DT/the/O dispute/NN/dispute/O ./././O",
        "nsubj:4:1 cc:3:2 conj:and:1:3 nsubj:4:3 root:0:4 det:6:5 obj:4:6 nsubj:xsubj:8:6 mark:8:7 xcomp:4:8 det:10:9 obj:8:10 punct:4:11");

    @Test
    void peacekeepers_arriving_are_peacekeeping_not_a_visit() {
        Doc d = new Doc().paragraph(PEACEKEEPERS_ARRIVED).actor("Latvian peacekeepers", "LVA", "MIL").actor("Estonia", "EST");
        assertThat(d.code()).extracting(Doc::dyad).containsExactly("LVAMIL>EST:074");
    }

    @Test
    void an_agreement_reached_to_do_something_is_an_intention_to_cooperate() {
        Doc d = new Doc().paragraph(AGREEMENT_TO_END).actor("Latvia", "LVA").actor("Estonia", "EST");
        assertThat(d.code()).extracting(Doc::dyad).contains("LVA>EST:030").doesNotContain("LVA>EST:057");
    }

    static final Doc.Parse ASKED_TO_HELP = Doc.p("Latvia asked Estonia to help Lithuania.",
        "Latvia/NNP/Latvia/LOCATION asked/VBD/ask/O Estonia/NNP/Estonia/LOCATION to/TO/to/O help/VB/help/O Lithuania/NNP/Lithuania/LOCATION ./././O",
        "nsubj:2:1 root:0:2 obj:2:3 nsubj:xsubj:5:3 mark:5:4 xcomp:2:5 obj:5:6 punct:2:7");

    @Test
    void asking_another_to_help_is_an_appeal_for_aid_to_the_one_asked() {
        Doc d = new Doc().paragraph(ASKED_TO_HELP).actor("Latvia", "LVA").actor("Estonia", "EST").actor("Lithuania", "LTU");
        assertThat(d.code()).extracting(Doc::dyad).contains("LVA>EST:023");
    }

    static final Doc.Parse SERIES_OF_BOMBS = Doc.p("Latvian militants exploded a series of bombs in Riga.",
        "Latvian/JJ/latvian/MISC militants/NNS/militant/O exploded/VBD/explode/O a/DT/a/O series/NN/series/O of/IN/of/O bombs/NNS/bomb/O in/IN/in/O Riga/NNP/Riga/LOCATION ./././O",
        "amod:2:1 nsubj:3:2 root:0:3 det:5:4 obj:3:5 case:7:6 nmod:of:5:7 case:9:8 obl:in:3:9 punct:3:10");

    @Test
    void exploding_a_series_of_bombs_is_a_bombing_where_it_happened() {
        Doc d = new Doc().paragraph(SERIES_OF_BOMBS).actor("Latvian militants", "LVA", "REB").actor("Riga", "LVA");
        assertThat(d.code()).extracting(Doc::dyad).containsExactly("LVAREB>LVA:183");
    }

    static final Doc.Parse PEACEKEEPERS_SHIPPED_OUT = Doc.p("UN peacekeepers were shipped out of Latvia.",
        "UN/NNP/UN/ORGANIZATION peacekeepers/NNS/peacekeeper/O were/VBD/be/O shipped/VBN/ship/O out/IN/out/O of/IN/of/O Latvia/NNP/Latvia/LOCATION ./././O",
        "compound:2:1 nsubj:pass:4:2 aux:pass:4:3 root:0:4 case:7:5 fixed:5:6 obl:out_of:4:7 punct:4:8");

    @Test
    void peacekeepers_shipped_out_of_a_country_are_withdrawn_by_their_own_side() {
        Doc d = new Doc().paragraph(PEACEKEEPERS_SHIPPED_OUT).actor("UN", "IGO").actor("Latvia", "LVA");
        assertThat(d.code()).extracting(Doc::dyad).containsExactly("IGO>LVA:1661");
    }

    static final Doc.Parse LATVIA_DECIDED = Doc.p("Latvia decided to impose sanctions on Estonia.",
        "Latvia/NNP/Latvia/LOCATION decided/VBD/decide/O to/TO/to/O impose/VB/impose/O sanctions/NNS/sanction/O on/IN/on/O Estonia/NNP/Estonia/LOCATION ./././O",
        "nsubj:2:1 nsubj:xsubj:4:1 root:0:2 mark:4:3 xcomp:2:4 obj:4:5 case:7:6 obl:on:4:7 punct:2:8");

    @Test
    void a_decision_to_act_is_the_act_not_an_intention() {
        Doc d = new Doc().paragraph(LATVIA_DECIDED).actor("Latvia", "LVA").actor("Estonia", "EST");
        List<Event> events = d.code();
        assertThat(events).extracting(Doc::dyad).containsExactly("LVA>EST:163");
        assertThat(events.get(0).mode()).isEqualTo(Mode.ASSERTED);
    }
}

package org.herald.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.herald.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Who did what to whom, rule by rule, on hand-made parses: the semantic roles' direction, and the
 * target rules of {@code Rules.targets} (each test names the rule it is about).
 */
class SidesTest {

    private static List<String> dyads(Doc d) {
        return d.code().stream().map(Doc::dyad).toList();
    }

    @Test
    void passive_agent_b_was_accused_by_a_is_a_accusing_b() {
        Doc d = new Doc().paragraph(Doc.p("Peru was accused by Chile of spying.",
                "Peru/NNP/Peru/LOCATION was/VBD/be/O accused/VBN/accuse/O by/IN/by/O Chile/NNP/Chile/LOCATION of/IN/of/O spying/NN/spying/O ./././O",
                "nsubj:pass:3:1 aux:pass:3:2 root:0:3 case:5:4 obl:agent:3:5 case:7:6 obl:of:3:7 punct:3:8"))
                .actor("Peru", "PER").actor("Chile", "CHL");
        assertThat(dyads(d)).contains("CHL>PER:1125").noneMatch(x -> x.startsWith("PER>"));
    }

    @Test
    void victim_is_patient_the_victims_of_a_massacre_are_never_its_source() {
        Doc d = new Doc().paragraph(Doc.p("The massacre of Japanese tourists shocked Egypt.",
                "The/DT/the/O massacre/NN/massacre/O of/IN/of/O Japanese/JJ/japanese/MISC tourists/NNS/tourist/O shocked/VBD/shock/O Egypt/NNP/Egypt/LOCATION ./././O",
                "det:2:1 nsubj:6:2 case:5:3 amod:5:4 nmod:of:2:5 root:0:6 obj:6:7 punct:6:8"))
                .actor("Japanese tourists", "JPN", "CVL").actor("Egypt", "EGY");
        assertThat(dyads(d)).noneMatch(x -> x.startsWith("JPNCVL>"));
    }

    @Test
    void each_other_the_army_and_the_rebels_fought_each_other() {
        Doc d = new Doc().paragraph(Doc.p("The Sudanese army and the RSF fought.",
                "The/DT/the/O Sudanese/JJ/sudanese/MISC army/NN/army/O and/CC/and/O the/DT/the/O RSF/NNP/RSF/ORGANIZATION fought/VBD/fight/O ./././O",
                "det:3:1 amod:3:2 nsubj:7:3 cc:6:4 det:6:5 conj:and:3:6 nsubj:7:6 root:0:7 punct:7:8"))
                .actor("The Sudanese army", "SDN", "MIL").actor("the RSF", "SDN", "REB");
        assertThat(dyads(d)).containsExactlyInAnyOrder("SDNMIL>SDNREB:190", "SDNREB>SDNMIL:190");
    }

    @Test
    void light_verb_subject_the_deployment_that_arrived_is_one_deployment_to_where_it_arrived() {
        Doc d = new Doc().paragraph(Doc.p("The deployment of NATO troops arrived in Bosnia.",
                "The/DT/the/O deployment/NN/deployment/O of/IN/of/O NATO/NNP/NATO/ORGANIZATION troops/NNS/troop/O arrived/VBD/arrive/O in/IN/in/O Bosnia/NNP/Bosnia/LOCATION ./././O",
                "det:2:1 nsubj:6:2 case:5:3 compound:5:4 nmod:of:2:5 root:0:6 case:8:7 obl:in:6:8 punct:6:9"))
                .actor("NATO", "IGO", "NATO").actor("Bosnia", "BIH");
        assertThat(dyads(d)).containsExactly("IGONATO>BIH:154");
    }

    @Test
    void object_owner_the_owner_of_a_rejected_loan_is_the_target() {
        Doc d = new Doc().paragraph(Doc.p("Kenya rejected a Japanese loan.",
                "Kenya/NNP/Kenya/LOCATION rejected/VBD/reject/O a/DT/a/O Japanese/JJ/japanese/MISC loan/NN/loan/O ./././O",
                "nsubj:2:1 root:0:2 det:5:3 amod:5:4 obj:2:5 punct:2:6"))
                .actor("Kenya", "KEN").actor("Japanese", "JPN");
        assertThat(dyads(d)).containsExactly("KEN>JPN:1221");
    }

    @Test
    void referred_act_a_rejected_protest_is_aimed_at_whoever_protested() {
        Doc d = new Doc().paragraph(Doc.p("Japan protested.", "Japan/NNP/Japan/LOCATION protested/VBD/protest/O ./././O",
                        "nsubj:2:1 root:0:2 punct:2:3"),
                Doc.p("China rejected the protest.",
                        "China/NNP/China/LOCATION rejected/VBD/reject/O the/DT/the/O protest/NN/protest/O ./././O",
                        "nsubj:2:1 root:0:2 det:4:3 obj:2:4 punct:2:5"))
                .actor("Japan", "JPN").actor("China", "CHN");
        Event rejection = d.code().stream().filter(e -> e.code().equals("120")).findFirst().orElseThrow();
        assertThat(Doc.dyad(rejection)).isEqualTo("CHN>JPN:120");
        assertThat(rejection.target().text()).isEqualTo("the protest");
        assertThat(rejection.confidence()).isLessThan(0.9);
    }

    private static final Doc.Parse TOKYO_DEMANDED = Doc.p("Tokyo demanded that the ships leave.",
            "Tokyo/NNP/Tokyo/LOCATION demanded/VBD/demand/O that/IN/that/O the/DT/the/O ships/NNS/ship/O leave/VB/leave/O ./././O",
            "nsubj:2:1 root:0:2 mark:6:3 det:5:4 nsubj:6:5 ccomp:2:6 punct:2:7");

    @Test
    void implied_domestic_target_never_where_the_demand_names_who_is_to_act() {
        Doc d = new Doc().paragraph(TOKYO_DEMANDED).actor("Tokyo", "JPN", "GOV");
        assertThat(dyads(d)).containsExactly("JPNGOV>-:100");
    }

    @Test
    void implied_domestic_target_each_source_acts_on_its_own_country() {
        Doc d = new Doc().paragraph(Doc.p("Kenyan police and Ugandan police rejected the plan.",
                "Kenyan/JJ/kenyan/MISC police/NN/police/O and/CC/and/O Ugandan/JJ/ugandan/MISC police/NN/police/O rejected/VBD/reject/O the/DT/the/O plan/NN/plan/O ./././O",
                "amod:2:1 nsubj:6:2 cc:5:3 amod:5:4 conj:and:2:5 nsubj:6:5 root:0:6 det:8:7 obj:6:8 punct:6:9"))
                .actor("Kenyan police", "KEN", "COP").actor("Ugandan police", "UGA", "COP");
        assertThat(dyads(d)).anyMatch(x -> x.startsWith("KENCOP>KEN:")).anyMatch(x -> x.startsWith("UGACOP>UGA:"))
                .noneMatch(x -> x.startsWith("UGACOP>KEN:") || x.startsWith("KENCOP>UGA:"));
    }

    @Test
    void a_definite_noun_stands_for_the_earlier_noun_it_repeats() {
        Doc d = new Doc().paragraph(Doc.p("Chinese ships entered the waters.",
                        "Chinese/JJ/chinese/MISC ships/NNS/ship/O entered/VBD/enter/O the/DT/the/O waters/NNS/water/O ./././O",
                        "amod:2:1 nsubj:3:2 root:0:3 det:5:4 obj:3:5 punct:3:6"), TOKYO_DEMANDED)
                .actor("Chinese ships", "CHN", "MIL").actor("Tokyo", "JPN", "GOV");
        Event demand = d.code().stream().filter(e -> e.code().equals("100")).findFirst().orElseThrow();
        assertThat(Doc.dyad(demand)).isEqualTo("JPNGOV>CHNMIL:100");
        assertThat(demand.target().text()).isEqualTo("ships");
    }

    @Test
    void implied_domestic_target_never_where_another_party_is_named_near_the_act() {
        Doc d = new Doc().paragraph(Doc.p("The Kenyan court rejected the appeal of the UN.",
                "The/DT/the/O Kenyan/JJ/kenyan/MISC court/NN/court/O rejected/VBD/reject/O the/DT/the/O appeal/NN/appeal/O of/IN/of/O the/DT/the/O UN/NNP/UN/ORGANIZATION ./././O",
                "det:3:1 amod:3:2 nsubj:4:3 root:0:4 det:6:5 obj:4:6 case:9:7 det:9:8 nmod:of:6:9 punct:4:10"))
                .actor("The Kenyan court", "KEN", "JUD").actor("UN", "IGO", "UNO");
        assertThat(dyads(d)).noneMatch(x -> x.equals("KENJUD>KEN:120"));
    }

    @Test
    void a_complaint_is_aimed_at_whom_it_is_about_not_whom_it_is_made_to() {
        Doc d = new Doc().paragraph(Doc.p("Lebanon complained to the UN over Israeli raids.",
                "Lebanon/NNP/Lebanon/LOCATION complained/VBD/complain/O to/IN/to/O the/DT/the/O UN/NNP/UN/ORGANIZATION over/IN/over/O Israeli/JJ/israeli/MISC raids/NNS/raid/O ./././O",
                "nsubj:2:1 root:0:2 case:5:3 det:5:4 obl:to:2:5 case:8:6 amod:8:7 obl:over:2:8 punct:2:9"))
                .actor("Lebanon", "LBN").actor("UN", "IGO", "UNO").actor("Israeli", "ISR");
        assertThat(dyads(d)).contains("LBN>ISR:114").doesNotContain("LBN>IGOUNO:114");
    }

    @Test
    void a_pronoun_subject_of_what_someone_says_is_the_speaker() {
        Doc d = new Doc().paragraph(Doc.p("The rebels told Senegal they opposed the plan.",
                "The/DT/the/O rebels/NNS/rebel/O told/VBD/tell/O Senegal/NNP/Senegal/LOCATION they/PRP/they/O opposed/VBD/oppose/O the/DT/the/O plan/NN/plan/O ./././O",
                "det:2:1 nsubj:3:2 root:0:3 obj:3:4 nsubj:6:5 ccomp:3:6 det:8:7 obj:6:8 punct:3:9"))
                .actor("The rebels", "---", "REB").actor("Senegal", "SEN");
        assertThat(dyads(d)).anyMatch(x -> x.startsWith("---REB>") && x.endsWith(":110")).noneMatch(x -> x.startsWith("SEN>"));
    }

    @Test
    void both_sides_of_a_civil_war_are_its_two_parties_of_one_country() {
        Doc d = new Doc().paragraph(Doc.p("The Sudanese army fought the RSF.",
                        "The/DT/the/O Sudanese/JJ/sudanese/MISC army/NN/army/O fought/VBD/fight/O the/DT/the/O RSF/NNP/RSF/ORGANIZATION ./././O",
                        "det:3:1 amod:3:2 nsubj:4:3 root:0:4 det:6:5 obj:4:6 punct:4:7"),
                Doc.p("Both sides rejected the truce.",
                        "Both/DT/both/O sides/NNS/side/O rejected/VBD/reject/O the/DT/the/O truce/NN/truce/O ./././O",
                        "det:2:1 nsubj:3:2 root:0:3 det:5:4 obj:3:5 punct:3:6"))
                .actor("The Sudanese army", "SDN", "MIL").actor("the RSF", "SDN", "REB");
        List<String> rejections = d.code().stream().filter(e -> e.code().startsWith("12")).map(Doc::dyad).toList();
        assertThat(rejections).anyMatch(x -> x.startsWith("SDNMIL>")).anyMatch(x -> x.startsWith("SDNREB>"));
    }

    @Test
    void complement_target_a_protest_is_aimed_at_what_its_purpose_clause_acts_on() {
        Doc d = new Doc().paragraph(Doc.p("Iraqi students rallied to show their disapproval for American policies.",
                "Iraqi/JJ/iraqi/MISC students/NNS/student/O rallied/VBD/rally/O to/TO/to/O show/VB/show/O their/PRP$/they/O disapproval/NN/disapproval/O for/IN/for/O American/JJ/american/MISC policies/NNS/policy/O ./././O",
                "amod:2:1 nsubj:3:2 nsubj:xsubj:5:2 root:0:3 mark:5:4 xcomp:3:5 nmod:poss:7:6 obj:5:7 case:10:8 amod:10:9 nmod:for:7:10 punct:3:11"))
                .actor("Iraqi students", "IRQ", "EDU").actor("American", "USA");
        assertThat(dyads(d)).contains("IRQEDU>USA:141").noneMatch(x -> x.startsWith("IRQEDU>IRQGOV"));
    }

    @Test
    void recipient_target_whom_an_act_withholds_from_is_its_target() {
        Doc d = new Doc().paragraph(Doc.p("Benin refused admittance to Ghanaians.",
                "Benin/NNP/Benin/LOCATION refused/VBD/refuse/O admittance/NN/admittance/O to/IN/to/O Ghanaians/NNPS/Ghanaian/MISC ./././O",
                "nsubj:2:1 root:0:2 obj:2:3 case:5:4 obl:to:2:5 punct:2:6"))
                .actor("Benin", "BEN").actor("Ghanaians", "GHA");
        assertThat(dyads(d)).anyMatch(x -> x.startsWith("BEN>GHA:12"));
    }

    @Test
    void implied_authority_an_agentless_arrest_is_by_the_state_of_the_arrested() {
        Doc d = new Doc().paragraph(Doc.p("Nick Griffin was arrested on Tuesday.",
                "Nick/NNP/Nick/PERSON Griffin/NNP/Griffin/PERSON was/VBD/be/O arrested/VBN/arrest/O on/IN/on/O Tuesday/NNP/Tuesday/DATE ./././O",
                "compound:2:1 nsubj:pass:4:2 aux:pass:4:3 root:0:4 case:6:5 obl:on:4:6 punct:4:7"))
                .person("Nick Griffin", "GBR", "POL");
        assertThat(dyads(d)).containsExactly("GBR>GBRPOL:173");
        assertThat(d.code().get(0).source().text()).isEmpty();
    }

    @Test
    void implied_authority_never_where_the_passive_names_its_agent() {
        Doc d = new Doc().paragraph(Doc.p("Nick Griffin was arrested by gunmen.",
                "Nick/NNP/Nick/PERSON Griffin/NNP/Griffin/PERSON was/VBD/be/O arrested/VBN/arrest/O by/IN/by/O gunmen/NNS/gunman/O ./././O",
                "compound:2:1 nsubj:pass:4:2 aux:pass:4:3 root:0:4 case:6:5 obl:agent:4:6 punct:4:7"))
                .person("Nick Griffin", "GBR", "POL");
        assertThat(dyads(d)).noneMatch(x -> x.startsWith("GBR>"));
    }

    private static final String FIGHTING_COULD_CUT =
            "that/IN/that/O fighting/NN/fighting/O could/MD/could/O cut/VB/cut/O the/DT/the/O road/NN/road/O ./././O";

    @Test
    void threat_by_source_a_warning_of_what_others_do_is_no_threat() {
        Doc d = new Doc().paragraph(Doc.p("Iran warned that fighting could cut the road.",
                "Iran/NNP/Iran/LOCATION warned/VBD/warn/O " + FIGHTING_COULD_CUT,
                "nsubj:2:1 root:0:2 mark:6:3 nsubj:6:4 aux:6:5 ccomp:2:6 det:8:7 obj:6:8 punct:2:9"))
                .actor("Iran", "IRN");
        assertThat(dyads(d)).noneMatch(x -> x.contains(":13") || x.contains(":010"));
    }

    @Test
    void threat_by_source_a_warning_to_someone_of_what_others_do_is_a_statement_to_them() {
        Doc d = new Doc().paragraph(Doc.p("Iran warned Britain that fighting could cut the road.",
                "Iran/NNP/Iran/LOCATION warned/VBD/warn/O Britain/NNP/Britain/LOCATION " + FIGHTING_COULD_CUT,
                "nsubj:2:1 root:0:2 obj:2:3 mark:7:4 nsubj:7:5 aux:7:6 ccomp:2:7 det:9:8 obj:7:9 punct:2:10"))
                .actor("Iran", "IRN").actor("Britain", "GBR");
        assertThat(dyads(d)).contains("IRN>GBR:010").noneMatch(x -> x.contains(":13"));
    }

    @Test
    void threat_by_source_a_warning_of_what_the_source_will_do_is_a_threat() {
        Doc d = new Doc().paragraph(Doc.p("Iran warned that it would retaliate.",
                "Iran/NNP/Iran/LOCATION warned/VBD/warn/O that/IN/that/O it/PRP/it/O would/MD/would/O retaliate/VB/retaliate/O ./././O",
                "nsubj:2:1 root:0:2 mark:6:3 nsubj:6:4 aux:6:5 ccomp:2:6 punct:2:7"))
                .actor("Iran", "IRN");
        assertThat(dyads(d)).anyMatch(x -> x.startsWith("IRN>") && x.contains(":13"));
    }

    @Test
    void pairs_an_act_with_no_source_actor_is_no_event_and_is_counted() {
        Doc d = new Doc().paragraph(Doc.p("Gunmen attacked Kenya.",
                "Gunmen/NNS/gunman/O attacked/VBD/attack/O Kenya/NNP/Kenya/LOCATION ./././O",
                "nsubj:2:1 root:0:2 obj:2:3 punct:2:4"))
                .actor("Kenya", "KEN");
        long before = EventCoder.standard().unsourced();
        long common = EventCoder.standard().unsourcedByKind().getOrDefault("common noun or other words with no actor", 0L);
        assertThat(d.code()).isEmpty();
        assertThat(EventCoder.standard().unsourced()).isGreaterThan(before);
        // counted by why: "gunmen" are words that name no actor
        assertThat(EventCoder.standard().unsourcedByKind().get("common noun or other words with no actor")).isGreaterThan(common);
    }

    @Test
    void pairs_an_agentless_passive_is_counted_as_one() {
        Doc d = new Doc().paragraph(Doc.p("Kenya was attacked.",
                "Kenya/NNP/Kenya/LOCATION was/VBD/be/O attacked/VBN/attack/O ./././O",
                "nsubj:pass:3:1 aux:pass:3:2 root:0:3 punct:3:4"))
                .actor("Kenya", "KEN");
        long passives = EventCoder.standard().unsourcedByKind().getOrDefault("agentless passive", 0L);
        assertThat(d.code()).isEmpty();
        assertThat(EventCoder.standard().unsourcedByKind().get("agentless passive")).isGreaterThan(passives);
    }

    @Test
    void one_span_with_two_actors_and_no_conjunction_is_one_party() {
        String span = "Russia, Ukrainian Ambassador Melnyk";
        Doc d = new Doc().paragraph(Doc.p("Russia, Ukrainian Ambassador Melnyk denied the accusations.",
                "Russia/NNP/Russia/LOCATION ,/,/,/O Ukrainian/JJ/ukrainian/MISC Ambassador/NNP/Ambassador/O Melnyk/NNP/Melnyk/PERSON denied/VBD/deny/O the/DT/the/O accusations/NNS/accusation/O ./././O",
                "compound:5:1 punct:5:2 amod:5:3 compound:5:4 nsubj:6:5 root:0:6 det:8:7 obj:6:8 punct:6:9"))
                .actor(span, 0, "RUS", List.of("GOV"), null).actor(span, 0, "UKR", List.of("GOV"), "Melnyk");
        assertThat(dyads(d)).anyMatch(x -> x.startsWith("UKRGOV>")).noneMatch(x -> x.startsWith("RUSGOV>"));
    }

    @Test
    void one_span_with_two_actors_joined_by_a_conjunction_is_two_parties() {
        String span = "Czech and Slovak envoys";
        Doc d = new Doc().paragraph(Doc.p("Czech and Slovak envoys denied the accusations.",
                "Czech/JJ/czech/MISC and/CC/and/O Slovak/JJ/slovak/MISC envoys/NNS/envoy/O denied/VBD/deny/O the/DT/the/O accusations/NNS/accusation/O ./././O",
                "amod:4:1 cc:3:2 conj:and:1:3 amod:4:3 nsubj:5:4 root:0:5 det:7:6 obj:5:7 punct:5:8"))
                .actor(span, 0, "CZE", List.of("GOV"), null).actor(span, 0, "SVK", List.of("GOV"), null);
        assertThat(dyads(d)).anyMatch(x -> x.startsWith("CZEGOV>")).anyMatch(x -> x.startsWith("SVKGOV>"));
    }

    @Test
    void joint_partner_an_agreement_to_import_is_with_whom_the_goods_come_from() {
        Doc d = new Doc().paragraph(Doc.p("Argentina signed a $240m agreement to import Venezuelan fuel in exchange for agricultural goods.",
                "Argentina/NNP/Argentina/LOCATION signed/VBD/sign/O a/DT/a/O $/$/$/O 240m/CD/240m/O agreement/NN/agreement/O to/TO/to/O import/VB/import/O Venezuelan/JJ/Venezuelan/MISC fuel/NN/fuel/O in/IN/in/O exchange/NN/exchange/O for/IN/for/O agricultural/JJ/agricultural/O goods/NNS/goods/O ./././O",
                "nsubj:2:1 root:0:2 det:6:3 dep:6:4 nummod:6:5 obj:2:6 nsubj:xsubj:8:6 mark:8:7 xcomp:2:8 amod:10:9 obj:8:10 case:12:11 obl:in:8:12 case:15:13 amod:15:14 nmod:for:12:15 punct:2:16"))
                .actor("Argentina", "ARG").actor("Venezuelan", "VEN");
        assertThat(dyads(d)).contains("ARG>VEN:057");
    }

    @Test
    void joint_partner_a_from_phrase_the_parser_hung_on_the_signing_is_the_exchanges() {
        // CoreNLP's parse: "to import" read as a noun, "from Iran" attached to "signed"
        Doc d = new Doc().paragraph(Doc.p("India has signed a $40bn deal to import millions of tonnes of liquefied natural gas from Iran.",
                "India/NNP/India/LOCATION has/VBZ/have/O signed/VBN/sign/O a/DT/a/O $/$/$/O 40bn/CD/40bn/O deal/NN/deal/O to/IN/to/O import/NN/import/O millions/NNS/million/O of/IN/of/O tonnes/NNS/tonne/O of/IN/of/O liquefied/VBN/liquefy/O natural/JJ/natural/O gas/NN/gas/O from/IN/from/O Iran/NNP/Iran/LOCATION ./././O",
                "nsubj:3:1 aux:3:2 root:0:3 det:7:4 dep:7:5 nummod:7:6 obj:3:7 case:12:8 compound:12:9 det:qmod:12:10 fixed:10:11 obl:to:3:12 case:16:13 amod:16:14 amod:16:15 nmod:of:12:16 case:18:17 obl:from:3:18 punct:3:19"))
                .actor("India", "IND").actor("Iran", "IRN");
        assertThat(dyads(d)).containsExactly("IND>IRN:057");
    }

    @Test
    void joint_partner_never_a_party_of_the_sources_own_country() {
        Doc d = new Doc().paragraph(Doc.p("Argentina signed a $240m agreement to import Venezuelan fuel in exchange for agricultural goods.",
                "Argentina/NNP/Argentina/LOCATION signed/VBD/sign/O a/DT/a/O $/$/$/O 240m/CD/240m/O agreement/NN/agreement/O to/TO/to/O import/VB/import/O Venezuelan/JJ/Venezuelan/MISC fuel/NN/fuel/O in/IN/in/O exchange/NN/exchange/O for/IN/for/O agricultural/JJ/agricultural/O goods/NNS/goods/O ./././O",
                "nsubj:2:1 root:0:2 det:6:3 dep:6:4 nummod:6:5 obj:2:6 nsubj:xsubj:8:6 mark:8:7 xcomp:2:8 amod:10:9 obj:8:10 case:12:11 obl:in:8:12 case:15:13 amod:15:14 nmod:for:12:15 punct:2:16"))
                .actor("Argentina", "ARG", "GOV").actor("Venezuelan", "ARG", "BUS");
        assertThat(dyads(d)).containsExactly("ARGGOV>-:057");
    }

    @Test
    void the_two_presidents_are_the_last_two_of_states_not_a_regional_body() {
        Doc d = new Doc().paragraph(Doc.p("Kirchner met Chavez and Faki.",
                        "Kirchner/NNP/Kirchner/PERSON met/VBD/meet/O Chavez/NNP/Chavez/PERSON and/CC/and/O Faki/NNP/Faki/PERSON ./././O",
                        "nsubj:2:1 root:0:2 obj:2:3 cc:5:4 obj:2:5 conj:and:3:5 punct:2:6"),
                Doc.p("The two presidents rejected the plan.",
                        "The/DT/the/O two/CD/two/O presidents/NNS/president/O rejected/VBD/reject/O the/DT/the/O plan/NN/plan/O ./././O",
                        "det:3:1 nummod:3:2 nsubj:4:3 root:0:4 det:6:5 obj:4:6 punct:4:7"))
                .person("Kirchner", "ARG", "GOV").person("Chavez", "VEN", "GOV")
                .actor("Faki", 0, "IGO", List.of("AFR", "AFU"), "Faki");
        List<String> rejections = d.code().stream().filter(e -> e.code().startsWith("12")).map(Doc::dyad).toList();
        assertThat(rejections).anyMatch(x -> x.startsWith("ARGGOV>")).anyMatch(x -> x.startsWith("VENGOV>"))
                .noneMatch(x -> x.startsWith("IGO"));
    }

    @Test
    void the_two_governments_the_actors_stage_left_countryless_are_the_last_two_states_named() {
        Doc d = new Doc().paragraph(Doc.p("Kirchner met Chavez.",
                        "Kirchner/NNP/Kirchner/PERSON met/VBD/meet/O Chavez/NNP/Chavez/PERSON ./././O",
                        "nsubj:2:1 root:0:2 obj:2:3 punct:2:4"),
                Doc.p("The two governments rejected the plan.",
                        "The/DT/the/O two/CD/two/O governments/NNS/government/O rejected/VBD/reject/O the/DT/the/O plan/NN/plan/O ./././O",
                        "det:3:1 nummod:3:2 nsubj:4:3 root:0:4 det:6:5 obj:4:6 punct:4:7"))
                .person("Kirchner", "ARG", "GOV").person("Chavez", "VEN", "GOV")
                .actor("The two governments", "---", "GOV");
        List<String> rejections = d.code().stream().filter(e -> e.code().startsWith("12")).map(Doc::dyad).toList();
        assertThat(rejections).anyMatch(x -> x.startsWith("ARGGOV>")).anyMatch(x -> x.startsWith("VENGOV>"))
                .noneMatch(x -> x.startsWith("---"));
    }

    @Test
    void each_other_as_the_object_is_each_source_acting_on_the_other() {
        Doc d = new Doc().paragraph(Doc.p("Kirchner and Chavez praised each other.",
                "Kirchner/NNP/Kirchner/PERSON and/CC/and/O Chavez/NNP/Chavez/PERSON praised/VBD/praise/O each/DT/each/O other/JJ/other/O ./././O",
                "nsubj:4:1 cc:3:2 conj:and:1:3 nsubj:4:3 root:0:4 det:6:5 obj:4:6 punct:4:7"))
                .person("Kirchner", "ARG", "GOV").person("Chavez", "VEN", "GOV");
        assertThat(dyads(d)).contains("ARGGOV>VENGOV:051", "VENGOV>ARGGOV:051");
    }

    @Test
    void implied_domestic_target_never_for_a_statement() {
        // CAMEO 016's target is whoever brought the charge: unnamed here, so none, not Kenya
        Doc d = new Doc().paragraph(Doc.p("Kenyan police denied the accusation.",
                "Kenyan/JJ/kenyan/MISC police/NN/police/O denied/VBD/deny/O the/DT/the/O accusation/NN/accusation/O ./././O",
                "amod:2:1 nsubj:3:2 root:0:3 det:5:4 obj:3:5 punct:3:6"))
                .actor("Kenyan police", "KEN", "COP");
        assertThat(dyads(d)).containsExactly("KENCOP>-:016");
    }

    @Test
    void implied_domestic_target_never_for_a_signed_agreement() {
        Doc d = new Doc().paragraph(Doc.p("Kenya's parliament ratified the treaty.",
                "Kenya/NNP/Kenya/LOCATION 's/POS/'s/O parliament/NN/parliament/O ratified/VBD/ratify/O the/DT/the/O treaty/NN/treaty/O ./././O",
                "nmod:poss:3:1 case:1:2 nsubj:4:3 root:0:4 det:6:5 obj:4:6 punct:4:7"))
                .actor("Kenya's parliament", "KEN", "LEG");
        assertThat(dyads(d)).containsExactly("KENLEG>-:057");
    }

    @Test
    void reason_target_a_protest_is_aimed_at_the_agent_of_its_after_clause() {
        Doc d = new Doc().paragraph(Doc.p("Japan protested after Chinese jets locked radar on a Japanese aircraft.",
                "Japan/NNP/Japan/LOCATION protested/VBD/protest/O after/IN/after/O Chinese/JJ/Chinese/MISC jets/NNS/jet/O locked/VBN/lock/O radar/NN/radar/O on/IN/on/O a/DT/a/O Japanese/JJ/Japanese/MISC aircraft/NN/aircraft/O ./././O",
                "nsubj:2:1 root:0:2 mark:6:3 amod:5:4 nsubj:6:5 advcl:after:2:6 obj:6:7 case:11:8 det:11:9 amod:11:10 obl:on:6:11 punct:2:12"))
                .actor("Japan", "JPN", "GOV").actor("Chinese jets", "CHN", "MIL").actor("Japanese", "JPN");
        assertThat(dyads(d)).anyMatch(x -> x.startsWith("JPNGOV>CHNMIL:114")).noneMatch(x -> x.startsWith("JPNGOV>JPN"));
    }

    @Test
    void reason_target_a_complaint_over_a_decision_is_aimed_at_whose_decision_it_is() {
        Doc d = new Doc().paragraph(Doc.p("China lodged a protest over the Japanese decision.",
                "China/NNP/China/LOCATION lodged/VBD/lodge/O a/DT/a/O protest/NN/protest/O over/IN/over/O the/DT/the/O Japanese/JJ/Japanese/MISC decision/NN/decision/O ./././O",
                "nsubj:2:1 root:0:2 det:4:3 obj:2:4 case:8:5 det:8:6 amod:8:7 nmod:over:4:8 punct:2:9"))
                .actor("China", "CHN").actor("Japanese", "JPN");
        assertThat(dyads(d)).anyMatch(x -> x.startsWith("CHN>JPN:11"));
    }

    @Test
    void an_apposition_names_the_person_so_its_owner_is_the_persons() {
        Doc d = new Doc().paragraph(Doc.p("Ali Khan, Al Jazeera's manager, urged the Israeli government to act.",
                "Ali/NNP/Ali/PERSON Khan/NNP/Khan/PERSON ,/,/,/O Al/NNP/Al/ORGANIZATION Jazeera/NNP/Jazeera/ORGANIZATION 's/POS/'s/O manager/NN/manager/O ,/,/,/O urged/VBD/urge/O the/DT/the/O Israeli/JJ/israeli/MISC government/NN/government/O to/TO/to/O act/VB/act/O ./././O",
                "compound:2:1 nsubj:9:2 punct:2:3 compound:5:4 nmod:poss:7:5 case:5:6 appos:2:7 punct:2:8 root:0:9 det:12:10 amod:12:11 obj:9:12 mark:14:13 xcomp:9:14 punct:9:15"))
                .actor("Al Jazeera", "QAT", "MED").actor("the Israeli government", "ISR", "GOV");
        assertThat(dyads(d)).anyMatch(x -> x.startsWith("QATMED>ISRGOV:02"));
    }

    @Test
    void an_apposition_that_is_a_relational_noun_does_not_give_its_owner() {
        Doc d = new Doc().paragraph(Doc.p("Ali Khan, Iran's critic, urged the Israeli government to act.",
                "Ali/NNP/Ali/PERSON Khan/NNP/Khan/PERSON ,/,/,/O Iran/NNP/Iran/LOCATION 's/POS/'s/O critic/NN/critic/O ,/,/,/O urged/VBD/urge/O the/DT/the/O Israeli/JJ/israeli/MISC government/NN/government/O to/TO/to/O act/VB/act/O ./././O",
                "compound:2:1 nsubj:8:2 punct:2:3 nmod:poss:6:4 case:4:5 appos:2:6 punct:2:7 root:0:8 det:11:9 amod:11:10 obj:8:11 mark:13:12 xcomp:8:13 punct:8:14"))
                .actor("Iran", "IRN").actor("the Israeli government", "ISR", "GOV");
        assertThat(dyads(d)).noneMatch(x -> x.startsWith("IRN>"));
    }

    @Test
    void a_courts_ruling_that_a_governments_act_breaks_the_law_is_a_finding_against_that_government() {
        Doc d = new Doc().paragraph(Doc.p("The court ruled that the Kenyan government's tax broke the constitution.",
                "The/DT/the/O court/NN/court/O ruled/VBD/rule/O that/IN/that/O the/DT/the/O Kenyan/JJ/kenyan/MISC government/NN/government/O 's/POS/'s/O tax/NN/tax/O broke/VBD/break/O the/DT/the/O constitution/NN/constitution/O ./././O",
                "det:2:1 nsubj:3:2 root:0:3 mark:10:4 det:7:5 amod:7:6 nmod:poss:9:7 case:7:8 nsubj:10:9 ccomp:3:10 det:12:11 obj:10:12 punct:3:13"))
                .actor("The court", "KEN", "JUD").actor("the Kenyan government", "KEN", "GOV");
        assertThat(dyads(d)).contains("KENJUD>KENGOV:116");
    }

    @Test
    void a_relational_noun_is_not_its_possessor_but_the_members_it_lists() {
        Doc d = new Doc().paragraph(Doc.p("Kyiv's allies, including France, condemned the strikes.",
                "Kyiv/NNP/Kyiv/LOCATION 's/POS/'s/O allies/NNS/ally/O ,/,/,/O including/VBG/include/O France/NNP/France/LOCATION ,/,/,/O condemned/VBD/condemn/O the/DT/the/O strikes/NNS/strike/O ./././O",
                "nmod:poss:3:1 case:1:2 nsubj:8:3 punct:3:4 case:6:5 nmod:including:3:6 punct:3:7 root:0:8 det:10:9 obj:8:10 punct:8:11"))
                .actor("Kyiv", "UKR", "GOV").actor("France", "FRA");
        assertThat(dyads(d)).anyMatch(x -> x.startsWith("FRA>")).noneMatch(x -> x.startsWith("UKRGOV>"));
    }

    @Test
    void a_relational_noun_with_no_members_listed_is_no_actor() {
        Doc d = new Doc().paragraph(Doc.p("Iran's neighbours condemned the attack.",
                "Iran/NNP/Iran/LOCATION 's/POS/'s/O neighbours/NNS/neighbour/O condemned/VBD/condemn/O the/DT/the/O attack/NN/attack/O ./././O",
                "nmod:poss:3:1 case:1:2 nsubj:4:3 root:0:4 det:6:5 obj:4:6 punct:4:7"))
                .actor("Iran", "IRN");
        assertThat(dyads(d)).noneMatch(x -> x.startsWith("IRN>"));
    }

    @Test
    void a_thing_on_a_countrys_territory_is_that_countrys() {
        Doc d = new Doc().paragraph(Doc.p("Ukraine attacked facilities on Russian territory.",
                "Ukraine/NNP/Ukraine/LOCATION attacked/VBD/attack/O facilities/NNS/facility/O on/IN/on/O Russian/JJ/Russian/MISC territory/NN/territory/O ./././O",
                "nsubj:2:1 root:0:2 obj:2:3 case:6:4 amod:6:5 nmod:on:3:6 punct:2:7"))
                .actor("Ukraine", "UKR").actor("Russian", "RUS");
        assertThat(dyads(d)).contains("UKR>RUS:190");
    }

    @Test
    void the_place_of_an_act_is_not_who_did_it() {
        Doc d = new Doc().paragraph(Doc.p("Haniyeh was killed by an airstrike in Tehran.",
                "Haniyeh/NNP/Haniyeh/PERSON was/VBD/be/O killed/VBN/kill/O by/IN/by/O an/DT/a/O airstrike/NN/airstrike/O in/IN/in/O Tehran/NNP/Tehran/LOCATION ./././O",
                "nsubj:pass:3:1 aux:pass:3:2 root:0:3 case:6:4 det:6:5 obl:agent:3:6 case:8:7 nmod:in:6:8 punct:3:9"))
                .actor("Haniyeh", "PSE", "REB").actor("Tehran", "IRN");
        assertThat(dyads(d)).noneMatch(x -> x.startsWith("IRN>"));
    }

    @Test
    void partners_of_no_one_talks_with_two_parties_and_no_source_pair_neither_with_the_other() {
        // as CoreNLP parsed them; "with" names the other side of someone the sentence leaves unsaid
        Doc none = new Doc().paragraph(Doc.p("Talks with Iraq and Afghanistan began on Monday.",
                "Talks/NNS/talk/O with/IN/with/O Iraq/NNP/Iraq/LOCATION and/CC/and/O Afghanistan/NNP/Afghanistan/LOCATION began/VBD/begin/O on/IN/on/O Monday/NNP/Monday/DATE ./././O",
                "nsubj:6:1 case:3:2 nmod:with:1:3 cc:5:4 nmod:with:1:5 conj:and:3:5 root:0:6 case:8:7 obl:on:6:8 punct:6:9"))
                .actor("Iraq", "IRQ").actor("Afghanistan", "AFG");
        assertThat(dyads(none)).noneMatch(x -> x.startsWith("IRQ>") || x.startsWith("AFG>"));
        // with a source, each partner is its other side
        Doc held = new Doc().paragraph(Doc.p("The WTO is to hold talks with Iraq and Afghanistan.",
                "The/DT/the/O WTO/NNP/WTO/ORGANIZATION is/VBZ/be/O to/TO/to/O hold/VB/hold/O talks/NNS/talk/O with/IN/with/O Iraq/NNP/Iraq/LOCATION and/CC/and/O Afghanistan/NNP/Afghanistan/LOCATION ./././O",
                "det:2:1 nsubj:5:2 aux:5:3 mark:5:4 root:0:5 obj:5:6 case:8:7 nmod:with:6:8 cc:10:9 nmod:with:6:10 conj:and:8:10 punct:5:11"))
                .actor("The WTO", "IGO", "WTO").actor("Iraq", "IRQ").actor("Afghanistan", "AFG");
        assertThat(dyads(held)).noneMatch(x -> x.startsWith("IRQ>") || x.startsWith("AFG>"))
                .anyMatch(x -> x.startsWith("IGOWTO>IRQ:04") || x.startsWith("IRQ>IGOWTO:04"));
    }
}

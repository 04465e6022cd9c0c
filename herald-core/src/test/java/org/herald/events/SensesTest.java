package org.herald.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.herald.model.Event;
import org.junit.jupiter.api.Test;

/** Senses that are no political event (internal.Senses), through the standard coder. */
class SensesTest {

    private static final Doc.Parse FIRE_DESTROYED = Doc.p("Fire destroyed the Nigerian embassy.",
            "Fire/NN/fire/O destroyed/VBD/destroy/O the/DT/the/O Nigerian/JJ/Nigerian/MISC embassy/NN/embassy/O ./././O",
            "root:0:2 nsubj:2:1 obj:2:5 det:5:3 amod:5:4 punct:2:6");
    private static final Doc.Parse REBELS_DESTROYED = Doc.p("Rebels destroyed the Nigerian embassy.",
            "Rebels/NNS/rebel/O destroyed/VBD/destroy/O the/DT/the/O Nigerian/JJ/Nigerian/MISC embassy/NN/embassy/O ./././O",
            "root:0:2 nsubj:2:1 obj:2:5 det:5:3 amod:5:4 punct:2:6");
    private static final Doc.Parse KILLED_IN_CRASH = Doc.p("Two Kenyan soldiers were killed in a crash.",
            "Two/CD/two/NUMBER Kenyan/JJ/Kenyan/MISC soldiers/NNS/soldier/O were/VBD/be/O killed/VBN/kill/O in/IN/in/O a/DT/a/O crash/NN/crash/O ./././O",
            "root:0:5 nummod:3:1 amod:3:2 nsubj:pass:5:3 aux:pass:5:4 case:8:6 det:8:7 obl:in:5:8 punct:5:9");
    private static final Doc.Parse KILLED_IN_TOWN = Doc.p("Two Kenyan soldiers were killed in a town.",
            "Two/CD/two/NUMBER Kenyan/JJ/Kenyan/MISC soldiers/NNS/soldier/O were/VBD/be/O killed/VBN/kill/O in/IN/in/O a/DT/a/O town/NN/town/O ./././O",
            "root:0:5 nummod:3:1 amod:3:2 nsubj:pass:5:3 aux:pass:5:4 case:8:6 det:8:7 obl:in:5:8 punct:5:9");
    private static final Doc.Parse FOUGHT_TARIFFS = Doc.p("Kenya fought tariffs.",
            "Kenya/NNP/Kenya/LOCATION fought/VBD/fight/O tariffs/NNS/tariff/O ./././O",
            "root:0:2 nsubj:2:1 obj:2:3 punct:2:4");
    private static final Doc.Parse FOUGHT_REBELS = Doc.p("Kenya fought Somali rebels.",
            "Kenya/NNP/Kenya/LOCATION fought/VBD/fight/O Somali/JJ/Somali/MISC rebels/NNS/rebel/O ./././O",
            "root:0:2 nsubj:2:1 obj:2:4 amod:4:3 punct:2:5");
    private static final Doc.Parse DEMONSTRATED_RESTRAINT = Doc.p("Kenyan students demonstrated restraint.",
            "Kenyan/JJ/Kenyan/MISC students/NNS/student/O demonstrated/VBD/demonstrate/O restraint/NN/restraint/O ./././O",
            "root:0:3 amod:2:1 nsubj:3:2 obj:3:4 punct:3:5");
    private static final Doc.Parse DEMONSTRATED_AGAINST = Doc.p("Kenyan students demonstrated against the government.",
            "Kenyan/JJ/Kenyan/MISC students/NNS/student/O demonstrated/VBD/demonstrate/O against/IN/against/O the/DT/the/O government/NN/government/O ./././O",
            "root:0:3 amod:2:1 nsubj:3:2 case:6:4 det:6:5 obl:against:3:6 punct:3:7");
    private static final Doc.Parse COACH_PRAISED = Doc.p("The coach praised the squad after the league match.",
            "The/DT/the/O coach/NN/coach/O praised/VBD/praise/O the/DT/the/O squad/NN/squad/O after/IN/after/O the/DT/the/O league/NN/league/O match/NN/match/O ./././O",
            "root:0:3 det:2:1 nsubj:3:2 det:5:4 obj:3:5 case:9:6 det:9:7 compound:9:8 obl:after:3:9 punct:3:10");
    private static final Doc.Parse KENYA_DESTROYED = Doc.p("Kenya destroyed Nigeria at the stadium.",
            "Kenya/NNP/Kenya/LOCATION destroyed/VBD/destroy/O Nigeria/NNP/Nigeria/LOCATION at/IN/at/O the/DT/the/O stadium/NN/stadium/O ./././O",
            "root:0:2 nsubj:2:1 obj:2:3 case:6:4 det:6:5 obl:at:2:6 punct:2:7");
    private static final Doc.Parse POLICE_ARRESTED = Doc.p("Kenyan police arrested Nigerian rebels at the stadium.",
            "Kenyan/JJ/Kenyan/MISC police/NNS/police/O arrested/VBD/arrest/O Nigerian/JJ/Nigerian/MISC rebels/NNS/rebel/O at/IN/at/O the/DT/the/O stadium/NN/stadium/O ./././O",
            "root:0:3 amod:2:1 nsubj:3:2 amod:5:4 obj:3:5 case:8:6 det:8:7 obl:at:3:8 punct:3:9");

    private static final Doc.Parse HELPED_REBUILD = Doc.p("Kenya helped Somalia rebuild its army.",
            "Kenya/NNP/Kenya/LOCATION helped/VBD/help/O Somalia/NNP/Somalia/LOCATION rebuild/VB/rebuild/O its/PRP$/its/O army/NN/army/O ./././O",
            "root:0:2 nsubj:2:1 obj:2:3 xcomp:2:4 nmod:poss:6:5 obj:4:6 punct:2:7");
    private static final Doc.Parse HELPED_SOMALIA = Doc.p("Kenya helped Somalia.",
            "Kenya/NNP/Kenya/LOCATION helped/VBD/help/O Somalia/NNP/Somalia/LOCATION ./././O",
            "root:0:2 nsubj:2:1 obj:2:3 punct:2:4");

    @Test
    void help_to_do_an_act_is_no_delivery_of_aid() {
        assertThat(new Doc().paragraph(HELPED_REBUILD).actor("Kenya", "KEN").actor("Somalia", "SOM").code())
                .extracting(Doc::dyad).doesNotContain("KEN>SOM:070");
        assertThat(new Doc().paragraph(HELPED_SOMALIA).actor("Kenya", "KEN").actor("Somalia", "SOM").code())
                .extracting(Doc::dyad).contains("KEN>SOM:070");
    }

    private static final Doc.Parse WILL_MEET = Doc.p("Kenya will meet on Tuesday.",
            "Kenya/NNP/Kenya/LOCATION will/MD/will/O meet/VB/meet/O on/IN/on/O Tuesday/NNP/Tuesday/DATE ./././O",
            "root:0:3 nsubj:3:1 aux:3:2 case:5:4 obl:on:3:5 punct:3:6");
    private static final Doc.Parse WILL_MEET_SOMALIA_SAID = Doc.p("Kenya will meet on Tuesday, Somalia said.",
            "Kenya/NNP/Kenya/LOCATION will/MD/will/O meet/VB/meet/O on/IN/on/O Tuesday/NNP/Tuesday/DATE ,/,/,/O Somalia/NNP/Somalia/LOCATION said/VBD/say/O ./././O",
            "root:0:8 ccomp:8:3 nsubj:3:1 aux:3:2 case:5:4 obl:on:3:5 punct:8:6 nsubj:8:7 punct:8:9");
    private static final Doc.Parse MET_ON_TUESDAY = Doc.p("Kenya met on Tuesday.",
            "Kenya/NNP/Kenya/LOCATION met/VBD/meet/O on/IN/on/O Tuesday/NNP/Tuesday/DATE ./././O",
            "root:0:2 nsubj:2:1 case:4:3 obl:on:2:4 punct:2:5");

    @Test
    void a_future_act_in_a_sentence_that_names_no_other_party_is_no_intent() {
        assertThat(new Doc().paragraph(WILL_MEET).actor("Kenya", "KEN").code()).extracting(Event::code).doesNotContain("040");
        assertThat(new Doc().paragraph(WILL_MEET_SOMALIA_SAID).actor("Kenya", "KEN").actor("Somalia", "SOM").code())
                .extracting(Event::code).contains("040");
        assertThat(new Doc().paragraph(MET_ON_TUESDAY).actor("Kenya", "KEN").code()).extracting(Event::code).contains("040");
    }

    private static final Doc.Parse PROMISED_CUTS = Doc.p("The Kenyan minister promised tax cuts.",
            "The/DT/the/O Kenyan/JJ/Kenyan/MISC minister/NN/minister/O promised/VBD/promise/O tax/NN/tax/O cuts/NNS/cut/O ./././O",
            "det:3:1 amod:3:2 nsubj:4:3 root:0:4 compound:6:5 obj:4:6 punct:4:7");
    private static final Doc.Parse PROMISED_SOMALIA = Doc.p("The Kenyan minister promised Somalia tax cuts.",
            "The/DT/the/O Kenyan/JJ/Kenyan/MISC minister/NN/minister/O promised/VBD/promise/O Somalia/NNP/Somalia/LOCATION tax/NN/tax/O cuts/NNS/cut/O ./././O",
            "det:3:1 amod:3:2 nsubj:4:3 root:0:4 iobj:4:5 compound:7:6 obj:4:7 punct:4:8");
    private static final Doc.Parse KENYA_PROMISED = Doc.p("Kenya promised tax cuts.",
            "Kenya/NNP/Kenya/LOCATION promised/VBD/promise/O tax/NN/tax/O cuts/NNS/cut/O ./././O",
            "nsubj:2:1 root:0:2 compound:4:3 obj:2:4 punct:2:5");

    @Test
    void a_pledge_toward_no_one_but_the_own_country_is_a_plan_of_ones_own() {
        assertThat(new Doc().paragraph(PROMISED_CUTS).actor("The Kenyan minister", "KEN", "GOV").code())
                .extracting(Event::code).doesNotContain("030");
        assertThat(new Doc().paragraph(PROMISED_SOMALIA).actor("The Kenyan minister", "KEN", "GOV").actor("Somalia", "SOM").code())
                .extracting(Doc::dyad).contains("KENGOV>SOM:030");
        // a bare country gets no implied target (a state acts abroad): its pledge stays
        assertThat(new Doc().paragraph(KENYA_PROMISED).actor("Kenya", "KEN").code()).extracting(Event::code).contains("030");
    }

    private static final Doc.Parse SAID_SOMALIA_SHOULD = Doc.p("The Kenyan minister said Somalia should act.",
            "The/DT/the/O Kenyan/JJ/Kenyan/MISC minister/NN/minister/O said/VBD/say/O Somalia/NNP/Somalia/LOCATION should/MD/should/O act/VB/act/O ./././O",
            "det:3:1 amod:3:2 nsubj:4:3 root:0:4 nsubj:7:5 aux:7:6 ccomp:4:7 punct:4:8");
    private static final Doc.Parse SAID_CRISIS_SHOULD = Doc.p("The Kenyan minister said the crisis should end.",
            "The/DT/the/O Kenyan/JJ/Kenyan/MISC minister/NN/minister/O said/VBD/say/O the/DT/the/O crisis/NN/crisis/O should/MD/should/O end/VB/end/O ./././O",
            "det:3:1 amod:3:2 nsubj:4:3 root:0:4 det:6:5 nsubj:8:6 aux:8:7 ccomp:4:8 punct:4:9");
    private static final Doc.Parse SAID_MUST_HAVE_BEEN = Doc.p("The Kenyan minister said there must have been mistakes.",
            "The/DT/the/O Kenyan/JJ/Kenyan/MISC minister/NN/minister/O said/VBD/say/O there/EX/there/O must/MD/must/O have/VB/have/O been/VBN/be/O mistakes/NNS/mistake/O ./././O",
            "det:3:1 amod:3:2 nsubj:4:3 root:0:4 expl:8:5 aux:8:6 aux:8:7 ccomp:4:8 nsubj:8:9 punct:4:10");

    @Test
    void a_duty_said_of_a_thing_or_of_the_past_is_no_appeal() {
        assertThat(new Doc().paragraph(SAID_SOMALIA_SHOULD).actor("The Kenyan minister", "KEN", "GOV").actor("Somalia", "SOM").code())
                .extracting(Doc::dyad).contains("KENGOV>SOM:020");
        assertThat(new Doc().paragraph(SAID_CRISIS_SHOULD).actor("The Kenyan minister", "KEN", "GOV").code())
                .extracting(Event::code).doesNotContain("020");
        assertThat(new Doc().paragraph(SAID_MUST_HAVE_BEEN).actor("The Kenyan minister", "KEN", "GOV").code())
                .extracting(Event::code).doesNotContain("100");
    }

    private static final Doc.Parse PLEADED_GUILTY = Doc.p("Kenyan rebels pleaded guilty.",
            "Kenyan/JJ/Kenyan/MISC rebels/NNS/rebel/O pleaded/VBD/plead/O guilty/JJ/guilty/O ./././O",
            "root:0:3 amod:2:1 nsubj:3:2 xcomp:3:4 punct:3:5");
    private static final Doc.Parse PLEADED_WITH = Doc.p("Kenyan rebels pleaded with Somalia.",
            "Kenyan/JJ/Kenyan/MISC rebels/NNS/rebel/O pleaded/VBD/plead/O with/IN/with/O Somalia/NNP/Somalia/LOCATION ./././O",
            "root:0:3 amod:2:1 nsubj:3:2 case:5:4 obl:with:3:5 punct:3:6");

    @Test
    void an_appeal_verb_with_an_adjective_as_its_complement_is_no_appeal() {
        assertThat(new Doc().paragraph(PLEADED_GUILTY).actor("Kenyan rebels", "KEN", "REB").code()).extracting(Event::code)
                .noneMatch(code -> code.startsWith("02"));
        assertThat(new Doc().paragraph(PLEADED_WITH).actor("Kenyan rebels", "KEN", "REB").actor("Somalia", "SOM").code())
                .extracting(Doc::dyad).contains("KENREB>SOM:020");
    }

    @Test
    void a_natural_or_accidental_cause_is_no_actor() {
        assertThat(new Doc().paragraph(FIRE_DESTROYED).actor("the Nigerian embassy", "NGA", "GOV").code()).isEmpty();
        assertThat(new Doc().paragraph(REBELS_DESTROYED).actor("Rebels", "SDN", "REB").actor("the Nigerian embassy", "NGA", "GOV")
                .code()).extracting(Doc::dyad).contains("SDNREB>NGAGOV:1712");
        assertThat(new Doc().paragraph(KILLED_IN_CRASH).actor("Two Kenyan soldiers", "KEN", "MIL").code()).isEmpty();
        // a killing by no one named is no event either (no source), but it is an act, counted
        long before = EventCoder.standard().unsourced();
        assertThat(new Doc().paragraph(KILLED_IN_TOWN).actor("Two Kenyan soldiers", "KEN", "MIL").code()).isEmpty();
        assertThat(EventCoder.standard().unsourced()).isGreaterThan(before);
    }

    @Test
    void violence_to_an_abstract_patient_is_figurative() {
        assertThat(new Doc().paragraph(FOUGHT_TARIFFS).actor("Kenya", "KEN").code()).isEmpty();
        assertThat(new Doc().paragraph(FOUGHT_REBELS).actor("Kenya", "KEN").actor("Somali rebels", "SOM", "REB").code())
                .extracting(Doc::dyad).contains("KEN>SOMREB:190");
    }

    @Test
    void a_protest_verb_with_an_object_is_in_another_sense() {
        assertThat(new Doc().paragraph(DEMONSTRATED_RESTRAINT).actor("Kenyan students", "KEN", "EDU").code()).isEmpty();
        assertThat(new Doc().paragraph(DEMONSTRATED_AGAINST).actor("Kenyan students", "KEN", "EDU")
                .actor("the government", "KEN", "GOV").code()).extracting(Doc::dyad).contains("KENEDU>KENGOV:141");
    }

    @Test
    void in_a_sport_story_countries_are_teams_but_police_and_rebels_are_not() {
        assertThat(new Doc().paragraph(KENYA_DESTROYED).actor("Kenya", "KEN").actor("Nigeria", "NGA").code())
                .extracting(Doc::dyad).contains("KEN>NGA:1712");
        assertThat(new Doc().paragraph(COACH_PRAISED, KENYA_DESTROYED).actor("Kenya", "KEN").actor("Nigeria", "NGA").code())
                .isEmpty();
        assertThat(new Doc().paragraph(COACH_PRAISED, POLICE_ARRESTED).actor("Kenyan police", "KEN", "COP")
                .actor("Nigerian rebels", "NGA", "REB").code()).extracting(Doc::dyad).contains("KENCOP>NGAREB:173");
    }

    private static final Doc.Parse REGRET_OVER_DEATHS = Doc.p("Kenya expressed regret over the deaths of Somali civilians.",
            "Kenya/NNP/Kenya/LOCATION expressed/VBD/express/O regret/NN/regret/O over/IN/over/O the/DT/the/O deaths/NNS/death/O of/IN/of/O Somali/JJ/Somali/MISC civilians/NNS/civilian/O ./././O",
            "root:0:2 nsubj:2:1 obj:2:3 case:6:4 det:6:5 nmod:over:3:6 case:9:7 amod:9:8 nmod:of:6:9 punct:2:10");
    private static final Doc.Parse REGRET_FOR_RAID = Doc.p("Kenya expressed regret for the raid on Somalia.",
            "Kenya/NNP/Kenya/LOCATION expressed/VBD/express/O regret/NN/regret/O for/IN/for/O the/DT/the/O raid/NN/raid/O on/IN/on/O Somalia/NNP/Somalia/LOCATION ./././O",
            "root:0:2 nsubj:2:1 obj:2:3 case:6:4 det:6:5 nmod:for:3:6 case:8:7 nmod:on:6:8 punct:2:9");

    @Test
    void regret_over_deaths_is_sympathy_and_regret_for_an_act_an_apology() {
        assertThat(new Doc().paragraph(REGRET_OVER_DEATHS).actor("Kenya", "KEN").actor("Somali civilians", "SOM", "CVL").code())
                .extracting(e -> e.code()).contains("018").doesNotContain("055");
        assertThat(new Doc().paragraph(REGRET_FOR_RAID).actor("Kenya", "KEN").actor("Somalia", "SOM").code())
                .extracting(e -> e.code()).contains("055");
    }

    private static final Doc.Parse FLYING_OVER = Doc.p("The Namibian president was flying over the ocean.",
            "The/DT/the/O Namibian/JJ/Namibian/MISC president/NN/president/O was/VBD/be/O flying/VBG/fly/O over/IN/over/O the/DT/the/O ocean/NN/ocean/O ./././O",
            "root:0:5 det:3:1 amod:3:2 nsubj:5:3 aux:5:4 case:8:6 det:8:7 obl:over:5:8 punct:5:9");
    private static final Doc.Parse FLEW_TO = Doc.p("The Namibian president flew to Angola.",
            "The/DT/the/O Namibian/JJ/Namibian/MISC president/NN/president/O flew/VBD/fly/O to/IN/to/O Angola/NNP/Angola/LOCATION ./././O",
            "root:0:4 det:3:1 amod:3:2 nsubj:4:3 case:6:5 obl:to:4:6 punct:4:7");
    private static final Doc.Parse VISITED = Doc.p("The Namibian president visited on Sunday.",
            "The/DT/the/O Namibian/JJ/Namibian/MISC president/NN/president/O visited/VBD/visit/O on/IN/on/O Sunday/NNP/Sunday/DATE ./././O",
            "root:0:4 det:3:1 amod:3:2 nsubj:4:3 case:6:5 obl:on:4:6 punct:4:7");
    private static final Doc.Parse RECEIVED_MESSAGE = Doc.p("The Namibian president received a text message.",
            "The/DT/the/O Namibian/JJ/Namibian/MISC president/NN/president/O received/VBD/receive/O a/DT/a/O text/NN/text/O message/NN/message/O ./././O",
            "root:0:4 det:3:1 amod:3:2 nsubj:4:3 det:7:5 compound:7:6 obj:4:7 punct:4:8");
    private static final Doc.Parse RECEIVED_MINISTER = Doc.p("The Namibian president received the Angolan minister.",
            "The/DT/the/O Namibian/JJ/Namibian/MISC president/NN/president/O received/VBD/receive/O the/DT/the/O Angolan/JJ/Angolan/MISC minister/NN/minister/O ./././O",
            "root:0:4 det:3:1 amod:3:2 nsubj:4:3 det:7:5 amod:7:6 obj:4:7 punct:4:8");
    private static final Doc.Parse HOST_DINNER = Doc.p("The Namibian president hosted a dinner in honour of the Angolan minister.",
            "The/DT/the/O Namibian/JJ/Namibian/MISC president/NN/president/O hosted/VBD/host/O a/DT/a/O dinner/NN/dinner/O in/IN/in/O honour/NN/honour/O of/IN/of/O the/DT/the/O Angolan/JJ/Angolan/MISC minister/NN/minister/O ./././O",
            "root:0:4 det:3:1 amod:3:2 nsubj:4:3 det:6:5 obj:4:6 case:12:7 fixed:7:8 fixed:7:9 det:12:10 amod:12:11 obl:in_honour_of:4:12 punct:4:13");
    private static final Doc.Parse WELCOMED_DELEGATION = Doc.p("The Namibian president welcomed the Chinese delegation.",
            "The/DT/the/O Namibian/JJ/Namibian/MISC president/NN/president/O welcomed/VBD/welcome/O the/DT/the/O Chinese/JJ/Chinese/MISC delegation/NN/delegation/O ./././O",
            "root:0:4 det:3:1 amod:3:2 nsubj:4:3 det:7:5 amod:7:6 obj:4:7 punct:4:8");

    @Test
    void a_journey_that_names_no_destination_is_no_visit() {
        assertThat(new Doc().paragraph(FLYING_OVER).actor("The Namibian president", "NAM", "GOV").code())
                .extracting(Doc::dyad).noneMatch(d -> d.endsWith(":042"));
        assertThat(new Doc().paragraph(FLEW_TO).actor("The Namibian president", "NAM", "GOV").actor("Angola", "AGO").code())
                .extracting(Doc::dyad).contains("NAMGOV>AGO:042");
        // "visit" is a visit whether or not the place is named
        assertThat(new Doc().paragraph(VISITED).actor("The Namibian president", "NAM", "GOV").code())
                .extracting(Doc::dyad).anyMatch(d -> d.startsWith("NAMGOV>") && d.endsWith(":042"));
    }

    @Test
    void a_host_receives_a_visitor_not_a_thing() {
        assertThat(new Doc().paragraph(RECEIVED_MESSAGE).actor("The Namibian president", "NAM", "GOV").code())
                .extracting(Doc::dyad).noneMatch(d -> d.endsWith(":043"));
        assertThat(new Doc().paragraph(RECEIVED_MINISTER).actor("The Namibian president", "NAM", "GOV")
                .actor("the Angolan minister", "AGO", "GOV").code()).extracting(Doc::dyad).contains("NAMGOV>AGOGOV:043");
        // a thing hosted for someone named is hosting
        assertThat(new Doc().paragraph(HOST_DINNER).actor("The Namibian president", "NAM", "GOV")
                .actor("the Angolan minister", "AGO", "GOV").code()).extracting(Doc::dyad).contains("NAMGOV>AGOGOV:043");
        // a common noun is a visitor when an actor mention covers it
        assertThat(new Doc().paragraph(WELCOMED_DELEGATION).actor("The Namibian president", "NAM", "GOV")
                .actor("the Chinese delegation", "CHN", "GOV").code()).extracting(Doc::dyad).contains("NAMGOV>CHNGOV:043");
    }

    private static final Doc.Parse OFFENSIVE_AGAINST_TARIFFS = Doc.p("Kenya launched an offensive against tariffs.",
            "Kenya/NNP/Kenya/LOCATION launched/VBD/launch/O an/DT/a/O offensive/NN/offensive/O against/IN/against/O tariffs/NNS/tariff/O ./././O",
            "root:0:2 nsubj:2:1 det:4:3 obj:2:4 case:6:5 obl:against:2:6 punct:2:7");
    private static final Doc.Parse OFFENSIVE_AGAINST_REBELS = Doc.p("Kenya launched an offensive against Somali rebels.",
            "Kenya/NNP/Kenya/LOCATION launched/VBD/launch/O an/DT/a/O offensive/NN/offensive/O against/IN/against/O Somali/JJ/Somali/MISC rebels/NNS/rebel/O ./././O",
            "root:0:2 nsubj:2:1 det:4:3 obj:2:4 case:7:5 amod:7:6 obl:against:2:7 punct:2:8");

    @Test
    void the_rules_read_the_roles_the_sides_are_read_from() {
        // the parse hangs "against" on the light verb; the roles lend it to the event noun, as for its target
        assertThat(new Doc().paragraph(OFFENSIVE_AGAINST_TARIFFS).actor("Kenya", "KEN").code())
                .extracting(Doc::dyad).noneMatch(d -> d.endsWith(":190"));
        assertThat(new Doc().paragraph(OFFENSIVE_AGAINST_REBELS).actor("Kenya", "KEN").actor("Somali rebels", "SOM", "REB").code())
                .extracting(Doc::dyad).contains("KEN>SOMREB:190");
    }

    private static final Doc.Parse CALLED_FOR_INVESTIGATION = Doc.p("Kenya called for an investigation by Somalia.",
            "Kenya/NNP/Kenya/LOCATION called/VBD/call/O for/IN/for/O an/DT/a/O investigation/NN/investigation/O by/IN/by/O Somalia/NNP/Somalia/LOCATION ./././O",
            "nsubj:2:1 root:0:2 case:5:3 det:5:4 obl:for:2:5 case:7:6 nmod:by:5:7 punct:2:8");
    private static final Doc.Parse OPENED_INVESTIGATION = Doc.p("Somalia opened an investigation into Kenya.",
            "Somalia/NNP/Somalia/LOCATION opened/VBD/open/O an/DT/a/O investigation/NN/investigation/O into/IN/into/O Kenya/NNP/Kenya/LOCATION ./././O",
            "nsubj:2:1 root:0:2 det:4:3 obj:2:4 case:6:5 nmod:into:4:6 punct:2:7");
    private static final Doc.Parse SPOKE_AT_MEETING = Doc.p("Kenyan and Somali envoys spoke at a meeting in Nairobi.",
            "Kenyan/JJ/Kenyan/MISC and/CC/and/O Somali/JJ/Somali/MISC envoys/NNS/envoy/O spoke/VBD/speak/O at/IN/at/O a/DT/a/O meeting/NN/meeting/O in/IN/in/O Nairobi/NNP/Nairobi/LOCATION ./././O",
            "amod:4:1 cc:3:2 conj:and:1:3 amod:4:3 nsubj:5:4 root:0:5 case:8:6 det:8:7 obl:at:5:8 case:10:9 nmod:in:8:10 punct:5:11");
    private static final Doc.Parse HELD_MEETING = Doc.p("Kenyan and Somali envoys held a meeting in Nairobi.",
            "Kenyan/JJ/Kenyan/MISC and/CC/and/O Somali/JJ/Somali/MISC envoys/NNS/envoy/O held/VBD/hold/O a/DT/a/O meeting/NN/meeting/O in/IN/in/O Nairobi/NNP/Nairobi/LOCATION ./././O",
            "amod:4:1 cc:3:2 conj:and:1:3 amod:4:3 nsubj:5:4 root:0:5 det:7:6 obj:5:7 case:9:8 nmod:in:7:9 punct:5:10");
    private static final Doc.Parse AFTER_TALKS = Doc.p("Kenya signed the deal after talks between Kenya and Somalia.",
            "Kenya/NNP/Kenya/LOCATION signed/VBD/sign/O the/DT/the/O deal/NN/deal/O after/IN/after/O talks/NNS/talk/O between/IN/between/O Kenya/NNP/Kenya/LOCATION and/CC/and/O Somalia/NNP/Somalia/LOCATION ./././O",
            "nsubj:2:1 root:0:2 det:4:3 obj:2:4 case:6:5 obl:after:2:6 case:8:7 nmod:between:6:8 cc:10:9 nmod:between:6:10 conj:and:8:10 punct:2:11");
    private static final Doc.Parse TALKS_COLLAPSED = Doc.p("Talks between Kenya and Somalia collapsed on Monday.",
            "Talks/NNS/talk/O between/IN/between/O Kenya/NNP/Kenya/LOCATION and/CC/and/O Somalia/NNP/Somalia/LOCATION collapsed/VBD/collapse/O on/IN/on/O Monday/NNP/Monday/DATE ./././O",
            "nsubj:6:1 case:3:2 nmod:between:1:3 cc:5:4 nmod:between:1:5 conj:and:3:5 root:0:6 case:8:7 obl:on:6:8 punct:6:9");

    @Test
    void an_event_noun_the_sentence_only_names_is_no_act() {
        // named as another act's object, or as a setting: no investigation, no meeting
        assertThat(new Doc().paragraph(CALLED_FOR_INVESTIGATION).actor("Kenya", "KEN").actor("Somalia", "SOM").code())
                .extracting(Doc::dyad).noneMatch(d -> d.endsWith(":090"));
        assertThat(new Doc().paragraph(SPOKE_AT_MEETING).actor("Kenyan and Somali envoys", "KEN", "GOV").code())
                .extracting(Doc::dyad).noneMatch(d -> d.startsWith("KENGOV>") && d.endsWith(":040"));
        // carried by a light verb, the time of another act, or a clause's subject: done
        assertThat(new Doc().paragraph(OPENED_INVESTIGATION).actor("Somalia", "SOM").actor("Kenya", "KEN").code())
                .extracting(Doc::dyad).contains("SOM>KEN:090");
        assertThat(new Doc().paragraph(HELD_MEETING).actor("Kenyan and Somali envoys", "KEN", "GOV").code())
                .extracting(Doc::dyad).anyMatch(d -> d.startsWith("KENGOV>") && d.endsWith(":040"));
        assertThat(new Doc().paragraph(AFTER_TALKS).actor("Kenya", "KEN").actor("Somalia", "SOM").code())
                .extracting(Doc::dyad).anyMatch(d -> d.endsWith(":046"));
        assertThat(new Doc().paragraph(TALKS_COLLAPSED).actor("Kenya", "KEN").actor("Somalia", "SOM").code())
                .extracting(Doc::dyad).anyMatch(d -> d.endsWith(":046"));
    }

    private static final Doc.Parse CRISIS_FORCED = Doc.p("Kenya's energy crisis forced the president to suspend gas exports.",
            "Kenya/NNP/Kenya/LOCATION 's/POS/'s/O energy/NN/energy/O crisis/NN/crisis/O forced/VBD/force/O the/DT/the/O president/NN/president/O to/TO/to/O suspend/VB/suspend/O gas/NN/gas/O exports/NNS/export/O ./././O",
            "nmod:poss:4:1 case:1:2 compound:4:3 nsubj:5:4 root:0:5 det:7:6 obj:5:7 nsubj:xsubj:9:7 mark:9:8 xcomp:5:9 compound:11:10 obj:9:11 punct:5:12");
    private static final Doc.Parse ARMY_FORCED = Doc.p("Kenya's army forced the president to suspend gas exports.",
            "Kenya/NNP/Kenya/LOCATION 's/POS/'s/O army/NN/army/O forced/VBD/force/O the/DT/the/O president/NN/president/O to/TO/to/O suspend/VB/suspend/O gas/NN/gas/O exports/NNS/export/O ./././O",
            "nmod:poss:3:1 case:1:2 nsubj:4:3 root:0:4 det:6:5 obj:4:6 nsubj:xsubj:8:6 mark:8:7 xcomp:4:8 compound:10:9 obj:8:10 punct:4:11");
    private static final Doc.Parse MEMBERSHIP_HELPS = Doc.p("Membership of the African Union helps Somalia.",
            "Membership/NN/membership/O of/IN/of/O the/DT/the/O African/NNP/African/ORGANIZATION Union/NNP/Union/ORGANIZATION helps/VBZ/help/O Somalia/NNP/Somalia/LOCATION ./././O",
            "nsubj:6:1 case:5:2 det:5:3 compound:5:4 nmod:of:1:5 root:0:6 obj:6:7 punct:6:8");

    @Test
    void a_state_of_affairs_does_no_act_though_a_modifier_lends_it_a_country() {
        assertThat(new Doc().paragraph(CRISIS_FORCED).actor("Kenya", "KEN").actor("the president", "KEN", "GOV").code())
                .extracting(Doc::dyad).noneMatch(d -> d.endsWith(":170"));
        assertThat(new Doc().paragraph(ARMY_FORCED).actor("Kenya's army", "KEN", "MIL").actor("the president", "KEN", "GOV").code())
                .extracting(Doc::dyad).contains("KENMIL>KENGOV:170");
        assertThat(new Doc().paragraph(MEMBERSHIP_HELPS).actor("the African Union", "IGOAFRAU")
                .actor("Somalia", "SOM").code()).extracting(Doc::dyad).noneMatch(d -> d.endsWith(":070"));
    }

    private static final Doc.Parse BANK_CRITICISED_PAPER = Doc.p("The Kenyan bank criticised the newspaper.",
            "The/DT/the/O Kenyan/JJ/Kenyan/MISC bank/NN/bank/O criticised/VBD/criticise/O the/DT/the/O newspaper/NN/newspaper/O ./././O",
            "root:0:4 det:3:1 amod:3:2 nsubj:4:3 det:6:5 obj:4:6 punct:4:7");
    private static final Doc.Parse BANK_CRITICISED_GOVERNMENT = Doc.p("The Kenyan bank criticised the government.",
            "The/DT/the/O Kenyan/JJ/Kenyan/MISC bank/NN/bank/O criticised/VBD/criticise/O the/DT/the/O government/NN/government/O ./././O",
            "root:0:4 det:3:1 amod:3:2 nsubj:4:3 det:6:5 obj:4:6 punct:4:7");

    @Test
    void an_act_with_no_political_side_is_no_event() {
        // a firm on the press: business between private parties, which CAMEO does not code
        assertThat(new Doc().paragraph(BANK_CRITICISED_PAPER).actor("The Kenyan bank", "KEN", "BUS")
                .actor("the newspaper", "KEN", "MED").code()).isEmpty();
        // a firm on a government is a political act
        assertThat(new Doc().paragraph(BANK_CRITICISED_GOVERNMENT).actor("The Kenyan bank", "KEN", "BUS")
                .actor("the government", "KEN", "GOV").code()).extracting(Doc::dyad).contains("KENBUS>KENGOV:111");
        // nor is the media's act on something no actor covers
        assertThat(new Doc().paragraph(BANK_CRITICISED_PAPER).actor("The Kenyan bank", "KEN", "MED").code())
                .extracting(Doc::dyad).noneMatch(d -> d.startsWith("KENMED>"));
    }

    private static final Doc.Parse RECOGNISED_KOSOVO = Doc.p("Kenya recognised Kosovo.",
            "Kenya/NNP/Kenya/LOCATION recognised/VBD/recognise/O Kosovo/NNP/Kosovo/LOCATION ./././O",
            "root:0:2 nsubj:2:1 obj:2:3 punct:2:4");
    private static final Doc.Parse RECOGNISED_COURT = Doc.p("The Kenyan president recognised the court.",
            "The/DT/the/O Kenyan/JJ/Kenyan/MISC president/NN/president/O recognised/VBD/recognise/O the/DT/the/O court/NN/court/O ./././O",
            "root:0:4 det:3:1 amod:3:2 nsubj:4:3 det:6:5 obj:4:6 punct:4:7");
    private static final Doc.Parse RECOGNISED_NEED = Doc.p("The Kenyan president recognised the need.",
            "The/DT/the/O Kenyan/JJ/Kenyan/MISC president/NN/president/O recognised/VBD/recognise/O the/DT/the/O need/NN/need/O ./././O",
            "root:0:4 det:3:1 amod:3:2 nsubj:4:3 det:6:5 obj:4:6 punct:4:7");

    @Test
    void recognition_is_of_a_state_or_a_government() {
        assertThat(new Doc().paragraph(RECOGNISED_KOSOVO).actor("Kenya", "KEN").actor("Kosovo", "XKX").code())
                .extracting(Doc::dyad).contains("KEN>XKX:054");
        // a court is recognised as a fact is ("recognise the court was likely to rule"), not as a state
        assertThat(new Doc().paragraph(RECOGNISED_COURT).actor("The Kenyan president", "KEN", "GOV")
                .actor("the court", "KEN", "JUD").code()).extracting(e -> e.code()).doesNotContain("054");
        assertThat(new Doc().paragraph(RECOGNISED_NEED).actor("The Kenyan president", "KEN", "GOV").code())
                .extracting(e -> e.code()).doesNotContain("054");
    }

    private static final Doc.Parse WILL_FIGHT_TARIFFS = Doc.p("Kenya will fight tariffs.",
            "Kenya/NNP/Kenya/LOCATION will/MD/will/O fight/VB/fight/O tariffs/NNS/tariff/O ./././O",
            "root:0:3 nsubj:3:1 aux:3:2 obj:3:4 punct:3:5");
    private static final Doc.Parse WILL_FIGHT_REBELS = Doc.p("Kenya will fight Somali rebels.",
            "Kenya/NNP/Kenya/LOCATION will/MD/will/O fight/VB/fight/O Somali/JJ/Somali/MISC rebels/NNS/rebel/O ./././O",
            "root:0:3 nsubj:3:1 aux:3:2 obj:3:5 amod:5:4 punct:3:6");
    private static final Doc.Parse QUELLED_CRISIS = Doc.p("Kenyan police quelled the crisis.",
            "Kenyan/JJ/Kenyan/MISC police/NNS/police/O quelled/VBD/quell/O the/DT/the/O crisis/NN/crisis/O ./././O",
            "root:0:3 amod:2:1 nsubj:3:2 det:5:4 obj:3:5 punct:3:6");

    @Test
    void a_threat_of_violence_and_repression_need_a_patient_that_can_be_harmed() {
        assertThat(new Doc().paragraph(WILL_FIGHT_TARIFFS).actor("Kenya", "KEN").code()).isEmpty();
        assertThat(new Doc().paragraph(WILL_FIGHT_REBELS).actor("Kenya", "KEN").actor("Somali rebels", "SOM", "REB").code())
                .extracting(Doc::dyad).contains("KEN>SOMREB:1384");
        assertThat(new Doc().paragraph(QUELLED_CRISIS).actor("Kenyan police", "KEN", "COP").code())
                .extracting(e -> e.code()).doesNotContain("175");
    }

    private static final Doc.Parse UNDER_DEAL_WILL_SUPPLY = Doc.p("Under the deal, Kenya will supply Uganda with fuel.",
            "Under/IN/under/O the/DT/the/O deal/NN/deal/O ,/,/,/O Kenya/NNP/Kenya/LOCATION will/MD/will/O supply/VB/supply/O Uganda/NNP/Uganda/LOCATION with/IN/with/O fuel/NN/fuel/O ./././O",
            "case:3:1 det:3:2 obl:under:7:3 punct:7:4 nsubj:7:5 aux:7:6 root:0:7 obj:7:8 case:10:9 obl:with:7:10 punct:7:11");
    private static final Doc.Parse WILL_SUPPLY = Doc.p("Kenya will supply Uganda with fuel.",
            "Kenya/NNP/Kenya/LOCATION will/MD/will/O supply/VB/supply/O Uganda/NNP/Uganda/LOCATION with/IN/with/O fuel/NN/fuel/O ./././O",
            "nsubj:3:1 aux:3:2 root:0:3 obj:3:4 case:6:5 obl:with:3:6 punct:3:7");

    @Test
    void what_will_be_done_under_an_agreement_is_its_terms() {
        assertThat(new Doc().paragraph(UNDER_DEAL_WILL_SUPPLY).actor("Kenya", "KEN").actor("Uganda", "UGA").code()).isEmpty();
        assertThat(new Doc().paragraph(WILL_SUPPLY).actor("Kenya", "KEN").actor("Uganda", "UGA").code())
                .extracting(Doc::dyad).contains("KEN>UGA:070");
    }

    private static final Doc.Parse MET_DEMANDS = Doc.p("The Kenyan government met the demands of the unions.",
            "The/DT/the/O Kenyan/JJ/Kenyan/MISC government/NN/government/O met/VBD/meet/O the/DT/the/O demands/NNS/demand/O of/IN/of/O the/DT/the/O unions/NNS/union/O ./././O",
            "det:3:1 amod:3:2 nsubj:4:3 root:0:4 det:6:5 obj:4:6 case:9:7 det:9:8 nmod:of:6:9 punct:4:10");
    private static final Doc.Parse MET_PRESIDENT = Doc.p("The Kenyan government met the Ugandan president.",
            "The/DT/the/O Kenyan/JJ/Kenyan/MISC government/NN/government/O met/VBD/meet/O the/DT/the/O Ugandan/JJ/Ugandan/MISC president/NN/president/O ./././O",
            "det:3:1 amod:3:2 nsubj:4:3 root:0:4 det:7:5 amod:7:6 obj:4:7 punct:4:8");

    @Test
    void a_meeting_is_with_someone_and_a_thing_met_is_satisfied() {
        assertThat(new Doc().paragraph(MET_DEMANDS).actor("The Kenyan government", "KEN", "GOV").code())
                .extracting(Doc::dyad).noneMatch(d -> d.endsWith(":040"));
        assertThat(new Doc().paragraph(MET_PRESIDENT).actor("The Kenyan government", "KEN", "GOV")
                .actor("the Ugandan president", "UGA", "GOV").code()).extracting(Doc::dyad).contains("KENGOV>UGAGOV:040");
    }
}

package org.herald.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.herald.events.Sentences.*;

import java.util.List;
import org.herald.model.Event;
import org.herald.model.Mode;
import org.junit.jupiter.api.Test;

class EventCoderTest {

    @Test
    void codes_a_trip_as_asserted_and_scheduled_talks_as_future_with_both_sides_once() {
        Doc d = new Doc().paragraph(RUTO_TRIP).published("2024-02-01")
                .actor("Kenyan President William Ruto", 0, "KEN", List.of("GOV"), "William Ruto")
                .actor("Tokyo", "JPN")
                .actor("Japanese Prime Minister Fumio Kishida", 0, "JPN", List.of("GOV"), "Fumio Kishida");
        List<Event> events = d.code();
        assertThat(events).extracting(Doc::dyad).contains("KENGOV>JPN:042", "KENGOV>JPNGOV:046");
        Event trip = events.stream().filter(e -> e.code().equals("042")).findFirst().orElseThrow();
        assertThat(trip.mode()).isEqualTo(Mode.ASSERTED);
        assertThat(trip.trigger().text()).isEqualTo("trip");
        assertThat(trip.root()).isTrue();
        // the times stage dates it: a past trip with no date of its own happened on the day of publication
        assertThat(trip.date()).isNull();
        Event dated = d.coded().stream().filter(e -> e.code().equals("042")).findFirst().orElseThrow();
        assertThat(dated.date().value()).isEqualTo("2024-02-01");
        Event talks = events.stream().filter(e -> e.code().equals("046")).findFirst().orElseThrow();
        assertThat(talks.mode()).isEqualTo(Mode.FUTURE);
        assertThat(events.stream().filter(e -> e.code().equals("046"))).hasSize(1);
        assertThat(talks.quad()).isEqualTo(1);
        assertThat(talks.plover().type()).isEqualTo("CONSULT");
    }

    @Test
    void a_denied_supply_is_negated_and_attributed_to_the_speaker() {
        Doc d = new Doc().paragraph(FRANCE_NOT_SUPPLY).actor("France", "FRA").actor("Serbia", "SRB");
        List<Event> events = d.code();
        assertThat(events).extracting(Doc::dyad).containsExactly("FRA>SRB:072");
        Event e = events.get(0);
        assertThat(e.mode()).isEqualTo(Mode.NEGATED);
        assertThat(e.attribution()).isNotNull();
        assertThat(e.attribution().actor()).isEqualTo("FRA");
        assertThat(e.source().text()).isEqualTo("it");
    }

    @Test
    void a_feared_delivery_is_hypothetical() {
        Doc d = new Doc().paragraph(IRAN_COULD_SEND).actor("Iran", "IRN").actor("Yemen", "YEM");
        List<Event> events = d.code();
        assertThat(events).extracting(Doc::dyad).containsExactly("IRN>YEM:072");
        assertThat(events.get(0).mode()).isEqualTo(Mode.HYPOTHETICAL);
    }

    @Test
    void a_team_beating_another_is_not_an_assault() {
        Doc d = new Doc().paragraph(CHELSEA_BEAT).actor("Chelsea", "GBR").actor("Arsenal", "GBR", "BUS");
        assertThat(d.code()).isEmpty();
    }

    @Test
    void a_condemnation_is_coded_and_the_condemned_attack_is_not_a_second_source() {
        Doc d = new Doc().paragraph(GERMANY_CONDEMN).actor("Germany", "DEU").actor("Poland", "POL");
        List<Event> events = d.code();
        assertThat(events).extracting(Doc::dyad).contains("DEU>-:111");
        assertThat(events).extracting(Doc::dyad).doesNotContain("DEU>POL:190");
    }

    @Test
    void according_to_names_the_source_of_the_claim() {
        Doc d = new Doc().paragraph(POLICE_ARREST).actor("Police in Lagos", "NGA", "COP").actor("Nigerian students", "NGA", "EDU");
        List<Event> events = d.code();
        assertThat(events).extracting(Doc::dyad).containsExactly("NGACOP>NGAEDU:173");
        assertThat(events.get(0).attribution().text()).isEqualTo("local media");
        assertThat(events.get(0).mode()).isEqualTo(Mode.ASSERTED);
    }

    @Test
    void a_meeting_of_two_coordinated_subjects_is_one_event_and_an_old_date_is_historical() {
        Doc d = new Doc().paragraph(BRAZIL_MET).published("2024-02-01").actor("Brazil", "BRA").actor("Argentina", "ARG")
                .time("2015", "DATE", "2015");
        List<Event> events = d.code();
        assertThat(events).extracting(Doc::dyad).contains("BRA>ARG:040");
        assertThat(events).extracting(Doc::dyad).doesNotContain("ARG>BRA:040");
        Event met = events.stream().filter(e -> e.code().equals("040") && e.trigger().text().equals("met")).findFirst().orElseThrow();
        // the times stage alone dates an event and says whether it is historical
        assertThat(met.date()).isNull();
        assertThat(met.historical()).isFalse();
        Event dated = d.coded().stream().filter(e -> e.code().equals("040") && e.trigger().text().equals("met"))
                .findFirst().orElseThrow();
        assertThat(dated.date().value()).isEqualTo("2015");
        assertThat(dated.historical()).isTrue();
        assertThat(met.mode()).isEqualTo(Mode.ASSERTED);
    }

    @Test
    void plans_to_host_is_a_future_hosting() {
        Doc d = new Doc().paragraph(EGYPT_HOST).actor("Egyptian foreign minister", "EGY", "GOV")
                .actor("Jordanian counterpart", "JOR", "GOV");
        List<Event> events = d.code();
        assertThat(events).extracting(Doc::dyad).containsExactly("EGYGOV>JORGOV:043");
        assertThat(events.get(0).mode()).isEqualTo(Mode.FUTURE);
    }

    @Test
    void a_passive_agent_is_the_source() {
        Doc d = new Doc().paragraph(SANCTIONS_PASSIVE).actor("Syria", "SYR").actor("European Union", "IGOEU");
        assertThat(d.code()).extracting(Doc::dyad).containsExactly("IGOEU>SYR:163");
    }

    @Test
    void the_headline_is_coded_and_flagged_and_a_threatened_attack_is_one_threat() {
        Doc d = new Doc().headline(TURKEY_THREATENS).paragraph(CONCERN_DRILLS)
                .actor("Turkey", "TUR").actor("Kurdish rebels", "TUR", "REB")
                .actor("prime minister", "GBR", "GOV").actor("Chinese military", "CHN", "MIL");
        List<Event> events = d.code();
        Event threat = events.stream().filter(e -> e.headline()).findFirst().orElseThrow();
        assertThat(Doc.dyad(threat)).isEqualTo("TUR>TURREB:1384");
        assertThat(events).extracting(Event::code).doesNotContain("190");
        assertThat(events.stream().filter(e -> !e.headline())).extracting(Doc::dyad).contains("GBRGOV>CHNMIL:012");
    }

    @Test
    void a_denied_expulsion_is_negated() {
        Doc d = new Doc().paragraph(PERU_DENIED).actor("Peru", "PER").actor("Bolivian diplomats", "BOL", "GOV");
        List<Event> events = d.code();
        Event e = events.stream().filter(x -> x.code().startsWith("16") || x.code().startsWith("17")).findFirst().orElseThrow();
        assertThat(e.mode()).isEqualTo(Mode.NEGATED);
        assertThat(Doc.dyad(e)).isEqualTo("PER>BOLGOV:166");
    }

    @Test
    void ids_are_deterministic_and_spans_point_at_their_words() {
        Doc d = new Doc().paragraph(RUTO_TRIP)
                .actor("Kenyan President William Ruto", 0, "KEN", List.of("GOV"), "William Ruto").actor("Tokyo", "JPN");
        List<Event> a = d.code();
        List<Event> b = EventCoder.standard().code(d.annotated(), d.actors());
        assertThat(a).isEqualTo(b);
        String text = d.annotated().text();
        for (Event e : a) {
            assertThat(e.trigger().span().of(text)).isEqualTo(e.trigger().text());
            if (e.source() != null) {
                assertThat(e.source().span().of(text)).isEqualTo(e.source().text());
            }
        }
    }

    @Test
    void denying_that_something_happened_is_a_denial() {
        Doc d = new Doc().paragraph(Doc.p("The Kenyan minister denied that police had fired.",
                "The/DT/the/O Kenyan/JJ/kenyan/MISC minister/NN/minister/O denied/VBD/deny/O that/IN/that/O police/NNS/police/O had/VBD/have/O fired/VBN/fire/O ./././O",
                "det:3:1 amod:3:2 nsubj:4:3 root:0:4 mark:8:5 nsubj:8:6 aux:8:7 ccomp:4:8 punct:4:9"))
                .actor("The Kenyan minister", "KEN", "GOV");
        assertThat(d.code().stream().map(Doc::dyad)).contains("KENGOV>-:016");
    }

    @Test
    void declining_to_confirm_is_declining_comment() {
        Doc d = new Doc().paragraph(Doc.p("Kenya's minister declined to confirm the report.",
                "Kenya/NNP/Kenya/LOCATION 's/POS/'s/O minister/NN/minister/O declined/VBD/decline/O to/TO/to/O confirm/VB/confirm/O the/DT/the/O report/NN/report/O ./././O",
                "nmod:poss:3:1 case:1:2 nsubj:4:3 root:0:4 mark:6:5 xcomp:4:6 det:8:7 obj:6:8 punct:4:9"))
                .actor("Kenya's minister", "KEN", "GOV");
        assertThat(d.code().stream().map(Doc::dyad)).containsExactly("KENGOV>-:011");
    }

    @Test
    void welcoming_a_thing_is_approval_and_welcoming_a_party_is_hosting() {
        Doc news = new Doc().paragraph(Doc.p("The Kenyan minister welcomed the news.",
                "The/DT/the/O Kenyan/JJ/kenyan/MISC minister/NN/minister/O welcomed/VBD/welcome/O the/DT/the/O news/NN/news/O ./././O",
                "det:3:1 amod:3:2 nsubj:4:3 root:0:4 det:6:5 obj:4:6 punct:4:7"))
                .actor("The Kenyan minister", "KEN", "GOV");
        assertThat(news.code().stream().map(e -> e.code())).containsExactly("051");
        Doc visitor = new Doc().paragraph(Doc.p("The Kenyan minister welcomed the Ugandan president.",
                "The/DT/the/O Kenyan/JJ/kenyan/MISC minister/NN/minister/O welcomed/VBD/welcome/O the/DT/the/O Ugandan/JJ/ugandan/MISC president/NN/president/O ./././O",
                "det:3:1 amod:3:2 nsubj:4:3 root:0:4 det:7:5 amod:7:6 obj:4:7 punct:4:8"))
                .actor("The Kenyan minister", "KEN", "GOV").actor("Ugandan president", "UGA", "GOV");
        assertThat(visitor.code().stream().map(Doc::dyad)).containsExactly("KENGOV>UGAGOV:043");
    }

    @Test
    void calling_on_a_party_to_act_is_an_appeal_to_it() {
        // the parser's reading: "on Uganda to withdraw" is an infinitive clause marked by "on"
        Doc d = new Doc().paragraph(Doc.p("Kenya called on Uganda to withdraw its troops.",
                "Kenya/NNP/Kenya/LOCATION called/VBD/call/O on/IN/on/O Uganda/NNP/Uganda/LOCATION to/TO/to/O withdraw/VB/withdraw/O its/PRP$/its/O troops/NNS/troops/O ./././O",
                "nsubj:2:1 root:0:2 mark:6:3 nsubj:6:4 mark:6:5 advcl:to:2:6 nmod:poss:8:7 obj:6:8 punct:2:9"))
                .actor("Kenya", "KEN").actor("Uganda", "UGA");
        assertThat(d.code().stream().map(Doc::dyad)).contains("KEN>UGA:020");
    }

    @Test
    void a_call_for_something_is_an_appeal_by_whoever_makes_it() {
        Doc d = new Doc().paragraph(Doc.p("Kenya renewed its call for a ceasefire.",
                "Kenya/NNP/Kenya/LOCATION renewed/VBD/renew/O its/PRP$/its/O call/NN/call/O for/IN/for/O a/DT/a/O ceasefire/NN/ceasefire/O ./././O",
                "nsubj:2:1 root:0:2 nmod:poss:4:3 obj:2:4 case:7:5 det:7:6 nmod:for:4:7 punct:2:8"))
                .actor("Kenya", "KEN");
        assertThat(d.code().stream().map(Doc::dyad)).contains("KEN>-:020");
    }
}

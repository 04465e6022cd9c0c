package org.herald.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.herald.model.ActorMention;
import org.herald.model.Annotated;
import org.herald.model.Attribution;
import org.herald.model.Quote;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {

    private final QuoteFinder finder = new QuoteFinder();

    private static Quote only(List<Quote> quotes, Quote.Kind kind) {
        List<Quote> of = quotes.stream().filter(q -> q.kind() == kind).toList();
        assertThat(of).as("%s quotes in %s", kind, quotes).hasSize(1);
        return of.get(0);
    }

    private static String speaker(Quote q) {
        return q.speaker() == null ? null : q.speaker().text();
    }

    @Test
    void speaker_before_a_colon_owns_the_direct_quote() {
        Annotated doc = Docs.annotate("Talks set",
                "The Korean Central News Agency said: “The leader will meet the president during the visit.”");
        Quote q = only(finder.find(doc), Quote.Kind.DIRECT);
        assertThat(q.text()).isEqualTo("The leader will meet the president during the visit.");
        assertThat(speaker(q)).isEqualTo("The Korean Central News Agency");
        assertThat(q.span().of(doc.text())).isEqualTo(q.text());
    }

    @Test
    void inverted_said_after_the_quote_names_the_speaker() {
        Annotated doc = Docs.annotate("Talks set", "“We are ready for talks,” said Maria Ivanova.");
        Quote q = only(finder.find(doc), Quote.Kind.DIRECT);
        assertThat(q.text()).isEqualTo("We are ready for talks");
        assertThat(speaker(q)).isEqualTo("Maria Ivanova");
    }

    @Test
    void speaker_then_verb_after_the_quote_names_the_speaker() {
        Annotated doc = Docs.annotate("Talks set", "“We are ready for talks,” Tom Hale told reporters on Monday.");
        assertThat(speaker(only(finder.find(doc), Quote.Kind.DIRECT))).isEqualTo("Tom Hale");
    }

    @Test
    void a_pronoun_speaker_is_the_last_person_who_spoke_not_the_last_person_named() {
        Annotated doc = Docs.annotate("Talks set",
                "Dmitry Peskov, the Kremlin’s mouthpiece, said both leaders would lead the talks. Putin plans to host a dinner.",
                "He claimed Russia was committed to “constructive relations” with its neighbours.");
        List<ActorMention> actors = Docs.actors(doc, Map.of("Kremlin", "RUSGOV", "Putin", "RUSGOV"));
        List<Quote> quotes = finder.find(doc, actors);
        Quote partial = only(quotes, Quote.Kind.PARTIAL);
        assertThat(partial.text()).isEqualTo("constructive relations");
        assertThat(speaker(partial)).isEqualTo("Dmitry Peskov");
        // Peskov himself is not known to the actors here: the apposition gives his actor.
        assertThat(partial.actor().code()).isEqualTo("RUSGOV");
        assertThat(quotes).filteredOn(q -> q.kind() == Quote.Kind.INDIRECT).extracting(Quote::text)
                .containsExactly("both leaders would lead the talks",
                        "Russia was committed to “constructive relations” with its neighbours");
    }

    @Test
    void a_statement_on_a_website_is_the_website_owners() {
        Annotated doc = Docs.annotate("Talks set",
                "A statement posted on the Kremlin’s official website today confirmed the visit is going to happen “in the coming days.”");
        List<ActorMention> actors = Docs.actors(doc, Map.of("Kremlin", "RUSGOV"));
        Quote q = only(finder.find(doc, actors), Quote.Kind.PARTIAL);
        assertThat(q.text()).isEqualTo("in the coming days");
        assertThat(speaker(q)).isEqualTo("the Kremlin");
        assertThat(q.actor().code()).isEqualTo("RUSGOV");
    }

    @Test
    void a_statement_from_a_countrys_ministry_is_the_ministrys_not_the_countrys() {
        Annotated doc = Docs.annotate("Talks set",
                "The two leaders will sign a treaty on Friday, according to a statement from Ruritania's foreign ministry.",
                "Talks will resume in May, according to Ruritania's statement of support.");
        List<Quote> quotes = finder.find(doc);
        assertThat(quotes).extracting(QuoteFinderTest::speaker)
                .containsExactly("Ruritania's foreign ministry", "Ruritania");
    }

    @Test
    void an_uncoded_body_description_is_the_body_that_spoke_last() {
        Annotated doc = Docs.annotate("Aid arrives",
                "The Relief Office of Ruritania said the trucks delivered food for a month.",
                "The agency warned that new clashes might block the road.");
        List<ActorMention> actors = Docs.actors(doc, Map.of("Relief Office of Ruritania", "RUR"));
        List<Quote> quotes = finder.find(doc, actors);
        assertThat(quotes).hasSize(2);
        assertThat(quotes).extracting(q -> q.actor() == null ? null : q.actor().code()).containsExactly("RUR", "RUR");
    }

    @Test
    void according_to_frames_the_sentence_before_or_after_it() {
        Annotated doc = Docs.annotate("Talks set",
                "According to local media, the train is going to the east.",
                "The meeting is expected on Tuesday, according to Reuters.");
        List<Quote> quotes = finder.find(doc);
        assertThat(quotes).extracting(Quote::text, QuoteFinderTest::speaker).containsExactly(
                org.assertj.core.groups.Tuple.tuple("the train is going to the east", "local media"),
                org.assertj.core.groups.Tuple.tuple("The meeting is expected on Tuesday", "Reuters"));
        assertThat(finder.attributionOf(doc, List.of(), 1)).contains(new Attribution("local media", null));
        assertThat(finder.attributionOf(doc, List.of(), 0)).isEmpty();
    }

    @Test
    void a_verb_with_a_plain_object_reports_nothing() {
        Annotated doc = Docs.annotate("Talks set", "The agency also announced the summit, without a date.");
        assertThat(finder.find(doc)).isEmpty();
    }

    @Test
    void a_quote_in_a_related_headline_line_is_not_the_articles() {
        Annotated doc = Docs.annotate("Talks set",
                "Maria Ivanova said the talks would go ahead.",
                "READ MORE: Putin ‘ready to talk’ as Kim boards train",
                "Don’t miss…\nPutin ‘so desperate for weapons’ Russia ‘could help with nukes'[ANALYSIS]\nKim and Putin ‘have nothing to fear’ now[INSIGHT]");
        assertThat(finder.find(doc)).extracting(Quote::kind).containsExactly(Quote.Kind.INDIRECT);
    }

    @Test
    void a_quote_running_over_paragraphs_keeps_its_speaker() {
        Annotated doc = Docs.annotate("Talks set",
                "Anna Berg said: “We have waited a long time for this.",
                "“Now the work begins.”",
                "The talks end on Friday.");
        List<Quote> quotes = finder.find(doc);
        assertThat(quotes).extracting(Quote::text).containsExactly("We have waited a long time for this.",
                "Now the work begins.");
        assertThat(quotes).extracting(QuoteFinderTest::speaker).containsOnly("Anna Berg");
    }

    @Test
    void a_following_quote_with_no_cue_goes_on_the_same_speech() {
        Annotated doc = Docs.annotate("Talks set",
                "“We will not back down,” Lena Ortiz said. “Not today, not ever.”");
        assertThat(finder.find(doc)).extracting(QuoteFinderTest::speaker).containsExactly("Lena Ortiz", "Lena Ortiz");
    }

    @Test
    void a_description_finds_the_speaker_it_describes() {
        Annotated doc = Docs.annotate("Talks set",
                "The Korean Central News Agency said the leader had left. The agency said: “He will arrive soon.”");
        List<ActorMention> actors = Docs.actors(doc, Map.of("Korean Central News Agency", "PRKMED"));
        Quote q = only(finder.find(doc, actors), Quote.Kind.DIRECT);
        assertThat(speaker(q)).isEqualTo("The Korean Central News Agency");
        assertThat(q.actor().code()).isEqualTo("PRKMED");
    }

    @Test
    void apostrophes_are_not_quotes() {
        Annotated doc = Docs.annotate("Talks set", "Kim’s train and the leaders' plans don't change, officials said.");
        Quote q = only(finder.find(doc), Quote.Kind.INDIRECT);
        assertThat(q.text()).isEqualTo("Kim’s train and the leaders' plans don't change");
        assertThat(speaker(q)).isEqualTo("officials");
    }

    @Test
    void an_unattributed_scare_quote_has_no_speaker() {
        Annotated doc = Docs.annotate("Talks set", "The so-called ‘friendship train’ left the station.");
        Quote q = only(finder.find(doc), Quote.Kind.PARTIAL);
        assertThat(q.text()).isEqualTo("friendship train");
        assertThat(q.speaker()).isNull();
        assertThat(q.actor()).isNull();
    }

    @Test
    void a_quote_split_by_its_attribution_is_direct_on_both_sides() {
        Annotated doc = Docs.annotate("Talks set",
                "“The door remains open,” the bloc said in a statement, “but our patience has limits.”");
        List<Quote> quotes = finder.find(doc);
        assertThat(quotes).extracting(Quote::kind).containsExactly(Quote.Kind.DIRECT, Quote.Kind.DIRECT);
        assertThat(quotes).extracting(QuoteFinderTest::speaker).containsOnly("the bloc");
    }

    @Test
    void a_cue_split_off_by_the_sentence_splitter_still_names_the_speaker() {
        Annotated doc = Docs.annotate("Talks set",
                "Anna Berg said the talks had stalled.",
                "“Why now?” one resident asked. “We thought it was over.”");
        List<Quote> quotes = finder.find(doc).stream().filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
        assertThat(quotes).extracting(QuoteFinderTest::speaker).containsExactly("one resident", "one resident");
    }

    @Test
    void a_claim_inside_a_claim_is_reported_once() {
        Annotated doc = Docs.annotate("Talks set", "Anna Berg said the summit showed that the alliance was weak.");
        assertThat(finder.find(doc)).extracting(Quote::text).containsExactly("the summit showed that the alliance was weak");
    }

    @Test
    void quotes_spans_are_in_bounds_and_the_reading_is_deterministic(){
        Annotated doc = Docs.annotate("Talks ‘set’ for \"Monday\"",
                "“A,” he said, ‘b’ and \"c d.\" 'e' — said Lena Ortiz: “f",
                "“g.” Kim’s ‘h’ nukes' i");
        List<Quote> first = finder.find(doc);
        assertThat(finder.find(doc)).isEqualTo(first);
        for (Quote q : first) {
            assertThat(q.span().end()).isLessThanOrEqualTo(doc.text().length());
            assertThat(q.span().of(doc.text())).isEqualTo(q.text());
        }
    }
}

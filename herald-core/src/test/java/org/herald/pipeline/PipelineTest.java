package org.herald.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.herald.pipeline.Fakes.BRAZIL_MET;
import static org.herald.pipeline.Fakes.FRANCE_NOT_SUPPLY;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import org.herald.model.Annotated;
import org.herald.model.Article;
import org.herald.model.CodedArticle;
import org.herald.model.Event;
import org.herald.model.Mode;
import org.herald.model.Outcome;
import org.herald.model.Participant;
import org.herald.model.RawDocument;
import org.herald.model.ResolvedDate;
import org.herald.model.Span;
import org.herald.model.TextSpan;
import org.herald.times.DateResolver;
import org.junit.jupiter.api.Test;

/** The chain after annotate, on hand-made annotations: no models. */
class PipelineTest {

    private static final Pipeline PIPELINE = Pipeline.standard();
    private static final ResolvedDate FEB_2024 = ResolvedDate.day(LocalDate.of(2024, 2, 1));

    @Test
    void codes_a_fake_annotation_through_actors_events_and_the_times_stage() {
        Annotated a = Fakes.annotated(FEB_2024, BRAZIL_MET, FRANCE_NOT_SUPPLY);
        CodedArticle c = PIPELINE.code(a);
        assertThat(c.actors()).extracting(m -> m.actor().code()).contains("BRA", "ARG", "FRA", "SRB");
        Event met = c.events().stream().filter(e -> e.code().equals("040")).findFirst().orElseThrow();
        assertThat(met.source().actor().code()).isEqualTo("BRA");
        assertThat(met.target().actor().code()).isEqualTo("ARG");
        // the times stage alone dates the meeting (its year) and calls it historical, as it reads it
        assertThat(met.date().value()).isEqualTo("2015");
        assertThat(met.historical()).isTrue();
        int trigger = a.sentences().get(0).tokens().stream().filter(t -> t.word().equals("met")).findFirst().orElseThrow().index();
        assertThat(met.date()).isEqualTo(new DateResolver().when(a, 0, trigger).date());
        Event supply = c.events().stream().filter(e -> e.code().equals("072")).findFirst().orElseThrow();
        assertThat(supply.mode()).isEqualTo(Mode.NEGATED);
        assertThat(supply.attribution().actor()).isEqualTo("FRA");
        assertThat(supply.historical()).isFalse();
        assertThat(c.problems()).isEmpty();
    }

    @Test
    void event_ids_are_unique_in_the_article_and_the_same_on_every_run() {
        Annotated a = Fakes.annotated(FEB_2024, BRAZIL_MET, FRANCE_NOT_SUPPLY);
        List<Event> once = PIPELINE.code(a).events();
        List<Event> twice = PIPELINE.code(Fakes.annotated(FEB_2024, BRAZIL_MET, FRANCE_NOT_SUPPLY)).events();
        assertThat(once).isNotEmpty();
        assertThat(new HashSet<>(once.stream().map(Event::id).toList())).hasSize(once.size());
        assertThat(twice).extracting(Event::id).isEqualTo(once.stream().map(Event::id).toList());
    }

    @Test
    void two_events_on_one_span_that_differ_only_in_an_actor_have_two_ids() {
        Participant words = new Participant("Nairobi, African Union ministers", new Span(10, 42), null);
        TextSpan trigger = new TextSpan("welcomed", new Span(43, 51));
        Participant implied = new Participant("", new Span(10, 10), org.herald.model.Actor.of("KEN", List.of(), null));
        String kenya = Event.idOf("a1", 2, "051", trigger.span(), withActor(words, "KEN", "GOV"), implied);
        String union = Event.idOf("a1", 2, "051", trigger.span(), withActor(words, "IGO", "AFR"), implied);
        assertThat(kenya).isNotEqualTo(union);
        assertThat(Event.idOf("a1", 2, "051", trigger.span(), withActor(words, "KEN", "GOV"), implied)).isEqualTo(kenya);
    }

    @Test
    void events_that_agree_in_all_that_names_them_are_told_apart_by_rank() {
        Event e = PIPELINE.code(Fakes.annotated(FEB_2024, BRAZIL_MET)).events().get(0);
        Event hypothetical = new Event(e.id(), e.article(), e.sentence(), e.root(), e.headline(), e.code(), e.plover(),
                e.quad(), e.goldstein(), Mode.HYPOTHETICAL, e.attribution(), e.source(), e.target(), e.trigger(), e.date(),
                e.historical(), e.place(), e.confidence());
        List<Event> out = Pipeline.distinctIds(List.of(e, hypothetical, e));
        assertThat(out.get(0).id()).isEqualTo(e.id());
        assertThat(new HashSet<>(out.stream().map(Event::id).toList())).hasSize(3);
        assertThat(Pipeline.distinctIds(List.of(e, hypothetical, e))).extracting(Event::id)
                .isEqualTo(out.stream().map(Event::id).toList());
    }

    @Test
    void the_users_publication_date_wins_over_the_documents() {
        RawDocument page = new RawDocument("page.html", """
                <html><head><title>Talks</title><meta property="article:published_time" content="2023-05-01"></head>
                <body><article><h1>Talks resume</h1><p>The two sides met again on Tuesday to discuss the border.</p>
                </article></body></html>""".getBytes(StandardCharsets.UTF_8), "text/html", "UTF-8", null, Instant.EPOCH,
                RawDocument.Hints.NONE);
        Article stated = ((Outcome.Ok<Article>) PIPELINE.extract(page)).value();
        assertThat(stated.published().value()).isEqualTo("2023-05-01");
        Pipeline given = Pipeline.builder().published(FEB_2024).build();
        Article a = ((Outcome.Ok<Article>) given.extract(page)).value();
        assertThat(a.published()).isEqualTo(FEB_2024);
        assertThat(a.publishedFrom()).isEqualTo("user");
    }

    private static Participant withActor(Participant p, String country, String role) {
        return new Participant(p.text(), p.span(), org.herald.model.Actor.of(country, List.of(role), null));
    }
}

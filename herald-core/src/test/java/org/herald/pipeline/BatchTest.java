package org.herald.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.herald.model.Annotated;
import org.herald.model.Article;
import org.herald.model.CodedArticle;
import org.herald.model.Outcome;
import org.herald.model.Problem;
import org.herald.model.RawDocument;
import org.herald.model.Sentence;
import org.herald.model.Span;
import org.herald.model.Stage;
import org.herald.model.Token;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The batch engine's bookkeeping, with work of the tests' own and no models (never its timings). */
class BatchTest {

    private static final Pipeline PIPELINE = Pipeline.standard();
    /** Released when a test ends, so that no work a test left blocked outlives it. */
    private final CountDownLatch end = new CountDownLatch(1);

    @AfterEach
    void release() {
        end.countDown();
    }

    private static Outcome<RawDocument> text(String name, String headline) {
        String t = headline + "\n\nThe body of " + name + " has a sentence of its own.\n";
        return Outcome.ok(new RawDocument(name, t.getBytes(StandardCharsets.UTF_8), "text/plain", "UTF-8", null,
                Instant.EPOCH, RawDocument.Hints.NONE));
    }

    /** A sink that keeps titles in the order it is given them, and knows the ids it is told. */
    private static final class Titles implements Batch.Sink<Article> {
        final List<String> kept = new ArrayList<>();
        final Set<String> known;

        Titles(Set<String> known) {
            this.known = known;
        }

        @Override
        public boolean has(String articleId) {
            return known.contains(articleId);
        }

        @Override
        public boolean put(Article article, Article value) throws IOException {
            if (article.title().contains("unwritable")) {
                throw new IOException("disk full");
            }
            kept.add(value.title());
            return true;
        }
    }

    private static Batch.Options lanes(int n) {
        return Batch.Options.defaults().withLanes(n);
    }

    @Test
    void results_reach_the_sink_in_input_order_whichever_lane_finishes_first() throws Exception {
        CountDownLatch lastDone = new CountDownLatch(1);
        Batch<Article> b = Batch.of(PIPELINE, lanes(3), (a, trace) -> {
            try {
                if (a.title().equals("First")) {
                    assertThat(lastDone.await(30, TimeUnit.SECONDS)).as("the last article is worked on at once").isTrue();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (a.title().equals("Third")) {
                lastDone.countDown();
            }
            return a;
        });
        Titles sink = new Titles(Set.of());
        List<Batch.Report<Article>> reports = new ArrayList<>();
        Batch.Counts c = b.run(Stream.of(text("a", "First"), text("b", "Second"), text("c", "Third")), sink, reports::add);
        assertThat(sink.kept).containsExactly("First", "Second", "Third");
        assertThat(reports).allMatch(r -> r instanceof Batch.Report.Stored<Article>);
        assertThat(c).isEqualTo(new Batch.Counts(3, 3, 0, 0));
    }

    @Test
    void a_failure_names_the_stage_it_happened_in_and_the_batch_goes_on() throws Exception {
        Batch<Article> b = Batch.of(PIPELINE, lanes(2), (a, trace) -> {
            if (a.title().equals("Broken")) {
                trace.enter(Stage.QUOTES);
                throw new IllegalStateException("no quote mark to close");
            }
            return a;
        });
        List<Batch.Report<Article>> reports = new ArrayList<>();
        Batch.Counts c = b.run(Stream.of(text("a", "Fine"), text("b", "Broken"), text("c", "Also fine")), new Titles(Set.of()),
                reports::add);
        assertThat(c).isEqualTo(new Batch.Counts(3, 2, 0, 1));
        Problem p = ((Batch.Report.Failed<Article>) reports.get(1)).problem();
        assertThat(p.stage()).isEqualTo(Stage.QUOTES);
        assertThat(p.code()).isEqualTo(Problem.Code.INTERNAL);
        assertThat(p.input()).isEqualTo("b");
        assertThat(p.message()).contains("IllegalStateException", "no quote mark to close");
    }

    @Test
    void a_real_stage_that_throws_is_named_not_annotate() throws Exception {
        // a token whose span runs past the article's text: the actors stage is the first to read it
        Batch<CodedArticle> b = Batch.of(PIPELINE, lanes(1), (a, trace) -> PIPELINE.code(broken(a), trace));
        List<Batch.Report<CodedArticle>> reports = new ArrayList<>();
        b.run(Stream.of(text("a", "Broken")), new Batch.Sink<>() {
            @Override
            public boolean has(String id) {
                return false;
            }

            @Override
            public boolean put(Article article, CodedArticle value) {
                return true;
            }
        }, reports::add);
        Problem p = ((Batch.Report.Failed<CodedArticle>) reports.get(0)).problem();
        assertThat(p.stage()).isEqualTo(Stage.ACTORS);
        assertThat(p.code()).isEqualTo(Problem.Code.INTERNAL);
    }

    private static Annotated broken(Article a) {
        Span past = new Span(a.text().length() - 2, a.text().length() + 8);
        Token t = new Token(0, past, "Brazilians", "Brazilian", "NNPS", "MISC");
        Sentence s = new Sentence(0, new Span(0, a.text().length()), 0, List.of(t), false, List.of());
        return new Annotated(a, List.of(s), List.of(), List.of(), List.of());
    }

    @Test
    void an_article_over_the_time_limit_fails_naming_its_stage_and_the_lane_goes_on() throws Exception {
        AtomicInteger started = new AtomicInteger();
        Batch<Article> b = Batch.of(PIPELINE, lanes(1).withTimeLimit(Duration.ofMillis(200)), (a, trace) -> {
            started.incrementAndGet();
            if (a.title().equals("Endless")) {
                trace.enter(Stage.EVENTS);
                try {
                    end.await(); // ignores the interrupt's intent: only the test's end releases it
                } catch (InterruptedException e) {
                    // a stuck stage may never notice its interrupt; this one is let go at the test's end
                    try {
                        end.await();
                    } catch (InterruptedException again) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
            return a;
        });
        Titles sink = new Titles(Set.of());
        List<Batch.Report<Article>> reports = new ArrayList<>();
        Batch.Counts c = b.run(Stream.of(text("a", "Endless"), text("b", "After"), text("c", "Last")), sink, reports::add);
        assertThat(c).isEqualTo(new Batch.Counts(3, 2, 0, 1));
        assertThat(sink.kept).containsExactly("After", "Last");
        Problem p = ((Batch.Report.Failed<Article>) reports.get(0)).problem();
        assertThat(p.code()).isEqualTo(Problem.Code.TIME_LIMIT);
        assertThat(p.stage()).isEqualTo(Stage.EVENTS);
        assertThat(p.message()).isEqualTo("gave up after 200 ms in the events stage");
        assertThat(started.get()).isEqualTo(3);
    }

    @Test
    void what_the_sink_has_is_skipped_and_bad_documents_and_writes_are_problems_in_their_place() throws Exception {
        Article known = ((Outcome.Ok<Article>) PIPELINE.extract(((Outcome.Ok<RawDocument>) text("k", "Known")).value())).value();
        AtomicInteger worked = new AtomicInteger();
        Batch<Article> b = Batch.of(PIPELINE, lanes(2), (a, trace) -> {
            worked.incrementAndGet();
            return a;
        });
        Titles sink = new Titles(Set.of(known.id()));
        Outcome<RawDocument> empty = Outcome.ok(new RawDocument("empty.txt", new byte[0], "text/plain", "UTF-8", null,
                Instant.EPOCH, RawDocument.Hints.NONE));
        List<Batch.Report<Article>> reports = new ArrayList<>();
        Batch.Counts c = b.run(Stream.of(text("a", "New"), text("k", "Known"), empty, text("u", "unwritable"),
                text("a", "New"), text("z", "Newer")), sink, reports::add);
        assertThat(c).isEqualTo(new Batch.Counts(6, 2, 2, 2));
        assertThat(sink.kept).containsExactly("New", "Newer");
        assertThat(reports.get(1)).isInstanceOf(Batch.Report.Known.class);
        assertThat(((Batch.Report.Failed<Article>) reports.get(2)).problem().code()).isEqualTo(Problem.Code.EXTRACT_EMPTY);
        Problem write = ((Batch.Report.Failed<Article>) reports.get(3)).problem();
        assertThat(write.code()).isEqualTo(Problem.Code.STORE_WRITE);
        assertThat(write.stage()).isEqualTo(Stage.STORE);
        assertThat(write.message()).isEqualTo("disk full");
        // the second copy of "New" is known: the sink had it by the time its turn came
        assertThat(reports.get(4)).isInstanceOf(Batch.Report.Known.class);
        assertThat(worked.get()).isEqualTo(3);
    }
}

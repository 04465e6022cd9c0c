package org.herald.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.herald.model.Article;
import org.herald.model.CodedArticle;
import org.herald.model.Problem;
import org.herald.pipeline.Batch;
import org.herald.pipeline.Pipeline;
import org.herald.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code herald run SOURCE... [--db FILE]}: Herald's main job. Reads every source (files,
 * directories, feeds, WARC archives, JSON Lines, URLs, "-"), codes each article and stores it,
 * through the pipeline's batch engine ({@link Batch}): a bad document is a one-line problem on
 * standard error and the run goes on; it ends with counts and the events it stored. Articles
 * already in the store are skipped, so an interrupted run resumes.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Reads sources, codes every article and keeps the result in the store.")
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "file, directory, feed, WARC, .jsonl, URL or -")
    List<String> sources;

    @Option(names = "--db", paramLabel = "FILE", description = "the store (default: ${DEFAULT-VALUE})")
    Path db = Path.of("herald-data", "herald.duckdb");

    @Mixin
    InputOptions input;

    @Option(names = "--threads", description = "articles coded at once (default: the cores, at most 4: ${DEFAULT-VALUE})")
    int threads = Batch.Options.defaults().lanes();

    /** Without a terminal, a progress line every this many documents. */
    static final int EVERY = 100;

    private Batch.Counts counts = Batch.Counts.ZERO;
    private long events;
    private long quotes;

    @Override
    public Integer call() throws SQLException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Pipeline pipeline;
        try {
            if (threads < 1) {
                throw new Inputs.BadInput("--threads must be at least 1, not " + threads);
            }
            pipeline = input.pipeline().build();
        } catch (Inputs.BadInput e) {
            err.println("herald run: " + e.getMessage());
            return 2;
        }
        Batch<CodedArticle> batch = Batch.coding(pipeline, Batch.Options.defaults().withLanes(threads));
        Stop stop = Stop.onSignal(err);
        try {
            try (Store store = Store.shared(db); Progress progress = Progress.of("herald run", "documents", -1, err, EVERY)) {
                batch.run(sources, loadingOnFirstNew(store.sink(), pipeline, err), r -> {
                    counts = counts.plus(r);
                    count(r);
                    progress.step(r instanceof Batch.Report.Stored<CodedArticle> s ? s.article().title() : null);
                    if (!progress.drawsBar() || !(r instanceof Batch.Report.Stored<CodedArticle>)) {
                        report(r, err);
                    }
                    stop.check();
                });
            } catch (Stop.Stopped e) {
                out.println("herald run: stopped by a signal after the article in hand; the articles still being coded"
                        + " are not stored (run again to go on)");
            }
            try (Store store = Store.readOnly(db)) {
                Store.Counts c = store.counts();
                out.printf("herald run: %s; stored %d events and %d quotes%n", counts, events, quotes);
                out.printf("store %s: %d articles (%d stories), %d event mentions rolled up into %d events, %d quotes%n",
                        db, c.articles(), c.stories(), c.eventMentions(), c.events(), c.quotes());
            }
        } finally {
            out.flush();
            stop.done();
        }
        return counts.failed() > 0 ? 1 : 0;
    }

    /**
     * The store as the batch's sink, which starts loading the models when the first article not
     * stored yet turns up, and says so: a run over articles all stored loads none.
     */
    static Batch.Sink<CodedArticle> loadingOnFirstNew(Batch.Sink<CodedArticle> sink, Pipeline pipeline, PrintWriter err) {
        return new Batch.Sink<>() {
            private boolean loading;

            @Override
            public boolean has(String articleId) throws IOException {
                boolean has = sink.has(articleId);
                if (!has && !loading) {
                    loading = true;
                    load(pipeline, err, "herald");
                }
                return has;
            }

            @Override
            public boolean put(Article article, CodedArticle coded) throws IOException {
                return sink.put(article, coded);
            }
        };
    }

    /** Loads the models in the background, with a line when it starts and one when it is done. */
    static java.util.concurrent.CompletableFuture<Void> load(Pipeline pipeline, PrintWriter err, String command) {
        long t0 = System.nanoTime();
        Progress.loading(err, command + ": loading the models (CoreNLP, actor base, event lexicon, gazetteer)...");
        return java.util.concurrent.CompletableFuture.runAsync(pipeline::load).thenRun(() ->
                Progress.loading(err, String.format(java.util.Locale.ROOT, "%s: models loaded in %.1f s", command,
                        (System.nanoTime() - t0) / 1e9)));
    }

    private void count(Batch.Report<CodedArticle> r) {
        if (r instanceof Batch.Report.Stored<CodedArticle> s) {
            events += s.value().events().size();
            quotes += s.value().quotes().size();
        }
    }

    /** One document's line: what was stored, or why it was skipped or failed. */
    static void report(Batch.Report<CodedArticle> r, PrintWriter err) {
        if (r instanceof Batch.Report.Stored<CodedArticle> s) {
            CodedArticle c = s.value();
            Article a = s.article();
            for (Problem p : c.problems()) {
                err.println("problem: " + p);
            }
            err.printf("stored %s: %d events, %d quotes  %s%n", a.id(), c.events().size(), c.quotes().size(),
                    a.title() == null ? a.origin() : a.title());
        } else if (r instanceof Batch.Report.Skipped<CodedArticle> s) {
            err.println("skipped: " + s.problem());
        } else if (r instanceof Batch.Report.Failed<CodedArticle> f) {
            err.println("failed: " + f.problem());
        }
        err.flush();
    }

    /**
     * What SIGTERM (or Ctrl-C) does to a run: the JVM's shutdown waits while the run finishes the
     * article in hand (its store write commits whole or not at all), stops, and says what it stored.
     * An article that takes longer than {@link #PATIENCE_S} is left: its write never committed.
     */
    static final class Stop {
        static final int PATIENCE_S = 30;

        /** Thrown out of the batch's listener once a signal came: the batch ends there. */
        static final class Stopped extends RuntimeException {
            Stopped() {
                super("stopped by a signal", null, false, false);
            }
        }

        private final AtomicBoolean signalled = new AtomicBoolean();
        private final CountDownLatch finished = new CountDownLatch(1);
        private Thread hook;

        static Stop onSignal(PrintWriter err) {
            Stop s = new Stop();
            s.hook = new Thread(() -> {
                s.signalled.set(true);
                try {
                    if (!s.finished.await(PATIENCE_S, TimeUnit.SECONDS)) {
                        err.println("herald run: the article in hand took more than " + PATIENCE_S
                                + " s after the signal; stopping without it (every article reported stored is kept)");
                        err.flush();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "herald-run-stop");
            Runtime.getRuntime().addShutdownHook(s.hook);
            return s;
        }

        void check() {
            if (signalled.get()) {
                throw new Stopped();
            }
        }

        /** The run is over (stopped or not): a shutdown under way may go on. */
        void done() {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the shutdown is under way: the hook is running, and now returns
            }
        }
    }
}

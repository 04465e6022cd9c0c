package org.herald.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.herald.model.Article;
import org.herald.model.CodedArticle;
import org.herald.model.Outcome;
import org.herald.model.Problem;
import org.herald.model.RawDocument;
import org.herald.model.ResolvedDate;
import org.herald.model.Stage;
import org.herald.pipeline.Pipeline;
import org.herald.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code herald run SOURCE... [--db FILE]}: Herald's main job. Reads every source (files,
 * directories, feeds, WARC archives, JSON Lines, URLs, "-"), codes each article and stores it.
 * A bad document is a one-line problem on standard error and the run goes on; it ends with
 * counts. Articles already in the store are skipped, so an interrupted run resumes. Articles are
 * coded on {@code --threads} lanes at once, each under the pipeline's per-article time limit.
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

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "publication date for articles that give none")
    String published;

    @Option(names = "--threads", description = "articles coded at once (default: the cores, at most 4: ${DEFAULT-VALUE})")
    int threads = Math.min(4, Runtime.getRuntime().availableProcessors());

    /** What a coding lane hands back: the article and what became of it. */
    private record Result(Article article, Outcome<CodedArticle> coded) {
    }

    private static final Article NO_MORE = Article.builder().origin("end").paragraph("end").build();

    private int read;
    private int stored;
    private int skipped;
    private int failed;

    @Override
    public Integer call() throws SQLException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ResolvedDate fallback;
        try {
            fallback = Inputs.date(published);
        } catch (Inputs.BadInput e) {
            err.println("herald run: " + e.getMessage());
            return 2;
        }
        if (threads < 1) {
            err.println("herald run: --threads must be at least 1, not " + threads);
            return 2;
        }
        Pipeline pipeline = Pipeline.standard();
        // Reading and extracting stay on this thread, in input order (duplicate clusters depend on
        // it); coding runs on the lanes; every write happens here, so the store sees one writer.
        BlockingQueue<Article> todo = new ArrayBlockingQueue<>(threads * 2);
        BlockingQueue<Result> done = new LinkedBlockingQueue<>();
        List<Thread> lanes = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(() -> lane(pipeline, todo, done), "herald-lane-" + i);
            t.setDaemon(true);
            t.start();
            lanes.add(t);
        }
        Set<String> inFlight = new HashSet<>();
        try (Store store = Store.open(db)) {
            for (String source : sources) {
                try (Stream<Outcome<RawDocument>> docs = pipeline.read(source)) {
                    for (Outcome<RawDocument> doc : (Iterable<Outcome<RawDocument>>) docs::iterator) {
                        read++;
                        Outcome<Article> art = doc.then(pipeline::extract);
                        if (art instanceof Outcome.Ok<Article> ok) {
                            Article a = ok.value();
                            if (a.published() == null && fallback != null) {
                                a = a.withPublished(fallback, "user");
                            }
                            if (inFlight.contains(a.id()) || store.has(a.id())) {
                                skipped++;
                                continue;
                            }
                            inFlight.add(a.id());
                            while (!todo.offer(a, 100, TimeUnit.MILLISECONDS)) {
                                drain(done, store, inFlight, err, false);
                            }
                            drain(done, store, inFlight, err, false);
                        } else if (art instanceof Outcome.Skipped<Article> sk) {
                            skipped++;
                            err.println("skipped: " + sk.problem());
                        } else {
                            failed++;
                            err.println("failed: " + art.problem());
                        }
                        err.flush();
                    }
                }
            }
            while (!inFlight.isEmpty()) {
                drain(done, store, inFlight, err, true);
            }
            Store.Counts c = store.counts();
            out.printf("herald run: read %d, stored %d, skipped %d, failed %d%n", read, stored, skipped, failed);
            out.printf("store %s: %d articles (%d stories), %d event mentions rolled up into %d events, %d quotes%n",
                    db, c.articles(), c.stories(), c.eventMentions(), c.events(), c.quotes());
        } finally {
            for (int i = 0; i < lanes.size(); i++) {
                todo.offer(NO_MORE);
            }
        }
        out.flush();
        return failed > 0 ? 1 : 0;
    }

    /** Codes articles until told there are no more; an article over the time limit costs its lane a new worker. */
    private static void lane(Pipeline pipeline, BlockingQueue<Article> todo, BlockingQueue<Result> done) {
        ExecutorService worker = Pipeline.worker();
        try {
            while (true) {
                Article a = todo.take();
                if (a == NO_MORE) {
                    return;
                }
                Outcome<CodedArticle> coded;
                try {
                    coded = pipeline.code(a, worker);
                } catch (RuntimeException e) {
                    coded = Outcome.failed(new Problem(a.origin(), Stage.ANNOTATE, null, "internal",
                            e.getClass().getSimpleName() + ": " + e.getMessage()));
                }
                if (!(coded instanceof Outcome.Ok<CodedArticle>)) {
                    // the stuck thread may never notice its interrupt: do not queue work behind it
                    worker.shutdownNow();
                    worker = Pipeline.worker();
                }
                done.put(new Result(a, coded));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            worker.shutdownNow();
        }
    }

    /** Stores what the lanes have finished; with {@code wait}, waits for at least one. */
    private void drain(BlockingQueue<Result> done, Store store, Set<String> inFlight, PrintWriter err, boolean wait)
            throws InterruptedException {
        Result r = wait ? done.take() : done.poll();
        while (r != null) {
            inFlight.remove(r.article().id());
            Article a = r.article();
            if (r.coded() instanceof Outcome.Ok<CodedArticle> c) {
                try {
                    store.put(c.value());
                    stored++;
                    err.printf("stored %s: %d events, %d quotes  %s%n", a.id(), c.value().events().size(),
                            c.value().quotes().size(), a.title() == null ? a.origin() : a.title());
                } catch (SQLException e) {
                    failed++;
                    err.println("failed: " + new Problem(a.origin(), Stage.STORE, null, "store.write", e.getMessage()));
                }
            } else {
                failed++;
                err.println("failed: " + r.coded().problem());
            }
            err.flush();
            r = done.poll();
        }
    }
}

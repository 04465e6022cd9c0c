package org.herald.pipeline;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.herald.model.Article;
import org.herald.model.CodedArticle;
import org.herald.model.Outcome;
import org.herald.model.Problem;
import org.herald.model.RawDocument;
import org.herald.model.Stage;

/**
 * Herald's batch engine: runs the pipeline over many documents and hands each result to a
 * {@link Sink} (the store, standard output, a Spark partition's rows), the same way for {@code
 * herald run}, {@code herald extract}, the server's {@code POST /api/articles} and any other
 * caller.
 *
 * <p>Reading and extraction happen on the caller's thread, in input order (duplicate clusters
 * depend on it). An article the sink already has is skipped, so a run that was stopped resumes.
 * The work on each article ({@link Work}: coding it, for {@link #coding}) runs on {@code lanes}
 * threads at once, each article under a time limit: one that takes longer, or throws, becomes a
 * failure naming the stage it was in, and the batch goes on. Results go to the sink on the
 * caller's thread, one at a time and in input order, so the sink needs no locking and what it
 * receives does not depend on the number of lanes. Every document ends as one {@link Report}, given
 * to a listener in the same order, and the run returns the {@link Counts}.
 *
 * @param <T> what the work makes of an article
 */
public final class Batch<T> {

    /** The longest a lane works on one article before it gives up on it and goes on. */
    public static final Duration TIME_LIMIT = Duration.ofSeconds(120);

    /**
     * How a batch runs.
     *
     * @param lanes articles worked on at once
     * @param timeLimit the longest one article may take
     */
    public record Options(int lanes, Duration timeLimit) {
        public Options {
            if (lanes < 1) {
                throw new IllegalArgumentException("a batch needs at least one lane, not " + lanes);
            }
            if (timeLimit.isNegative() || timeLimit.isZero()) {
                throw new IllegalArgumentException("the time limit must be positive, not " + timeLimit);
            }
        }

        /** As many lanes as cores, at most 4, and {@link #TIME_LIMIT}. */
        public static Options defaults() {
            return new Options(Math.min(4, Runtime.getRuntime().availableProcessors()), TIME_LIMIT);
        }

        public Options withLanes(int n) {
            return new Options(n, timeLimit);
        }

        public Options withTimeLimit(Duration d) {
            return new Options(lanes, d);
        }
    }

    /** What a lane does with one article, telling {@code trace} which stage it is in. */
    @FunctionalInterface
    public interface Work<T> {
        T apply(Article article, Pipeline.Trace trace);
    }

    /** Where results go. Called on the batch's own thread, one call at a time. */
    public interface Sink<T> {
        /** Whether the article is kept already: the batch then skips it (this is how a run resumes). */
        boolean has(String articleId) throws IOException;

        /** Keeps one result; false when it was kept already. */
        boolean put(Article article, T value) throws IOException;
    }

    /** What became of one document. */
    public sealed interface Report<T> {
        /** Worked on and kept by the sink. */
        record Stored<T>(Article article, T value) implements Report<T> {
        }

        /** Kept by the sink before: skipped. */
        record Known<T>(Article article) implements Report<T> {
        }

        /** Left alone on purpose (robots.txt, not a page, a WARC response that is no page). */
        record Skipped<T>(Problem problem) implements Report<T> {
        }

        /** Could not be read, extracted, worked on or kept. */
        record Failed<T>(Problem problem) implements Report<T> {
        }
    }

    /** How many documents a run read, and what became of them; {@code skipped} includes those stored before. */
    public record Counts(long read, long stored, long skipped, long failed) {
        public static final Counts ZERO = new Counts(0, 0, 0, 0);

        public Counts plus(Report<?> r) {
            if (r instanceof Report.Stored<?>) {
                return new Counts(read + 1, stored + 1, skipped, failed);
            }
            if (r instanceof Report.Failed<?>) {
                return new Counts(read + 1, stored, skipped, failed + 1);
            }
            return new Counts(read + 1, stored, skipped + 1, failed);
        }

        @Override
        public String toString() {
            return "read " + read + ", stored " + stored + ", skipped " + skipped + ", failed " + failed;
        }
    }

    private final Pipeline pipeline;
    private final Options options;
    private final Work<T> work;

    private Batch(Pipeline pipeline, Options options, Work<T> work) {
        this.pipeline = pipeline;
        this.options = options;
        this.work = work;
    }

    /** A batch that codes every article: what {@code herald run}, the server and a Spark job keep. */
    public static Batch<CodedArticle> coding(Pipeline pipeline, Options options) {
        return new Batch<>(pipeline, options, pipeline::code);
    }

    /** A batch that only extracts: what {@code herald extract} prints. */
    public static Batch<Article> extracting(Pipeline pipeline) {
        return new Batch<>(pipeline, Options.defaults().withLanes(1), (article, trace) -> article);
    }

    /** A batch with other work on each article (which calls the pipeline, and builds no chain of its own). */
    public static <T> Batch<T> of(Pipeline pipeline, Options options, Work<T> work) {
        return new Batch<>(pipeline, options, work);
    }

    /** Runs over every document of the sources, one after the other (see {@link Pipeline#read}). */
    public Counts run(List<String> sources, Sink<T> sink, Consumer<Report<T>> listener) throws InterruptedException {
        try (Sources docs = new Sources(sources)) {
            return run(docs, sink, listener);
        }
    }

    /** Runs over the documents of a stream (one submitted document, a Spark partition), and closes it. */
    public Counts run(Stream<Outcome<RawDocument>> docs, Sink<T> sink, Consumer<Report<T>> listener)
            throws InterruptedException {
        try (docs) {
            return run(docs.iterator(), sink, listener);
        }
    }

    // ---- the engine

    /** One document on its way: done already (a problem, known), or worked on by a lane. */
    private static final class Pending<T> {
        final Article article;
        final Report<T> early;
        final CompletableFuture<Outcome<T>> result = new CompletableFuture<>();

        Pending(Article article, Report<T> early) {
            this.article = article;
            this.early = early;
        }
    }

    private Counts run(Iterator<Outcome<RawDocument>> docs, Sink<T> sink, Consumer<Report<T>> listener)
            throws InterruptedException {
        BlockingQueue<Pending<T>> todo = new LinkedBlockingQueue<>();
        List<Thread> lanes = new ArrayList<>();
        for (int i = 0; i < options.lanes(); i++) {
            Thread t = new Thread(() -> lane(todo), "herald-lane-" + i);
            t.setDaemon(true);
            t.start();
            lanes.add(t);
        }
        // Enough documents ahead that the lanes stay busy while the head of the line is slow.
        int window = options.lanes() * 4;
        ArrayDeque<Pending<T>> line = new ArrayDeque<>();
        Set<String> inLine = new HashSet<>();
        Counts counts = Counts.ZERO;
        try {
            while (true) {
                while (line.size() < window && docs.hasNext()) {
                    Pending<T> p = admit(docs.next(), sink, inLine);
                    if (p.early == null) {
                        inLine.add(p.article.id());
                        todo.add(p);
                    }
                    line.add(p);
                }
                Pending<T> head = line.poll();
                if (head == null) {
                    return counts;
                }
                Report<T> r = head.early;
                if (r == null) {
                    r = keep(head, sink);
                    inLine.remove(head.article.id());
                }
                counts = counts.plus(r);
                listener.accept(r);
            }
        } finally {
            for (Thread t : lanes) {
                t.interrupt();
            }
        }
    }

    /** A document read: a problem, an article kept before, or an article for the lanes. */
    private Pending<T> admit(Outcome<RawDocument> doc, Sink<T> sink, Set<String> inLine) {
        Outcome<Article> art;
        try {
            art = doc.then(pipeline::extract);
        } catch (RuntimeException e) {
            String input = doc instanceof Outcome.Ok<RawDocument> ok ? ok.value().origin() : "-";
            return new Pending<>(null, new Report.Failed<>(new Problem(input, Stage.EXTRACT, null, Problem.Code.INTERNAL,
                    e.getClass().getSimpleName() + ": " + e.getMessage())));
        }
        if (art instanceof Outcome.Skipped<Article> s) {
            return new Pending<>(null, new Report.Skipped<>(s.problem()));
        }
        if (!(art instanceof Outcome.Ok<Article> ok)) {
            return new Pending<>(null, new Report.Failed<>(art.problem()));
        }
        Article a = ok.value();
        try {
            if (inLine.contains(a.id()) || sink.has(a.id())) {
                return new Pending<>(a, new Report.Known<>(a));
            }
        } catch (IOException e) {
            return new Pending<>(a, new Report.Failed<>(new Problem(a.origin(), Problem.Code.STORE_READ, null,
                    "cannot tell whether it is stored: " + e.getMessage())));
        }
        return new Pending<>(a, null);
    }

    /** Waits for a lane's result and hands it to the sink. */
    private Report<T> keep(Pending<T> p, Sink<T> sink) throws InterruptedException {
        Outcome<T> done;
        try {
            done = p.result.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("a lane completes every result with a value", e);
        }
        if (!(done instanceof Outcome.Ok<T> ok)) {
            return new Report.Failed<>(done.problem());
        }
        try {
            return sink.put(p.article, ok.value()) ? new Report.Stored<>(p.article, ok.value()) : new Report.Known<>(p.article);
        } catch (IOException e) {
            return new Report.Failed<>(new Problem(p.article.origin(), Problem.Code.STORE_WRITE, null,
                    e.getMessage() == null ? e.toString() : e.getMessage()));
        } catch (RuntimeException e) {
            return new Report.Failed<>(new Problem(p.article.origin(), Stage.STORE, null, Problem.Code.INTERNAL,
                    e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    /**
     * The work on one article under the time limit, for a caller that holds its articles one at a
     * time and keeps no sink (an evaluation): a failure or a timeout is a problem naming its stage.
     */
    public Outcome<T> one(Article article) {
        ExecutorService worker = worker();
        Pipeline.Trace trace = new Pipeline.Trace();
        try {
            return attempt(article, worker, trace);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.failed(new Problem(article.origin(), trace.stage(), null, Problem.Code.INTERRUPTED,
                    "stopped before the article was done"));
        } finally {
            worker.shutdownNow();
        }
    }

    /**
     * Works on articles until interrupted (the run is over). An article over the time limit costs
     * the lane its worker thread, which may never notice its interrupt: the lane goes on with a new one.
     */
    private void lane(BlockingQueue<Pending<T>> todo) {
        ExecutorService worker = worker();
        try {
            while (true) {
                Pending<T> p = todo.take();
                Outcome<T> out = attempt(p.article, worker, new Pipeline.Trace());
                if (worker.isShutdown()) {
                    worker = worker();
                }
                p.result.complete(out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            worker.shutdownNow();
        }
    }

    /** The work on one article on {@code worker}; after a timeout the worker is shut down, to be replaced. */
    private Outcome<T> attempt(Article article, ExecutorService worker, Pipeline.Trace trace) throws InterruptedException {
        Future<T> f = worker.submit(() -> work.apply(article, trace));
        try {
            return Outcome.ok(f.get(options.timeLimit().toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            Stage at = trace.stage();
            f.cancel(true);
            // the stuck thread may never notice its interrupt: queue no work behind it
            worker.shutdownNow();
            return Outcome.failed(new Problem(article.origin(), at, null, Problem.Code.TIME_LIMIT,
                    "gave up after " + seconds(options.timeLimit()) + " in the " + at.json() + " stage"));
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            return Outcome.failed(new Problem(article.origin(), trace.stage(), null, Problem.Code.INTERNAL,
                    c.getClass().getSimpleName() + ": " + c.getMessage()));
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static ExecutorService worker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "herald-worker");
            t.setDaemon(true);
            return t;
        });
    }

    /** The documents of several sources, one source after the other; each closed once read. */
    private final class Sources implements Iterator<Outcome<RawDocument>>, AutoCloseable {
        private final Iterator<String> names;
        private Stream<Outcome<RawDocument>> current;
        private Iterator<Outcome<RawDocument>> docs;

        Sources(List<String> sources) {
            this.names = sources.iterator();
        }

        @Override
        public boolean hasNext() {
            while (docs == null || !docs.hasNext()) {
                close();
                if (!names.hasNext()) {
                    return false;
                }
                current = pipeline.read(names.next());
                docs = current.iterator();
            }
            return true;
        }

        @Override
        public Outcome<RawDocument> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return docs.next();
        }

        @Override
        public void close() {
            if (current != null) {
                current.close();
                current = null;
                docs = null;
            }
        }
    }
}

package org.herald.cli;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.herald.ingest.Ingester;
import org.herald.model.CodedArticle;
import org.herald.model.Outcome;
import org.herald.model.Problem;
import org.herald.pipeline.Batch;
import org.herald.pipeline.Pipeline;
import org.herald.store.Store;
import org.herald.store.WatchState;

/**
 * What {@code herald watch} and {@code herald serve --watch} do: poll each feed or page every
 * period with a conditional GET, and give the entries not seen before to the pipeline's batch
 * engine, which codes and stores them. What was seen and each source's validators are kept in
 * the store ({@link WatchState}), so a watch stopped and started again fetches nothing twice.
 * Entries that failed are not marked seen: the next cycle tries them again.
 */
final class Watcher {

    /** What one cycle did. */
    record Cycle(int number, int sources, int unchanged, int failedSources, int entries, Batch.Counts counts) {
    }

    /** A new entry, and the source it came from. */
    private record Pending(String source, Ingester.Entry entry) {
    }

    private final Pipeline pipeline;
    private final Batch<CodedArticle> batch;
    private final Batch.Sink<CodedArticle> sink;
    private final WatchState state;
    private final List<String> sources;
    private final PrintWriter out;
    private final PrintWriter err;
    private int cycles;

    Watcher(Pipeline pipeline, Batch.Options options, Store store, List<String> sources, PrintWriter out, PrintWriter err) {
        this.pipeline = pipeline;
        this.batch = Batch.coding(pipeline, options);
        this.sink = RunCommand.loadingOnFirstNew(store.sink(), pipeline, err);
        this.state = new WatchState(store);
        this.sources = List.copyOf(sources);
        this.out = out;
        this.err = err;
    }

    /** Cycles every {@code every} until {@code limit} cycles are done (0: until stopped). */
    void run(Duration every, int limit) throws InterruptedException, SQLException {
        while (limit <= 0 || cycles < limit) {
            Instant start = Instant.now();
            Cycle c = cycle();
            boolean last = limit > 0 && cycles >= limit;
            Instant next = start.plus(every);
            out.printf("herald watch: cycle %d at %s: %d sources (%d unchanged, %d failed), %d new entries: %s%s%n",
                    c.number(), start.truncatedTo(ChronoUnit.SECONDS), c.sources(), c.unchanged(), c.failedSources(),
                    c.entries(), c.counts(), last ? "" : "; next at " + next.truncatedTo(ChronoUnit.SECONDS));
            out.flush();
            if (last) {
                return;
            }
            long wait = Duration.between(Instant.now(), next).toMillis();
            if (wait > 0) {
                Thread.sleep(wait);
            }
        }
    }

    /** One poll of every source, and the new entries coded and stored. */
    Cycle cycle() throws InterruptedException, SQLException {
        cycles++;
        int unchanged = 0;
        int failedSources = 0;
        List<Pending> todo = new ArrayList<>();
        for (String source : sources) {
            WatchState.Validators v = state.validators(source);
            Ingester.Poll p = pipeline.poll(source, v.etag(), v.lastModified());
            if (p.unchanged()) {
                unchanged++;
                state.polled(source, "unchanged", Optional.empty());
                continue;
            }
            if (!(p.entries() instanceof Outcome.Ok<List<Ingester.Entry>> ok)) {
                failedSources++;
                Problem problem = p.entries().problem();
                err.println("failed: " + problem);
                err.flush();
                state.polled(source, problem.code().dotted(), Optional.empty());
                continue;
            }
            state.polled(source, "changed", Optional.of(new WatchState.Validators(p.etag(), p.lastModified())));
            Set<String> seen = state.seen(source);
            for (Ingester.Entry e : ok.value()) {
                if (!seen.contains(e.key())) {
                    todo.add(new Pending(source, e));
                }
            }
        }
        int[] at = {0};
        Batch.Counts counts;
        try (Progress progress = Progress.of("herald watch", "articles", todo.size(), err, 0)) {
            counts = batch.run(todo.stream().map(t -> t.entry().document().get()), sink, r -> {
                Pending t = todo.get(at[0]++);
                seen(t, r);
                progress.step(r instanceof Batch.Report.Stored<CodedArticle> s ? s.article().title() : null);
                if (!progress.drawsBar()) {
                    RunCommand.report(r, err);
                }
            });
        }
        return new Cycle(cycles, sources.size(), unchanged, failedSources, todo.size(), counts);
    }

    /** Marks an entry seen unless it failed (a failed one is tried again next cycle). */
    private void seen(Pending t, Batch.Report<CodedArticle> r) {
        String outcome;
        String article = null;
        if (r instanceof Batch.Report.Stored<CodedArticle> s) {
            outcome = "stored";
            article = s.article().id();
        } else if (r instanceof Batch.Report.Known<CodedArticle> k) {
            outcome = "known";
            article = k.article().id();
        } else if (r instanceof Batch.Report.Skipped<CodedArticle>) {
            outcome = "skipped";
        } else {
            return;
        }
        try {
            state.saw(t.source(), t.entry().key(), outcome, article);
        } catch (SQLException e) {
            err.println("herald watch: cannot record " + t.entry().key() + " as seen: " + e.getMessage()
                    + " (it is fetched again next cycle; the store skips it)");
        }
    }

    /** A period such as {@code 15m}, {@code 30s}, {@code 1h} or {@code 90} (seconds). */
    static Duration period(String text) {
        var m = java.util.regex.Pattern.compile("(\\d+)\\s*([smh]?)").matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("--every wants a period such as 15m, 30s or 1h, not '" + text + "'");
        }
        long n = Long.parseLong(m.group(1));
        Duration d = switch (m.group(2)) {
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofSeconds(n);
        };
        if (d.isZero()) {
            throw new IllegalArgumentException("--every must be longer than nothing, not '" + text + "'");
        }
        return d;
    }
}

package org.herald.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;
import org.herald.model.Article;
import org.herald.model.CodedArticle;
import org.herald.model.Problem;
import org.herald.model.ResolvedDate;
import org.herald.pipeline.Batch;
import org.herald.pipeline.Pipeline;
import org.herald.store.Store;
import picocli.CommandLine.Command;
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

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = Inputs.PUBLISHED_HELP)
    String published;

    @Option(names = "--threads", description = "articles coded at once (default: the cores, at most 4: ${DEFAULT-VALUE})")
    int threads = Batch.Options.defaults().lanes();

    private long events;
    private long quotes;

    @Override
    public Integer call() throws SQLException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ResolvedDate date;
        try {
            date = Inputs.date(published);
        } catch (Inputs.BadInput e) {
            err.println("herald run: " + e.getMessage());
            return 2;
        }
        if (threads < 1) {
            err.println("herald run: --threads must be at least 1, not " + threads);
            return 2;
        }
        Pipeline pipeline = Pipeline.builder().published(date).build();
        Batch<CodedArticle> batch = Batch.coding(pipeline, Batch.Options.defaults().withLanes(threads));
        Batch.Counts counts;
        try (Store store = Store.shared(db)) {
            counts = batch.run(sources, store.sink(), r -> report(r, err));
            Store.Counts c = store.counts();
            out.printf("herald run: %s; stored %d events and %d quotes%n", counts, events, quotes);
            out.printf("store %s: %d articles (%d stories), %d event mentions rolled up into %d events, %d quotes%n",
                    db, c.articles(), c.stories(), c.eventMentions(), c.events(), c.quotes());
        }
        out.flush();
        return counts.failed() > 0 ? 1 : 0;
    }

    private void report(Batch.Report<CodedArticle> r, PrintWriter err) {
        if (r instanceof Batch.Report.Stored<CodedArticle> s) {
            CodedArticle c = s.value();
            Article a = s.article();
            events += c.events().size();
            quotes += c.quotes().size();
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
}

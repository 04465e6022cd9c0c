package org.herald.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
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
 * counts. Articles already in the store are skipped, so an interrupted run resumes.
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

    @Override
    public Integer call() throws SQLException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ResolvedDate fallback;
        try {
            fallback = Inputs.date(published);
        } catch (Inputs.BadInput e) {
            err.println("herald run: " + e.getMessage());
            return 2;
        }
        Pipeline pipeline = Pipeline.standard();
        int read = 0;
        int stored = 0;
        int skipped = 0;
        int failed = 0;
        ExecutorService worker = Pipeline.worker();
        try (Store store = Store.open(db)) {
            for (String source : sources) {
                try (Stream<Outcome<RawDocument>> docs = pipeline.read(source)) {
                    for (Outcome<RawDocument> doc : (Iterable<Outcome<RawDocument>>) docs::iterator) {
                        read++;
                        Outcome<Article> art = doc instanceof Outcome.Ok<RawDocument> d ? pipeline.extract(d.value())
                                : doc instanceof Outcome.Skipped<RawDocument> s ? Outcome.skipped(s.problem())
                                : Outcome.failed(doc.problem());
                        if (art instanceof Outcome.Ok<Article> ok) {
                            Article a = ok.value();
                            if (a.published() == null && fallback != null) {
                                a = a.withPublished(fallback, "user");
                            }
                            if (store.has(a.id())) {
                                skipped++;
                                continue;
                            }
                            Outcome<CodedArticle> coded = pipeline.code(a, worker);
                            if (coded instanceof Outcome.Ok<CodedArticle> c) {
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
                                err.println("failed: " + coded.problem());
                            }
                        } else if (art instanceof Outcome.Skipped<Article> s) {
                            skipped++;
                            err.println("skipped: " + s.problem());
                        } else {
                            failed++;
                            err.println("failed: " + art.problem());
                        }
                        err.flush();
                    }
                }
            }
            Store.Counts c = store.counts();
            out.printf("herald run: read %d, stored %d, skipped %d, failed %d%n", read, stored, skipped, failed);
            out.printf("store %s: %d articles (%d stories), %d event mentions rolled up into %d events, %d quotes%n",
                    db, c.articles(), c.stories(), c.eventMentions(), c.events(), c.quotes());
        } finally {
            worker.shutdownNow();
        }
        out.flush();
        return failed > 0 ? 1 : 0;
    }
}

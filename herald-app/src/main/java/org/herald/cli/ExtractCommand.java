package org.herald.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.herald.model.Article;
import org.herald.model.Json;
import org.herald.model.Link;
import org.herald.pipeline.Batch;
import org.herald.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code herald extract FILE|DIR|URL|- [--format json|text]}: reads the inputs and prints each
 * article; problems go to standard error, one line each, and the run ends with counts. Exit code
 * 0 when every document was read or skipped on purpose, 1 when any failed, 2 for bad usage.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Prints the article in a page, feed, archive or scraped text: title, standfirst, body, metadata, related links.")
final class ExtractCommand implements Callable<Integer> {

    enum Format { json, text }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "a file, a directory, an http(s) URL, or - for standard input")
    List<String> inputs;

    @Option(names = "--format", paramLabel = "FORMAT", description = "json (one article a line) or text (default: ${DEFAULT-VALUE})")
    Format format = Format.text;

    @Mixin
    InputOptions input;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Pipeline pipeline;
        try {
            pipeline = input.pipeline().build();
        } catch (Inputs.BadInput e) {
            err.println("herald extract: " + e.getMessage());
            return 2;
        }
        Batch.Sink<Article> printer = new Batch.Sink<>() {
            @Override
            public boolean has(String articleId) {
                return false; // every article is printed, copies too
            }

            @Override
            public boolean put(Article article, Article same) {
                print(article, out);
                out.flush();
                return true;
            }
        };
        Batch.Counts counts = Batch.extracting(pipeline).run(inputs, printer, r -> {
            if (r instanceof Batch.Report.Skipped<Article> s) {
                err.println("skipped: " + s.problem());
            } else if (r instanceof Batch.Report.Failed<Article> f) {
                err.println("problem: " + f.problem());
            }
            err.flush();
        });
        err.printf("herald extract: read %d, ok %d, skipped %d, failed %d%n", counts.read(), counts.stored(),
                counts.skipped(), counts.failed());
        err.flush();
        return counts.failed() > 0 ? 1 : 0;
    }

    private void print(Article a, PrintWriter out) {
        if (format == Format.json) {
            out.println(Json.write(a));
            return;
        }
        out.println("# " + (a.title() == null ? "(no title)" : a.title()));
        if (a.standfirst() != null) {
            out.println();
            out.println("> " + a.standfirst());
        }
        for (String p : a.paragraphs()) {
            out.println();
            out.println(p);
        }
        out.println();
        out.println("-- origin:     " + a.origin());
        if (a.url() != null) {
            out.println("-- url:        " + a.url());
        }
        out.println("-- published:  " + (a.published() == null ? "unknown"
                : a.published().value() + " (" + a.published().precision().json() + ", from " + a.publishedFrom() + ")"));
        if (!a.authors().isEmpty()) {
            out.println("-- authors:    " + String.join("; ", a.authors()));
        }
        if (a.site() != null) {
            out.println("-- site:       " + a.site());
        }
        if (a.language() != null) {
            out.println("-- language:   " + a.language());
        }
        out.println("-- id:         " + a.id());
        out.println("-- cluster:    " + a.duplicateCluster());
        if (!a.related().isEmpty()) {
            out.println("-- related:");
            for (Link l : a.related()) {
                out.println("   * " + l.text() + (l.url() == null ? "" : " <" + l.url() + ">"));
            }
        }
        out.println();
    }
}

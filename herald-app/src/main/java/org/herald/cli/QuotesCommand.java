package org.herald.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.herald.model.Json;
import org.herald.model.Quote;
import org.herald.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code herald quotes FILE|- [--published YYYY-MM-DD] [--format text|json]}. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = "Prints an article's quotes and claims with their speakers.")
final class QuotesCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Mixin
    ArticleInput source;

    @Option(names = "--format", description = "text (a table) or json (one quote a line) (default: ${DEFAULT-VALUE})")
    Format format = Format.text;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        return source.forEach("herald quotes", Pipeline.builder(), err, (pipeline, article) -> {
            List<Quote> quotes = pipeline.quotes(article);
            if (format == Format.json) {
                for (Quote q : quotes) {
                    out.println(Json.write(q));
                }
            } else {
                out.println("article " + article.id() + "  " + (article.title() == null ? article.origin() : article.title()));
                printTable(quotes, out);
            }
            out.flush();
        });
    }

    static void printTable(List<Quote> quotes, PrintWriter out) {
        out.printf("%-8s %-4s %-14s %-10s %-34s %s%n", "kind", "sent", "span", "actor", "speaker", "quote");
        for (Quote q : quotes) {
            String span = "[" + q.span().start() + "," + q.span().end() + ")";
            out.printf("%-8s %-4d %-14s %-10s %-34s %s%n", q.kind().json(), q.sentence(), span,
                    q.actor() == null ? "-" : q.actor().code(), q.speaker() == null ? "-" : clip(q.speaker().text(), 34),
                    clip(q.text(), 90));
        }
        out.println(quotes.size() + " quote(s)");
    }

    private static String clip(String s, int n) {
        String t = s.replace('\n', ' ');
        return t.length() <= n ? t : t.substring(0, n - 1) + "…";
    }
}

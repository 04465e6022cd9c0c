package org.herald.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.herald.model.Annotated;
import org.herald.model.CodedArticle;
import org.herald.pipeline.Pipeline;
import org.herald.store.Export;
import org.herald.model.Article;
import org.herald.model.Event;
import org.herald.model.Json;
import org.herald.model.Participant;
import org.herald.model.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code herald code FILE|- [--published YYYY-MM-DD] [--format json|table|gdelt]}. */
@Command(name = "code", mixinStandardHelpOptions = true,
        description = "Prints an article's events: who did what to whom, in which mode, according to whom.")
final class CodeCommand implements Callable<Integer> {

    enum Format { json, table, gdelt }

    @Spec
    CommandSpec spec;

    @Mixin
    ArticleInput source;

    @Option(names = "--format", description = "json (one event a line), table, or gdelt (a row of GDELT 2.0's event table, as herald export writes) (default: ${DEFAULT-VALUE})")
    Format format = Format.table;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        return source.forEach("herald code", Pipeline.builder(), err, (pipeline, article) -> {
            CodedArticle coded = pipeline.code(article);
            Annotated a = coded.annotated();
            for (Problem p : coded.problems()) {
                err.println("herald code: " + p);
            }
            for (String note : a.notes()) {
                err.println("note: " + note);
            }
            switch (format) {
                case json -> coded.events().forEach(e -> out.println(Json.write(e)));
                case table -> table(a, coded.events(), out);
                case gdelt -> coded.events().forEach(e -> out.println(Export.gdeltRow(e, article)));
            }
            out.flush();
            err.flush();
        });
    }

    static void table(Annotated a, List<Event> events, PrintWriter out) {
        Article art = a.article();
        out.println("article " + art.id() + "  published " + (art.published() == null ? "unknown" : art.published().value())
                + "  events " + events.size());
        out.printf("%-4s %-5s %-10s %-10s %-11s %-6s %-12s %-22s %-26s %-26s %s%n", "sent", "code", "plover", "quad/gold",
                "mode", "flags", "date", "attribution", "source", "target", "trigger");
        for (Event e : events) {
            String flags = (e.headline() ? "H" : "") + (e.root() ? "R" : "") + (e.historical() ? "P" : "");
            out.printf(Locale.ROOT, "%-4d %-5s %-10s %d/%-8.1f %-11s %-6s %-12s %-22s %-26s %-26s %s (%.2f)%n",
                    e.sentence(), e.code(), e.plover() == null ? "-" : e.plover().type(), e.quad(), e.goldstein(),
                    e.mode().json(), flags.isEmpty() ? "-" : flags, e.date() == null ? "-" : e.date().value(),
                    e.attribution() == null ? "-" : cut(e.attribution().text() + (e.attribution().actor() == null ? "" : " " + e.attribution().actor()), 22),
                    cut(who(e.source()), 26), cut(who(e.target()), 26), e.trigger().text(), e.confidence());
        }
        out.println("flags: H headline, R lead, P historical");
    }

    private static String who(Participant p) {
        if (p == null) {
            return "-";
        }
        return p.text() + (p.actor() == null ? "" : " " + p.actor().code());
    }

    private static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}

package org.herald.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.herald.model.Annotated;
import org.herald.model.Article;
import org.herald.model.Block;
import org.herald.model.Json;
import org.herald.model.Mention;
import org.herald.model.Sentence;
import org.herald.model.TimeExpression;
import org.herald.model.Token;
import org.herald.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code herald annotate FILE|- [--published YYYY-MM-DD] [--format json|text]}: the annotation the
 * pipeline codes, with the sentences it parsed (those that can hold an event).
 */
@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = "Prints an article's sentences, tokens, entities, dates and parses.")
final class AnnotateCommand implements Callable<Integer> {

    enum Format { json, text }

    @Spec
    CommandSpec spec;

    @Mixin
    ArticleInput source;

    @Option(names = "--format", description = "json or text (default: ${DEFAULT-VALUE})")
    Format format = Format.text;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        return source.forEach("herald annotate", Pipeline.builder(), err, (pipeline, article) -> {
            Annotated a = pipeline.annotate(article);
            if (format == Format.json) {
                out.println(Json.pretty(a));
            } else {
                printText(a, out);
            }
            out.flush();
        });
    }

    static void printText(Annotated a, PrintWriter out) {
        Article art = a.article();
        out.println("article " + art.id() + "  published " + (art.published() == null ? "unknown" : art.published().value()));
        for (String note : a.notes()) {
            out.println("note: " + note);
        }
        int block = -1;
        for (Sentence s : a.sentences()) {
            if (s.block() != block) {
                block = s.block();
                Block b = art.blocks().get(block);
                out.println();
                out.println("[" + b.kind().json() + " " + block + "]");
            }
            out.printf("  s%d %s%s%n", s.index(), s.span().of(art.text()), s.parsed() ? "" : "   (not parsed)");
            StringBuilder tags = new StringBuilder("     ");
            for (Token t : s.tokens()) {
                tags.append(t.word()).append('/').append(t.pos());
                if (!t.ner().equals("O")) {
                    tags.append('/').append(t.ner());
                }
                tags.append(' ');
            }
            out.println(tags.toString().stripTrailing());
            for (Mention m : a.mentions()) {
                if (m.sentence() == s.index()) {
                    out.printf("     entity %-12s %s %s%n", m.type(), m.text(), spanText(m.span()));
                }
            }
            for (TimeExpression t : a.times()) {
                if (t.sentence() == s.index()) {
                    out.printf("     time   %-12s %s %s = %s%s%n", t.type(), t.text(), spanText(t.span()), t.value(),
                            t.resolved() == null ? "" : " → " + t.resolved().value() + " (" + t.resolved().precision().json() + ")");
                }
            }
        }
    }

    private static String spanText(org.herald.model.Span s) {
        return "[" + s.start() + "," + s.end() + ")";
    }
}

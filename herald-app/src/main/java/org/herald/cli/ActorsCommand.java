package org.herald.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.herald.actors.ActorResolver;
import org.herald.model.ActorMention;
import org.herald.model.Article;
import org.herald.model.Json;
import org.herald.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code herald actors FILE|- [--published YYYY-MM-DD] [--actors FILE]... [--format text|json]}. */
@Command(name = "actors", mixinStandardHelpOptions = true,
        description = "Lists each actor mention of an article with its span and CAMEO-style code.")
final class ActorsCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Mixin
    ArticleInput source;

    @Option(names = "--actors", paramLabel = "FILE",
            description = "more knowledge-base entries (Herald .kb format, or PETRARCH .actors/.agents); repeatable")
    List<Path> actors = new ArrayList<>();

    @Option(names = "--format", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format = Format.text;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Pipeline.Builder builder = Pipeline.builder();
        try {
            if (!actors.isEmpty()) {
                builder.actors(ActorResolver.load(actors));
            }
        } catch (IOException e) {
            err.println("herald actors: " + e.getMessage());
            return 2;
        }
        return source.forEach("herald actors", builder, err, (pipeline, article) -> {
            List<ActorMention> mentions = pipeline.actors(pipeline.tag(article));
            if (format == Format.json) {
                out.println(Json.pretty(mentions));
            } else {
                print(article, mentions, out);
            }
            out.flush();
        });
    }

    static void print(Article article, List<ActorMention> mentions, PrintWriter out) {
        out.println("article " + article.id() + "  published "
                + (article.published() == null ? "unknown (offices held now win)" : article.published().value()));
        for (ActorMention m : mentions) {
            out.printf("  s%-3d [%d,%d)  %-12s %-11s %s%s%n", m.sentence(), m.span().start(), m.span().end(),
                    m.actor().code(), m.how(), m.text().replace('\n', ' '),
                    m.actor().name() == null ? "" : "  (" + m.actor().name() + ")");
        }
        out.println(mentions.size() + " actor mentions");
    }
}

package org.herald.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import org.herald.model.Article;
import org.herald.pipeline.Pipeline;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * The input of the commands that print what Herald makes of articles: a file, URL or "-" (every
 * article in it: each entry of a feed or archive), and the options every reading command has.
 */
final class ArticleInput {

    @Parameters(index = "0", paramLabel = "FILE|URL|-",
            description = "articles: scraped text (first line: headline), an HTML page, a feed, an archive, a URL, or - for stdin")
    String input;

    @Mixin
    InputOptions options;

    /**
     * What every reading command does: builds the pipeline from {@code builder} with the options,
     * reads the input's articles, the models loading from the first one on (a bad input costs no
     * load), and hands each article to {@code each}.
     * A document that is no article is reported as {@code command}'s and the others go on.
     * Returns the exit status: 2 for a bad option, 1 when a document could not be read or the input
     * held no article, else 0.
     */
    int forEach(String command, Pipeline.Builder builder, PrintWriter err, BiConsumer<Pipeline, Article> each) {
        Pipeline pipeline;
        try {
            pipeline = options.apply(builder).build();
        } catch (Inputs.BadInput e) {
            err.println(command + ": " + e.getMessage());
            return 2;
        }
        int[] unread = {0};
        List<CompletableFuture<Void>> loaded = new ArrayList<>(1);
        List<Article> articles = Articles.read(pipeline, input, System.in, p -> {
            unread[0]++;
            err.println(command + ": " + p);
            err.flush();
        }, () -> loaded.add(RunCommand.load(pipeline, err, command)));
        loaded.forEach(CompletableFuture::join);
        for (Article article : articles) {
            each.accept(pipeline, article);
        }
        return unread[0] > 0 || articles.isEmpty() ? 1 : 0;
    }
}

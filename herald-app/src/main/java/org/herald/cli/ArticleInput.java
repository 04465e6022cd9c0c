package org.herald.cli;

import java.io.PrintWriter;
import org.herald.model.Article;
import org.herald.pipeline.Pipeline;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The input of the commands that work on one article: a file, URL or "-", and its date. */
final class ArticleInput {

    @Parameters(index = "0", paramLabel = "FILE|URL|-",
            description = "an article: scraped text (first line: headline), an HTML page, a URL, or - for stdin")
    String input;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = Inputs.PUBLISHED_HELP)
    String published;

    /** The pipeline a command runs (with the user's date) and the article it works on. */
    record Loaded(Pipeline pipeline, Article article) {
    }

    /**
     * The article, and the pipeline that read it, built from {@code builder} with the user's date;
     * or null, after printing a one-line error naming the input to {@code err}.
     */
    Loaded read(String command, PrintWriter err, Pipeline.Builder builder) {
        try {
            Pipeline pipeline = builder.published(Inputs.date(published)).build();
            return new Loaded(pipeline, Articles.read(pipeline, input, System.in));
        } catch (Inputs.BadInput e) {
            err.println(command + ": " + e.getMessage());
            return null;
        }
    }
}

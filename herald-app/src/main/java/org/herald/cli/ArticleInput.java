package org.herald.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import org.herald.model.Article;

/** The input of the commands that work on one article: a file, URL or "-", and its date. */
final class ArticleInput {

    @Parameters(index = "0", paramLabel = "FILE|URL|-",
            description = "an article: scraped text (first line: headline), an HTML page, a URL, or - for stdin")
    String input;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "publication date, when the input gives none or gives a wrong one; relative dates "
                    + "resolve against it and it picks the office a person held")
    String published;

    /** The article; or null, after printing a one-line error naming the input to {@code err}. */
    Article read(String command, PrintWriter err) {
        try {
            return Articles.read(input, System.in, Inputs.date(published));
        } catch (Inputs.BadInput e) {
            err.println(command + ": " + e.getMessage());
            return null;
        }
    }
}

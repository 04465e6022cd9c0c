package org.herald.cli;

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

    /** The pipeline to run, from {@code builder} with the options; a bad option is a usage error (exit 2). */
    Pipeline pipeline(Pipeline.Builder builder) throws Inputs.BadInput {
        return options.apply(builder).build();
    }
}

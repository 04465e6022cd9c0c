package org.herald.cli;

import org.herald.extract.Extractor;
import org.herald.ingest.Ingester;
import org.herald.pipeline.Pipeline;
import picocli.CommandLine.Option;

/**
 * The options of every command that reads input, with one meaning everywhere: the user's
 * publication date, whether private addresses may be fetched, whether feed entries' pages are
 * fetched, and the largest document read.
 */
final class InputOptions {

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = Inputs.PUBLISHED_HELP)
    String published;

    @Option(names = "--allow-private", description = "allow fetches to loopback and private addresses (refused by default)")
    boolean allowPrivate;

    @Option(names = "--no-fetch", description = "use feed entries' own content instead of fetching their pages")
    boolean noFetch;

    @Option(names = "--max-bytes", paramLabel = "N",
            description = "the largest document read: a file, page, WARC record or JSON line (default: ${DEFAULT-VALUE})")
    long maxBytes = Ingester.Options.DEFAULT.maxBytes();

    /** The pipeline these options ask for; a bad date or size is a usage error (exit 2). */
    Pipeline.Builder pipeline() throws Inputs.BadInput {
        return apply(Pipeline.builder());
    }

    /** {@code builder} with these options. */
    Pipeline.Builder apply(Pipeline.Builder builder) throws Inputs.BadInput {
        if (maxBytes < 1) {
            throw new Inputs.BadInput("--max-bytes must be at least 1, not " + maxBytes);
        }
        return builder.published(Inputs.date(published))
                .ingest(Ingester.Options.DEFAULT.withAllowPrivate(allowPrivate).withFetchFeedLinks(!noFetch).withMaxBytes(maxBytes))
                .extract(new Extractor.Options((int) Math.min(Integer.MAX_VALUE - 8, maxBytes), true));
    }
}

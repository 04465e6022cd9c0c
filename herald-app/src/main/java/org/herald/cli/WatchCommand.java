package org.herald.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.herald.pipeline.Batch;
import org.herald.pipeline.Pipeline;
import org.herald.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code herald watch FEED|URL... [--every 15m] [--db F]}: follows feeds and pages, coding and
 * storing each new entry, with one line per cycle. Its state is in the store, so it resumes
 * after a restart without fetching anything twice; the store stays readable meanwhile.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Follows RSS/Atom feeds and pages: polls them (conditional GETs, robots.txt, a pause between "
                + "requests to a host), codes and stores each new entry; a restart resumes.")
final class WatchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FEED|URL", description = "RSS or Atom feeds, or pages, by http(s) URL")
    List<String> sources;

    @Option(names = "--every", paramLabel = "PERIOD", description = "how often to poll: 15m, 30s, 1h (default: ${DEFAULT-VALUE})")
    String every = "15m";

    @Option(names = "--cycles", paramLabel = "N", description = "stop after N cycles (default: never)")
    int cycles;

    @Option(names = "--db", paramLabel = "FILE", description = "the store (default: ${DEFAULT-VALUE})")
    Path db = Path.of("herald-data", "herald.duckdb");

    @Option(names = "--threads", description = "articles coded at once (default: the cores, at most 4: ${DEFAULT-VALUE})")
    int threads = Batch.Options.defaults().lanes();

    @Mixin
    InputOptions input;

    @Override
    public Integer call() throws SQLException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Duration period;
        Pipeline pipeline;
        try {
            period = Watcher.period(every);
            if (threads < 1) {
                throw new Inputs.BadInput("--threads must be at least 1, not " + threads);
            }
            for (String s : sources) {
                if (!s.matches("(?i)https?://.+")) {
                    throw new Inputs.BadInput(s + ": watch follows http(s) URLs of feeds or pages");
                }
            }
            pipeline = input.pipeline().build();
        } catch (IllegalArgumentException | Inputs.BadInput e) {
            err.println("herald watch: " + e.getMessage());
            return 2;
        }
        try (Store store = Store.shared(db)) {
            new Watcher(pipeline, Batch.Options.defaults().withLanes(threads), store, sources, out, err)
                    .run(period, cycles);
        }
        return 0;
    }
}

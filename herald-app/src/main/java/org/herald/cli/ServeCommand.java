package org.herald.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.herald.pipeline.Batch;
import org.herald.pipeline.Pipeline;
import org.herald.serve.Server;
import org.herald.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code herald serve [--db FILE] [--parquet DIR] [--port N] [--watch FEED...]}: the HTTP API and the dashboard over
 * a store, until the process is stopped; with {@code --watch}, it also follows feeds in the same
 * process. Writes through the API are enabled only with a token (a file, or HERALD_TOKEN). The
 * store is held only while a request uses it, so a run in another process can fill it.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the store's events over HTTP (JSON API and dashboard) until stopped.")
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "FILE", description = "the store (default: ${DEFAULT-VALUE})")
    Path db = Path.of("herald-data", "herald.duckdb");

    @Option(names = "--parquet", paramLabel = "DIR",
            description = "first add the tables a Spark run wrote (herald spark --out DIR) to the store, creating it if needed")
    Path parquet;

    @Option(names = "--host", description = "address to bind (default: ${DEFAULT-VALUE}; other hosts are reachable only if you say so)")
    String host = "127.0.0.1";

    @Option(names = "--port", description = "port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port = 8080;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "file holding the token that POST /api/articles needs; else HERALD_TOKEN; else read-only")
    Path tokenFile;

    @Option(names = "--watch", arity = "1..*", paramLabel = "FEED|URL",
            description = "also follow these feeds or pages in this process, as herald watch does, coding and storing new entries")
    List<String> watch;

    @Option(names = "--every", paramLabel = "PERIOD", description = "with --watch: how often to poll (default: ${DEFAULT-VALUE})")
    String every = "15m";

    @Mixin
    InputOptions input;

    @Override
    public Integer call() throws SQLException, IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String token = System.getenv("HERALD_TOKEN");
        if (tokenFile != null) {
            if (!Files.isReadable(tokenFile)) {
                err.println("herald serve: cannot read the token file " + tokenFile);
                return 2;
            }
            token = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
        }
        if (token != null && token.isBlank()) {
            err.println("herald serve: the write token is empty");
            return 2;
        }
        Duration period = null;
        Pipeline pipeline;
        try {
            pipeline = input.pipeline().build();
            if (watch != null) {
                period = Watcher.period(every);
            }
        } catch (IllegalArgumentException | Inputs.BadInput e) {
            err.println("herald serve: " + e.getMessage());
            return 2;
        }
        if (parquet != null) {
            try (Store store = Store.open(db)) {
                long added = store.importParquet(parquet);
                out.println("herald serve: added " + added + " articles from " + parquet + " to " + db);
            } catch (SQLException e) {
                err.println("herald serve: cannot add " + parquet + ": " + e.getMessage());
                return 2;
            }
        }
        if (!Files.exists(db) && watch == null) {
            err.println("herald serve: no store at " + db + " (create one with 'herald run SOURCE --db " + db
                    + "' or 'herald demo')");
            return 2;
        }
        // the file is held only while a request uses it: a run or watch can fill it meanwhile
        Store store = token == null && watch == null ? Store.readOnly(db) : Store.shared(db);
        Server server = Server.start(store, new Server.Config(host, port, token), () -> pipeline);
        out.println("Herald serves " + db + " at http://" + host + ":" + server.port() + "/ (API under /api, contract at"
                + " /api/openapi.yaml; " + (token == null ? "read-only" : "writes need the token") + "). Ctrl-C stops it.");
        out.flush();
        if (watch != null) {
            // the watcher and the server share one store (one DuckDB instance in this process)
            Duration p = period;
            Thread t = new Thread(() -> {
                try {
                    new Watcher(pipeline, Batch.Options.defaults(), store, watch, out, err).run(p, 0);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (SQLException | RuntimeException e) {
                    err.println("herald serve: the watch stopped: " + e.getMessage());
                    err.flush();
                }
            }, "herald-watch");
            t.setDaemon(true);
            t.start();
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            try {
                store.close();
            } catch (SQLException e) {
                // the process is ending; nothing is lost, every write was committed
            }
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }
}

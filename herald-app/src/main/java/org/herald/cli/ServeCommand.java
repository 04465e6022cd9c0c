package org.herald.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.herald.pipeline.Pipeline;
import org.herald.serve.Server;
import org.herald.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code herald serve [--db FILE] [--port N]}: the HTTP API and the dashboard over a store, until
 * the process is stopped. Writes are enabled only with a token (a file, or HERALD_TOKEN).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the store's events over HTTP (JSON API and dashboard) until stopped.")
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "FILE", description = "the store (default: ${DEFAULT-VALUE})")
    Path db = Path.of("herald-data", "herald.duckdb");

    @Option(names = "--host", description = "address to bind (default: ${DEFAULT-VALUE}; other hosts are reachable only if you say so)")
    String host = "127.0.0.1";

    @Option(names = "--port", description = "port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port = 8080;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "file holding the token that POST /api/articles needs; else HERALD_TOKEN; else read-only")
    Path tokenFile;

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
        if (!Files.exists(db)) {
            err.println("herald serve: no store at " + db + " (create one with 'herald run SOURCE --db " + db
                    + "' or 'herald demo')");
            return 2;
        }
        // the file is held only while a request uses it: a run or watch can fill it meanwhile
        Store store = token == null ? Store.readOnly(db) : Store.shared(db);
        Server server = Server.start(store, new Server.Config(host, port, token), Pipeline::standard);
        out.println("Herald serves " + db + " at http://" + host + ":" + server.port() + "/ (API under /api, contract at"
                + " /api/openapi.yaml; " + (token == null ? "read-only" : "writes need the token") + "). Ctrl-C stops it.");
        out.flush();
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

package org.herald.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.herald.cli.Main;
import org.herald.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard in a real browser over the demo store: {@code herald demo} codes the shipped
 * articles with the real pipeline, a real server serves the store, and the system's Chromium,
 * driven by playwright-core (fetched by the build), is used as an analyst would use it (the checks
 * are in {@code src/test/web/dashboard-check.cjs}). A screenshot of each view is kept in
 * {@code target/} for review. Skips, saying why, where Chromium or Node.js is missing; `.ci/run`
 * installs Chromium.
 */
class DashboardIT {

    @TempDir
    Path dir;

    @Test
    void an_analyst_filters_by_network_and_time_shares_the_view_reads_the_evidence_and_searches() throws Exception {
        Path chromium = Path.of(System.getenv().getOrDefault("HERALD_CHROMIUM", "/usr/bin/chromium"));
        assumeTrue(Files.isExecutable(chromium), "no Chromium at " + chromium + " (apt-get install chromium, or set HERALD_CHROMIUM)");
        Path playwright = Path.of("target", "web-test", "node_modules", "playwright-core").toAbsolutePath();
        assumeTrue(Files.isDirectory(playwright), "playwright-core is not in " + playwright + " (the build fetches it with npm)");
        assumeTrue(onPath("node"), "Node.js is not on the PATH");
        Path script = Path.of("src", "test", "web", "dashboard-check.cjs").toAbsolutePath();
        Path shots = Path.of("target").toAbsolutePath();

        Path db = dir.resolve("demo.duckdb");
        StringWriter demoOut = new StringWriter();
        int exit = Main.commandLine().setOut(new PrintWriter(demoOut)).setErr(new PrintWriter(demoOut)).execute("demo", "--db", db.toString());
        assertThat(exit).as(demoOut.toString()).isZero();

        try (Store store = Store.open(db);
             Server server = Server.start(store, Server.Config.local(0), () -> {
                 throw new AssertionError("the dashboard only reads");
             })) {
            ProcessBuilder pb = new ProcessBuilder("node", script.toString(), "http://127.0.0.1:" + server.port() + "/", shots.toString())
                    .redirectErrorStream(true);
            pb.environment().put("PLAYWRIGHT_CORE", playwright.toString());
            pb.environment().put("CHROMIUM", chromium.toString());
            Process p = pb.start();
            boolean done = p.waitFor(180, TimeUnit.SECONDS);
            if (!done) {
                p.destroyForcibly();
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(done).as("the browser check finished within 180 s: " + out).isTrue();
            assertThat(p.exitValue()).as(out).isZero();
            assertThat(out).contains("ok: the network draws actors and dyads", "ok: and the table keeps only",
                    "ok: a shared URL reloads to its filters", "ok: the words in both the", "ok: the search finds the demo article",
                    "ok: no page errors");
        }
        for (String view : List.of("overview", "network", "brushed", "evidence", "search", "article")) {
            assertThat(Files.size(shots.resolve("dashboard-" + view + ".png"))).as(view).isPositive();
        }
    }

    private static boolean onPath(String cmd) {
        try {
            return new ProcessBuilder(cmd, "--version").redirectErrorStream(true).start().waitFor(10, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}

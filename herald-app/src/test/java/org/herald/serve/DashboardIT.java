package org.herald.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.herald.store.Reports;
import org.herald.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard in a real browser: the system's Chromium driven by playwright-core (fetched by
 * the build) against a real server over a real store. Skips, saying why, where Chromium or Node.js
 * is missing; `.ci/run` installs Chromium.
 */
class DashboardIT {

    @TempDir
    Path dir;

    @Test
    void a_user_sees_the_events_opens_one_filters_and_reads_an_article() throws Exception {
        Path chromium = Path.of(System.getenv().getOrDefault("HERALD_CHROMIUM", "/usr/bin/chromium"));
        assumeTrue(Files.isExecutable(chromium), "no Chromium at " + chromium + " (apt-get install chromium, or set HERALD_CHROMIUM)");
        Path playwright = Path.of("target", "web-test", "node_modules", "playwright-core").toAbsolutePath();
        assumeTrue(Files.isDirectory(playwright), "playwright-core is not in " + playwright + " (the build fetches it with npm)");
        assumeTrue(onPath("node"), "Node.js is not on the PATH");
        Path script = Path.of("src", "test", "web", "dashboard-check.cjs").toAbsolutePath();
        Path shot = Path.of("target", "dashboard.png").toAbsolutePath();

        try (Store store = Store.open(dir.resolve("dash.duckdb"))) {
            store.put(Reports.report("Chile minister in Lima", "Chile sent its minister to visit Peru.", "one.example"));
            store.put(Reports.report("Talks in Lima", "On Monday Chile began a visit to Peru, officials said.", "two.example"));
            try (Server server = Server.start(store, Server.Config.local(0), () -> {
                throw new AssertionError("the dashboard only reads");
            })) {
                ProcessBuilder pb = new ProcessBuilder("node", script.toString(), "http://127.0.0.1:" + server.port() + "/", shot.toString())
                        .redirectErrorStream(true);
                pb.environment().put("PLAYWRIGHT_CORE", playwright.toString());
                pb.environment().put("CHROMIUM", chromium.toString());
                Process p = pb.start();
                boolean done = p.waitFor(120, TimeUnit.SECONDS);
                if (!done) {
                    p.destroyForcibly();
                }
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(done).as("the browser check finished within 120 s: " + out).isTrue();
                assertThat(p.exitValue()).as(out).isZero();
                assertThat(out).contains("ok: the detail shows each report's trigger word", "ok: no page errors");
            }
        }
        assertThat(Files.size(shot)).isPositive();
    }

    private static boolean onPath(String cmd) {
        try {
            return new ProcessBuilder(cmd, "--version").redirectErrorStream(true).start().waitFor(10, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}

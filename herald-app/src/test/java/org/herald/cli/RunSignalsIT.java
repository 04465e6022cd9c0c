package org.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code herald run} as a separate process killed while it works: SIGKILL at a random point, then
 * SIGTERM, then a run to the end, on one store. Every article a run reported stored is there with
 * the events it reported, none is stored twice, and the last run leaves the whole input stored.
 */
class RunSignalsIT {

    private static final Pattern STORED = Pattern.compile("^stored (\\S+): (\\d+) events");

    private static final String[][] PAIRS = {
            {"Ecuador", "Colombia", "QUITO"}, {"Peru", "Chile", "LIMA"}, {"Kenya", "Uganda", "NAIROBI"},
            {"Vietnam", "Laos", "HANOI"}, {"Poland", "Lithuania", "WARSAW"}, {"Ghana", "Togo", "ACCRA"},
            {"Jordan", "Egypt", "AMMAN"}, {"Nepal", "India", "KATHMANDU"}, {"Norway", "Sweden", "OSLO"},
            {"Senegal", "Mali", "DAKAR"}};

    @TempDir
    Path dir;

    /** A child JVM's run, its output read line by line as it comes. */
    private static final class Child {
        final Process process;
        final List<String> lines = Collections.synchronizedList(new ArrayList<>());
        final CountDownLatch firstStored = new CountDownLatch(1);
        final Thread reader;

        Child(Path dir, Path in, Path db) throws Exception {
            process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xms256m", "-Xmx3g", "-Xss4m", "-XX:+UseParallelGC", "-cp", System.getProperty("java.class.path"),
                    Main.class.getName(), "run", in.toString(), "--db", db.toString(), "--threads", "1")
                    .directory(dir.toFile()).redirectErrorStream(true).start();
            reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String l; (l = r.readLine()) != null; ) {
                        lines.add(l);
                        if (STORED.matcher(l).find()) {
                            firstStored.countDown();
                        }
                    }
                } catch (java.io.IOException e) {
                    lines.add("(reading the child's output failed: " + e + ")");
                }
            });
            reader.start();
        }

        /** Waits for the first article stored; false if the run ended first. */
        boolean awaitStored() throws InterruptedException {
            while (!firstStored.await(1, TimeUnit.SECONDS)) {
                if (!process.isAlive()) {
                    reader.join(10_000);
                    return firstStored.getCount() == 0;
                }
            }
            return true;
        }

        /** Sends a signal with kill(1): Process.destroy would also close the output still to be read. */
        void signal(String name) throws Exception {
            assertThat(new ProcessBuilder("kill", "-" + name, String.valueOf(process.pid())).start().waitFor()).isZero();
        }

        int end() throws InterruptedException {
            assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("the run ends").isTrue();
            reader.join(10_000);
            return process.exitValue();
        }

        /** Each article the run said it stored, with the events it said. */
        Map<String, Integer> stored() {
            Map<String, Integer> out = new HashMap<>();
            synchronized (lines) {
                for (String l : lines) {
                    Matcher m = STORED.matcher(l);
                    if (m.find()) {
                        assertThat(out.put(m.group(1), Integer.parseInt(m.group(2)))).as("stored once: " + l).isNull();
                    }
                }
            }
            return out;
        }

        String output() {
            synchronized (lines) {
                return String.join("\n", lines);
            }
        }
    }

    @Test
    void a_run_killed_then_stopped_then_resumed_keeps_every_article_it_reported_stored() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < PAIRS.length; i++) {
            String a = PAIRS[i][0];
            String b = PAIRS[i][1];
            String city = PAIRS[i][2];
            Files.writeString(in.resolve(String.format("%02d.txt", i)), a + " and " + b + " sign a trade accord\n\n"
                    + city + ", " + (i + 3) + " June 2024 - The foreign ministers of " + a + " and " + b + " met in "
                    + city.charAt(0) + city.substring(1).toLowerCase() + " on Monday and signed an agreement on trade, "
                    + "officials said.\n\n" + a + "'s president praised the accord and " + b + " promised to reopen the border.\n");
        }
        Path db = dir.resolve("store.duckdb");
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Map<String, Integer> reported = new HashMap<>();

        // SIGKILL at a random point after the first article is stored
        Child killed = new Child(dir, in, db);
        assertThat(killed.awaitStored()).as(killed.output()).isTrue();
        Thread.sleep(random.nextInt(800));
        killed.signal("KILL");
        killed.end();
        reported.putAll(killed.stored());

        // SIGTERM after the next article stored: the run finishes the one in hand and says what it stored
        Child stopped = new Child(dir, in, db);
        assertThat(stopped.awaitStored()).as("seed " + seed + "\n" + stopped.output()).isTrue();
        stopped.signal("TERM");
        stopped.end();
        assertThat(stopped.output()).as("seed " + seed).contains("herald run: stopped by a signal after the article in hand")
                .containsPattern("herald run: read \\d+, stored [1-9]\\d*, skipped \\d+, failed 0");
        Map<String, Integer> second = stopped.stored();
        assertThat(second.keySet()).as("nothing stored twice").doesNotContainAnyElementsOf(reported.keySet());
        reported.putAll(second);

        Child last = new Child(dir, in, db);
        assertThat(last.end()).as(last.output()).isZero();
        Map<String, Integer> third = last.stored();
        assertThat(third.keySet()).as("nothing stored twice").doesNotContainAnyElementsOf(reported.keySet());
        reported.putAll(third);

        // A SIGKILL can fall between an article's commit and its "stored" line: the store may then
        // hold an article no run reported (the next runs know it), never the other way round.
        Map<String, Integer> inStore = mentionsByArticle(db);
        assertThat(inStore).as("seed " + seed + ": the whole input stored").hasSize(PAIRS.length);
        assertThat(inStore).as("seed " + seed + ": every reported article with its events").containsAllEntriesOf(reported);
        assertThat(reported.size()).as("seed " + seed + ": at most the killed run's last line lost")
                .isGreaterThanOrEqualTo(PAIRS.length - 1);
    }

    /** Each stored article with its event mentions, straight from the file. */
    private static Map<String, Integer> mentionsByArticle(Path db) throws Exception {
        Map<String, Integer> out = new HashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery(
                     "SELECT a.id, (SELECT count(*) FROM events e WHERE e.article = a.id) FROM articles a")) {
            while (r.next()) {
                out.put(r.getString(1), r.getInt(2));
            }
        }
        return out;
    }
}

package org.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's answers to bad input: one line naming the input, and an exit code. */
class CommandLineTest {

    @TempDir
    Path dir;

    @Test
    void a_missing_file_is_one_line_naming_it_and_exit_1() {
        Run r = Run.of("annotate", dir.resolve("nope.txt").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).hasLineCount(1).startsWith("herald annotate: " + dir.resolve("nope.txt")).contains("no such file");
    }

    @Test
    void an_empty_file_is_refused() throws IOException {
        Path f = Files.writeString(dir.resolve("empty.txt"), "  \n\n ");
        Run r = Run.of("annotate", f.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains(f.toString(), "empty").hasLineCount(1);
    }

    @Test
    void a_binary_file_is_refused() throws IOException {
        Path f = Files.write(dir.resolve("img.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, (byte) 0xff, (byte) 0xfe});
        Run r = Run.of("annotate", f.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains(f.toString()).containsAnyOf("binary", "not UTF-8");
    }

    @Test
    void a_bad_publication_date_is_a_usage_error_in_every_command_that_reads_input() throws IOException {
        Path f = Files.writeString(dir.resolve("a.txt"), "Headline\n\nBody.");
        String db = dir.resolve("x.duckdb").toString();
        for (String[] c : new String[][] {{"annotate", f.toString()}, {"code", f.toString()}, {"actors", f.toString()},
            {"quotes", f.toString()}, {"extract", f.toString()}, {"run", f.toString(), "--db", db},
            {"watch", "http://127.0.0.1:9/feed.xml", "--db", db}, {"serve", "--db", db, "--watch", "http://127.0.0.1:9/"}}) {
            String[] args = java.util.Arrays.copyOf(c, c.length + 2);
            args[c.length] = "--published";
            args[c.length + 1] = "11/09/2023";
            Run r = Run.of(args);
            assertThat(r.exit()).as(String.join(" ", c)).isEqualTo(2);
            assertThat(r.err()).as(c[0]).contains("--published 11/09/2023", "YYYY-MM-DD").hasLineCount(1);
        }
        assertThat(dir.resolve("x.duckdb")).doesNotExist();
    }

    @Test
    void every_command_that_reads_input_takes_the_same_input_options_and_each_help_says_the_users_date_wins() {
        for (String c : new String[] {"annotate", "code", "actors", "quotes", "extract", "run", "watch", "serve"}) {
            Run help = Run.of(c, "--help");
            assertThat(help.out().replaceAll("\\s+", " ")).as(c).contains("--published=YYYY-MM-DD", "--allow-private", "--no-fetch",
                    "--max-bytes", "when given, it wins over the date the input states");
        }
    }

    @Test
    void a_symbolic_link_to_nothing_in_a_folder_is_reported() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Chile and Peru talk\n\nChile's minister visited Peru on Monday.");
        Files.createSymbolicLink(in.resolve("gone.txt"), dir.resolve("nowhere.txt"));
        Run r = Run.of("extract", in.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("gone.txt", "symbolic link", "nowhere.txt", "ingest.file.missing");
        assertThat(r.err()).contains("read 2, ok 1, skipped 0, failed 1");
    }

    @Test
    void an_unknown_host_is_reported_as_such_not_as_a_private_address() {
        Run r = Run.of("extract", "http://no-such-host.invalid/news.html");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("unknown host no-such-host.invalid", "ingest.http.unknown-host")
                .doesNotContain("private");
    }

    @Test
    void usage_errors_exit_2() {
        assertThat(Run.of("annotate").exit()).isEqualTo(2);
        assertThat(Run.of("no-such-command").exit()).isEqualTo(2);
        assertThat(Run.of("eval", "no-such-task", "--data", dir.toString()).exit()).isEqualTo(2);
    }

    @Test
    void eval_names_a_dataset_folder_without_its_file() {
        Run r = Run.of("eval", "--all", "--root", dir.resolve("missing").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no datasets at");
    }

    @Test
    void the_demo_articles_ship_with_the_build_and_have_dates() throws IOException {
        assertThat(DemoCommand.articles(org.herald.pipeline.Pipeline.standard())).hasSizeGreaterThanOrEqualTo(3).allSatisfy(d -> {
            assertThat(d.article().published()).isNotNull();
            assertThat(d.article().title()).isNotBlank();
            assertThat(d.article().paragraphs()).isNotEmpty();
        });
    }
}

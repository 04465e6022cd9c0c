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
    void a_bad_publication_date_is_named() throws IOException {
        Path f = Files.writeString(dir.resolve("a.txt"), "Headline\n\nBody.");
        Run r = Run.of("annotate", f.toString(), "--published", "11/09/2023");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("--published 11/09/2023", "YYYY-MM-DD");
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
    void published_means_the_same_in_every_command_and_each_help_says_so() {
        for (String command : java.util.List.of("run", "extract", "code", "annotate", "actors", "quotes")) {
            Run r = Run.of(command, "--help");
            assertThat(r.out().replaceAll("\\s+", " ")).as(command)
                    .contains("--published=YYYY-MM-DD", "when given, it wins over the date the input states");
        }
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

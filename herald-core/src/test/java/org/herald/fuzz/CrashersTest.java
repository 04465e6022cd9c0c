package org.herald.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every file in a reader's crashers folder, the documents that once broke it (found by {@code
 * herald fuzz} or written by hand), goes through that reader under the fuzz watchdog: it must end
 * in a value or a problem, with no exception, no broken invariant, and within the guard.
 */
class CrashersTest {

    /** A guard against hangs, not a timing: the crashers take milliseconds each. */
    static final Fuzzer FUZZER = new Fuzzer(new Fuzzer.Limits(Duration.ofSeconds(60), 2L << 30, Integer.MAX_VALUE));

    static Path root() throws URISyntaxException {
        return Path.of(CrashersTest.class.getResource("/crashers").toURI());
    }

    @TestFactory
    Stream<DynamicTest> every_crasher_ends_as_a_value_or_a_problem() throws IOException, URISyntaxException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Fuzzer.Target t : FuzzTargets.all().values()) {
            for (Path f : Fuzzer.files(root().resolve(t.name()))) {
                tests.add(DynamicTest.dynamicTest(t.name() + "/" + f.getFileName(),
                        () -> assertThat(FUZZER.replay(t, Files.readAllBytes(f))).as(f.toString()).isNull()));
            }
        }
        return tests.stream();
    }

    @Test
    void every_reader_has_a_crashers_folder_with_something_in_it() throws IOException, URISyntaxException {
        for (String name : FuzzTargets.all().keySet()) {
            assertThat(Fuzzer.files(root().resolve(name))).as(name).isNotEmpty();
        }
    }
}

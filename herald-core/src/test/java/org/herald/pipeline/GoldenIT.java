package org.herald.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.herald.model.ActorMention;
import org.herald.model.Article;
import org.herald.model.CodedArticle;
import org.herald.model.Event;
import org.herald.model.Json;
import org.herald.model.Outcome;
import org.herald.model.Place;
import org.herald.model.Problem;
import org.herald.model.Quote;
import org.herald.model.RawDocument;
import org.herald.model.ResolvedDate;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files (src/test/resources/org/herald/golden, see its README): each article written for
 * the project coded through the whole chain must give its {@code expected.json} exactly. With
 * {@code -Dherald.golden.update=true} the files are rewritten instead, for a reviewed diff.
 */
class GoldenIT {

    static final Path DIR = Path.of("src", "test", "resources", "org", "herald", "golden");
    static final boolean UPDATE = Boolean.getBoolean("herald.golden.update");

    /** Everything coded in one article, in a fixed order; the annotation (CoreNLP's output) is left out. */
    record Golden(Article article, List<ActorMention> actors, List<Event> events, List<Quote> quotes, List<Place> places,
                  List<Problem> problems) {
        static Golden of(CodedArticle c) {
            return new Golden(c.article(), c.actors(), c.events(), c.quotes(), c.places(), c.problems());
        }
    }

    /** The canonical text of what the chain codes in a case's input. */
    static String coded(Path dir) throws IOException {
        Path published = dir.resolve("published");
        ResolvedDate date = Files.isRegularFile(published)
                ? ResolvedDate.day(LocalDate.parse(Files.readString(published).strip())) : null;
        Pipeline pipeline = Pipeline.builder().published(date).build();
        // the path as the test resources name it, so the article's origin is the same on every machine
        Path input = DIR.relativize(dir.resolve("input.txt"));
        RawDocument raw = new RawDocument("golden/" + input.toString().replace('\\', '/'),
                Files.readAllBytes(dir.resolve("input.txt")), "text/plain", "UTF-8", null, java.time.Instant.EPOCH,
                RawDocument.Hints.NONE);
        Article article = ((Outcome.Ok<Article>) pipeline.extract(raw)).value();
        return Json.pretty(Golden.of(pipeline.code(article))) + "\n";
    }

    static List<Path> cases() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> Files.isRegularFile(p.resolve("input.txt"))).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> each_article_codes_as_its_golden_file() throws IOException {
        List<Path> cases = cases();
        assertThat(cases).as("golden cases under " + DIR).hasSizeGreaterThanOrEqualTo(5);
        return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            String got = coded(dir);
            Path expected = dir.resolve("expected.json");
            if (UPDATE) {
                Files.writeString(expected, got, StandardCharsets.UTF_8);
                System.err.println("golden: rewrote " + expected);
                return;
            }
            assertThat(Files.isRegularFile(expected)).as(expected + " (write it with -Dherald.golden.update=true)").isTrue();
            assertThat(got).as("%s: run with -Dherald.golden.update=true after an intended change, then review the diff",
                    dir.getFileName()).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
        }));
    }
}

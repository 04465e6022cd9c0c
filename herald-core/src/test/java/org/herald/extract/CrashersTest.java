package org.herald.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.herald.ingest.Ingester;
import org.herald.model.Article;
import org.herald.model.Block;
import org.herald.model.Outcome;
import org.herald.model.RawDocument;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every file in the crashers folder ends as articles or problems, never as an exception. */
class CrashersTest {

    @TestFactory
    Stream<DynamicTest> every_crasher_ends_as_an_article_or_a_problem() throws IOException, URISyntaxException {
        Path dir = Path.of(CrashersTest.class.getResource("/crashers").toURI());
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> !p.getFileName().toString().equals("README.md")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(10);
        Ingester ingester = new Ingester(Ingester.Options.DEFAULT.withFetchFeedLinks(false));
        Extractor extractor = new Extractor();
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            List<Outcome<RawDocument>> docs;
            try (Stream<Outcome<RawDocument>> s = ingester.read(f.toString())) {
                docs = s.toList();
            }
            assertThat(docs).isNotEmpty();
            for (Outcome<RawDocument> d : docs) {
                if (d instanceof Outcome.Ok<RawDocument> ok) {
                    Outcome<Article> a = extractor.extract(ok.value());
                    assertThat(a).isNotNull();
                    if (a instanceof Outcome.Ok<Article> art) {
                        checkSpans(art.value());
                    } else {
                        assertThat(a.problem().input()).isNotBlank();
                        assertThat(a.problem().code()).as("an exception inside the extractor").isNotEqualTo("internal");
                    }
                } else {
                    assertThat(d.problem().input()).contains(f.getFileName().toString());
                }
            }
        }));
    }

    static void checkSpans(Article a) {
        for (Block b : a.blocks()) {
            assertThat(b.span().end()).isLessThanOrEqualTo(a.text().length());
            assertThat(b.span().of(a.text())).isNotBlank().doesNotContain("\n\n");
        }
        assertThat(a.id()).hasSize(16);
    }
}

package org.herald.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.herald.actors.ActorResolver;
import org.herald.eval.Dataset;
import org.herald.eval.EvalContext;
import org.herald.eval.QuotesEval;
import org.herald.eval.Report;
import org.herald.model.Annotated;
import org.herald.model.Article;
import org.herald.model.Quote;
import org.herald.model.ResolvedDate;
import org.junit.jupiter.api.Test;
import org.herald.pipeline.Pipeline;

/** Quotes on real annotation (CoreNLP): the project's example article and the quotes gold set. */
class QuoteFinderIT {

    private static final String EXAMPLE = "examples/000_8705b49005b7e974.txt";

    /** {@code ../shared} beside the repository root, whichever module directory the test runs in. */
    static Optional<Path> shared() {
        Path dir = Path.of("").toAbsolutePath();
        for (int up = 0; up < 3 && dir != null; up++, dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("herald-core"))) {
                Path s = dir.resolve("../shared").normalize();
                return Files.isDirectory(s) ? Optional.of(s) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Scraped text as the command line reads it, clutter and all: headline, standfirst, paragraphs. */
    static Article scraped(String raw, String published) {
        String[] paras = raw.strip().split("\n[ \t]*\n");
        Article.Builder b = Article.builder().headline(paras[0]);
        int i = 1;
        if (paras.length > 1 && paras[1].length() < 250 && !paras[1].strip().matches("(?s).*[.!?\"”’]$")) {
            b.standfirst(paras[1]);
            i = 2;
        }
        for (; i < paras.length; i++) {
            b.paragraph(paras[i]);
        }
        return b.published(ResolvedDate.parse(published, null), "test").build();
    }

    private static Quote quote(List<Quote> quotes, String words) {
        return quotes.stream().filter(q -> q.kind() != Quote.Kind.INDIRECT && q.text().startsWith(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote '" + words + "' in " + quotes));
    }

    @Test
    void the_example_article_gives_each_quote_its_own_speaker() throws IOException {
        Optional<Path> shared = shared();
        assumeTrue(shared.isPresent() && Files.isRegularFile(shared.get().resolve(EXAMPLE)),
                "../shared/" + EXAMPLE + " is absent: skipping the example article");
        Article article = scraped(Files.readString(shared.get().resolve(EXAMPLE), StandardCharsets.UTF_8), "2023-09-11");
        List<Quote> quotes = Pipeline.standard().quotes(article); // quotes need no parse

        assertThat(quote(quotes, "The respected Comrade Kim Jong Un").speaker().text()).contains("Korean Central News Agency");
        assertThat(quote(quotes, "The respected Comrade Kim Jong Un").kind()).isEqualTo(Quote.Kind.DIRECT);
        assertThat(quote(quotes, "constructive, mutually beneficial relations").speaker().text()).contains("Peskov");
        assertThat(quote(quotes, "in the coming days").speaker().text()).contains("Kremlin");
        assertThat(quote(quotes, "some type of meeting").speaker().text()).contains("Pentagon");
        assertThat(quote(quotes, "The respected Comrade Kim Jong Un").actor().code()).isEqualTo("PRKMED");
        assertThat(quote(quotes, "constructive, mutually beneficial relations").actor().code()).isEqualTo("RUSGOV");
        assertThat(quote(quotes, "in the coming days").actor().code()).isEqualTo("RUSGOV");
        assertThat(quote(quotes, "some type of meeting").actor().code()).isEqualTo("USAMIL");
        assertThat(quotes).filteredOn(q -> q.kind() != Quote.Kind.INDIRECT).hasSize(4);
        // nothing from the headlines of other stories on the page
        assertThat(quotes).extracting(Quote::text).noneMatch(t -> t.contains("big winner")
                || t.contains("desperate for weapons") || t.contains("nothing to fear") || t.contains("could help"));
        for (Quote q : quotes) {
            assertThat(q.span().of(article.text())).isEqualTo(q.text());
        }
    }

    @Test
    void the_gold_set_stays_above_its_floors() throws IOException {
        Path gold = Path.of("src/test/resources/org/herald/quotes/gold/quotes/dev.jsonl");
        assumeTrue(Files.isRegularFile(gold), "run from the herald-core module");
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        Report r = new QuotesEval().run(Dataset.at(gold), new EvalContext(quiet, 0));
        assertThat(r.metrics().get("quote.f1")).isGreaterThanOrEqualTo(0.85);
        assertThat(r.metrics().get("quote.marked.f1")).isGreaterThanOrEqualTo(0.9);
        assertThat(r.metrics().get("speaker.mention")).isGreaterThanOrEqualTo(0.85);
        assertThat(r.metrics().get("speaker.actor")).isGreaterThanOrEqualTo(0.6);
    }
}

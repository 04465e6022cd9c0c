package org.herald.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.herald.extract.Extractor;
import org.herald.model.Article;
import org.herald.model.Outcome;
import org.herald.model.RawDocument;
import org.herald.pipeline.Pipeline;
import org.jsoup.Jsoup;

/**
 * The extract stage's throughput on one thread over a set of HTML pages, beside jsoup's plain
 * {@code Document.text()} of the same pages in the same run (parse plus text, no scoring), so the
 * ratio says what Herald's scoring, metadata and clutter rules cost over parsing alone. Pages are
 * read into memory first; reading them is not timed.
 */
public final class ExtractBench {

    /** The two runs and how many pages Herald turned into articles. */
    public record Result(Benchmark.Run herald, Benchmark.Run jsoupText, int articles, long bytes) {
        public double ratio() {
            return herald.itemsPerSecond() / jsoupText.itemsPerSecond();
        }
    }

    private ExtractBench() {
    }

    /**
     * Loads up to {@code limit} pages from {@code source}: a benchmark folder with {@code dev.jsonl}
     * naming {@code html_file}s (as WCXB's), or a directory of {@code .html} / {@code .html.gz} files.
     */
    public static List<RawDocument> pages(Path source, int limit) throws IOException {
        List<RawDocument> out = new ArrayList<>();
        if (Files.isRegularFile(source.resolve("dev.jsonl")) || Files.isRegularFile(source)) {
            Dataset ds = Dataset.at(source);
            for (JsonNode r : ds.records()) {
                if (out.size() >= limit) {
                    break;
                }
                if (r.path("html_file").isTextual()) {
                    Path p = ds.resolve(r.path("html_file").asText());
                    out.add(new RawDocument(p.toString(), read(p), "text/html", null,
                            r.path("url").isTextual() ? r.path("url").asText() : null, Instant.EPOCH, RawDocument.Hints.NONE));
                }
            }
            return out;
        }
        try (Stream<Path> s = Files.walk(source)) {
            for (Path p : s.filter(f -> f.toString().matches(".*\\.html?(\\.gz)?$")).sorted().limit(limit).toList()) {
                out.add(new RawDocument(p.toString(), read(p), "text/html", null, null, Instant.EPOCH, RawDocument.Hints.NONE));
            }
        }
        return out;
    }

    /**
     * Times Herald's extractor and jsoup's text() over the pages, after {@code warmup} untimed
     * pages each (the JIT needs a few hundred pages to settle). The two run page by page in turn,
     * so that a machine busy with other work slows both alike and the ratio stays meaningful.
     */
    public static Result run(List<RawDocument> pages, int warmup) {
        // no duplicate clusters: they would make each page cost more than the one before
        Pipeline pipeline = Pipeline.builder().extract(new Extractor.Options(Extractor.Options.DEFAULT.maxBytes(), false)).build();
        for (int i = 0; i < Math.min(warmup, pages.size()); i++) {
            RawDocument d = pages.get(i);
            pipeline.extract(d);
            jsoupText(d);
        }
        long heraldNanos = 0;
        long jsoupNanos = 0;
        long heraldChars = 0;
        long jsoupChars = 0;
        int articles = 0;
        for (RawDocument d : pages) {
            long t0 = System.nanoTime();
            Outcome<Article> o = pipeline.extract(d);
            long t1 = System.nanoTime();
            int chars = jsoupText(d);
            long t2 = System.nanoTime();
            heraldNanos += t1 - t0;
            jsoupNanos += t2 - t1;
            jsoupChars += chars;
            if (o instanceof Outcome.Ok<Article> a) {
                articles++;
                heraldChars += a.value().text().length();
            }
        }
        long bytes = pages.stream().mapToLong(d -> d.bytes().length).sum();
        return new Result(new Benchmark.Run("herald extract", 1, pages.size(), heraldChars, heraldNanos / 1e9, 0),
                new Benchmark.Run("jsoup parse + Document.text()", 1, pages.size(), jsoupChars, jsoupNanos / 1e9, 0),
                articles, bytes);
    }

    private static int jsoupText(RawDocument d) {
        return Jsoup.parse(new String(d.bytes(), StandardCharsets.UTF_8), d.url() == null ? "" : d.url()).text().length();
    }

    /** Prints a result as the bench command and docs/extract.md show it. */
    public static void print(Result r, int pages, PrintStream out) {
        out.printf("pages: %d (%.1f MB of HTML), articles extracted: %d%n", pages, r.bytes() / 1e6, r.articles());
        out.printf("%-32s %10s %8s%n", "run (1 thread)", "pages/s", "MB/s");
        for (Benchmark.Run run : List.of(r.herald(), r.jsoupText())) {
            out.printf("%-32s %10.1f %8.2f%n", run.name(), run.itemsPerSecond(), r.bytes() / 1e6 / run.seconds());
        }
        out.printf("ratio herald/jsoup text(): %.2f%n", r.ratio());
    }

    /** {@code ExtractBench PATH [PAGES]}: the benchmark from the command line. */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: ExtractBench PATH [PAGES]   (PATH: ../shared/data/wcxb-articles or a folder of .html[.gz])");
            System.exit(2);
        }
        int limit = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        List<RawDocument> pages = pages(Path.of(args[0]), limit);
        print(run(pages, pages.size()), pages.size(), System.out);
    }

    private static byte[] read(Path p) throws IOException {
        try (InputStream in = p.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(p)) : Files.newInputStream(p)) {
            return in.readNBytes(64 * 1024 * 1024);
        }
    }
}

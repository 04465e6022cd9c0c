package org.herald.fuzz;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.herald.actors.ActorResolver;
import org.herald.fuzz.Fuzzer.Dialect;
import org.herald.fuzz.Fuzzer.Target;
import org.herald.fuzz.Fuzzer.Violation;
import org.herald.fuzz.internal.Warcs;
import org.herald.ingest.Ingester;
import org.herald.model.Article;
import org.herald.model.Block;
import org.herald.model.Json;
import org.herald.model.Link;
import org.herald.model.Outcome;
import org.herald.model.Problem;
import org.herald.model.RawDocument;
import org.herald.pipeline.Pipeline;
import org.herald.places.Gazetteer;

/**
 * The readers of untrusted input in herald-core, as fuzz targets: the HTML and scraped-text
 * readers (the extract stage), feeds, WARC and WARC.gz archives and JSON Lines (ingest, then
 * extract on every document they give), the PETRARCH dictionary importer and the GeoNames
 * importer. Each check reads a document the way Herald does and throws when the reader did not
 * end in a value or a problem, or when its value breaks an invariant of the model: spans inside the
 * text, no blank block, no lone surrogate in any text Herald would store.
 */
public final class FuzzTargets {

    private FuzzTargets() {
    }

    /** Every target of herald-core, by name, in the order a campaign runs them. */
    public static Map<String, Target> all() {
        Map<String, Target> out = new LinkedHashMap<>();
        for (Target t : List.of(html(), text(), feed(), warc(), warcGz(), jsonl(), petrarch(), geonames())) {
            out.put(t.name(), t);
        }
        return out;
    }

    public static Target html() {
        Pipelines x = new Pipelines();
        return new Target("html", ".html", Dialect.MARKUP, seeds("html"), Fuzzer.Encoding.NONE,
                d -> checkArticle(x.get().extract(new RawDocument("fuzz.html", d, "text/html", null,
                        "https://courier.example/news/2024/05/06/story", Instant.EPOCH, RawDocument.Hints.NONE))));
    }

    public static Target text() {
        Pipelines x = new Pipelines();
        return new Target("text", ".txt", Dialect.TEXT, seeds("text"), Fuzzer.Encoding.NONE,
                d -> checkArticle(x.get().extract(new RawDocument("fuzz.txt", d, "text/plain", null, null,
                        Instant.EPOCH, RawDocument.Hints.NONE))));
    }

    public static Target feed() {
        return ingested("feed", ".rss", Dialect.MARKUP, seeds("feed"), Fuzzer.Encoding.NONE);
    }

    public static Target warc() {
        return ingested("warc", ".warc", Dialect.MARKUP, List.of(Warcs.archive(seeds("html"))), Fuzzer.Encoding.NONE);
    }

    public static Target warcGz() {
        return ingested("warc-gz", ".warc.gz", Dialect.MARKUP, List.of(Warcs.archive(seeds("html"))),
                Warcs::gzipRecords);
    }

    public static Target jsonl() {
        List<byte[]> seeds = new ArrayList<>(seeds("jsonl"));
        // the pages and stories of the other readers, as JSON lines
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        for (String kind : List.of("html", "text")) {
            for (byte[] page : seeds(kind)) {
                ObjectNode o = Json.MAPPER.createObjectNode();
                o.put("url", "https://courier.example/" + kind);
                o.put(kind, new String(page, StandardCharsets.UTF_8));
                lines.writeBytes(o.toString().getBytes(StandardCharsets.UTF_8));
                lines.write('\n');
            }
        }
        seeds.add(lines.toByteArray());
        return ingested("jsonl", ".jsonl", Dialect.JSON, seeds, Fuzzer.Encoding.NONE);
    }

    /** Both PETRARCH readers, actors and agents, on each document; a refusal naming file and line is fine. */
    public static Target petrarch() {
        return new Target("petrarch", ".actors", Dialect.LINES, seeds("petrarch"), Fuzzer.Encoding.NONE, d -> {
            for (String name : List.of("fuzz.actors", "fuzz.agents")) {
                // as ActorResolver.load reads a user's file: what is not UTF-8 reads as U+FFFD
                try (BufferedReader in = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(d),
                        StandardCharsets.UTF_8))) {
                    ActorResolver.check(name, in);
                } catch (IOException e) {
                    if (e.getMessage() == null || !e.getMessage().startsWith(name + ":")) {
                        throw new Violation("a dictionary error that names no file and line: " + e.getMessage());
                    }
                }
            }
        });
    }

    /**
     * The GeoNames importer ({@code herald gazetteer import}) on a folder of three files cut from
     * the document at form feeds: a dump, {@code admin1CodesASCII.txt} and {@code countryInfo.txt};
     * then the index it wrote is loaded, as a later run does. The base is a small index made once
     * from the seed, so that each import copies little.
     */
    public static Target geonames() {
        Gazetteer[] base = new Gazetteer[1];
        return new Target("geonames", ".txt", Dialect.LINES, seeds("geonames"), Fuzzer.Encoding.NONE, d -> {
            Path dir = Files.createTempDirectory("herald-fuzz-geonames");
            try {
                synchronized (base) {
                    if (base[0] == null) {
                        base[0] = smallBase(dir);
                    }
                }
                String[] parts = new String(d, StandardCharsets.ISO_8859_1).split("\f\n?", 3);
                String[] names = {"cities500.txt", "admin1CodesASCII.txt", "countryInfo.txt"};
                for (int i = 0; i < parts.length; i++) {
                    Files.write(dir.resolve(names[i]), parts[i].getBytes(StandardCharsets.ISO_8859_1));
                }
                Path out = dir.resolve("fuzz.idx");
                Gazetteer made;
                try {
                    made = Gazetteer.importGeoNames(dir, base[0], out, new ArrayList<>());
                } catch (IOException e) {
                    if (e.getMessage() == null || !e.getMessage().contains(dir.toString())) {
                        throw new Violation("an import error that names no file: " + e.getMessage());
                    }
                    return;
                }
                Gazetteer back = Gazetteer.load(out);
                if (back.size() != made.size()) {
                    throw new Violation("the index read back has " + back.size() + " entries, not " + made.size());
                }
            } finally {
                delete(dir);
            }
        });
    }

    /** The seed's places on the default gazetteer's countries, regions and demonyms. */
    private static Gazetteer smallBase(Path scratch) throws IOException {
        Path dir = Files.createDirectories(scratch.resolve("base"));
        String seed = new String(seeds("geonames").get(0), StandardCharsets.ISO_8859_1);
        Files.write(dir.resolve("cities500.txt"), seed.substring(0, seed.indexOf('\f')).getBytes(StandardCharsets.ISO_8859_1));
        Gazetteer g = Gazetteer.importGeoNames(dir, Gazetteer.shared(), scratch.resolve("base.idx"), new ArrayList<>());
        delete(dir);
        return g;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** A reader behind the ingest stage: every document it gives is extracted and checked. */
    private static Target ingested(String name, String extension, Dialect dialect, List<byte[]> seeds,
                                   Fuzzer.Encoding encoding) {
        Pipelines x = new Pipelines();
        String origin = "fuzz" + extension;
        return new Target(name, extension, dialect, seeds, encoding, d -> {
            try (Stream<Outcome<RawDocument>> docs = x.get().read(origin, new ByteArrayInputStream(d))) {
                for (Outcome<RawDocument> o : (Iterable<Outcome<RawDocument>>) docs::iterator) {
                    if (o instanceof Outcome.Ok<RawDocument> ok) {
                        RawDocument doc = ok.value();
                        checkText("origin", doc.origin());
                        checkArticle(x.get().extract(doc));
                    } else if (!o.problem().input().startsWith(origin)) {
                        throw new Violation("a problem that does not name the input: " + o.problem());
                    }
                }
            }
        });
    }

    /**
     * What the extract stage must give: an article whose blocks lie inside its text, none blank or
     * holding a blank line, every text well-formed UTF-16; or a problem that is not an internal error.
     */
    public static void checkArticle(Outcome<Article> o) {
        if (o instanceof Outcome.Ok<Article> ok) {
            Article a = ok.value();
            String text = a.text();
            for (Block b : a.blocks()) {
                if (b.span().start() < 0 || b.span().end() > text.length() || b.span().start() > b.span().end()) {
                    throw new Violation("block " + b + " outside a text of " + text.length());
                }
                String s = b.span().of(text);
                if (s.isBlank() || s.contains("\n\n")) {
                    throw new Violation("block " + b + " is blank or holds a blank line");
                }
            }
            if (a.id() == null || a.id().length() != 16) {
                throw new Violation("article id " + a.id());
            }
            checkText("text", text);
            checkText("title", a.title());
            checkText("standfirst", a.standfirst());
            checkText("url", a.url());
            checkText("origin", a.origin());
            checkText("site", a.site());
            for (String s : a.authors()) {
                checkText("author", s);
            }
            for (Link l : a.related()) {
                checkText("related link", l.text());
                checkText("related link", l.url());
            }
        } else if (o.problem().code() == Problem.Code.INTERNAL) {
            throw new Violation("the extractor failed inside: " + o.problem().message());
        }
    }

    /** A text with a lone surrogate cannot be written as UTF-8 (the store, JSON output) without loss. */
    static void checkText(String field, String s) {
        if (s == null) {
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new Violation("a lone surrogate U+" + Integer.toHexString(c).toUpperCase() + " in the " + field
                        + " at " + i);
            }
        }
    }

    /** The seeds of one target, from {@code seeds/index.txt}. */
    public static List<byte[]> seeds(String target) {
        List<byte[]> out = new ArrayList<>();
        for (String line : resource("index.txt").lines().toList()) {
            String[] f = line.split("\t");
            if (f.length == 2 && f[0].equals(target)) {
                out.add(bytes(f[1]));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("seeds/index.txt names no seed for " + target);
        }
        return out;
    }

    private static String resource(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String name) {
        try (InputStream in = FuzzTargets.class.getResourceAsStream("seeds/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fuzz seed org/herald/fuzz/seeds/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The pipeline's reading and extracting parts (no model is loaded for them), made anew now and
     * then so that the extractor's memory of stories seen does not grow through a campaign; feed
     * entries' links are never fetched.
     */
    public static final class Pipelines {
        private Pipeline current;
        private int uses;

        public synchronized Pipeline get() {
            if (current == null || ++uses % 2000 == 0) {
                current = Pipeline.builder().ingest(Ingester.Options.DEFAULT.withFetchFeedLinks(false)).build();
            }
            return current;
        }
    }
}

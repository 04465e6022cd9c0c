package org.herald.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.herald.fuzz.FuzzTargets;
import org.herald.fuzz.Fuzzer;
import org.herald.serve.ArticleRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code herald fuzz READER --documents N --seed S}: a fuzz campaign over one reader of
 * untrusted input (or {@code all}), each document under a time and memory watchdog. Findings are
 * saved in the reader's crashers folder, where the regression tests read them; in a checkout of
 * Herald that is the test resources, so a finding becomes a test at once.
 */
@Command(name = "fuzz", mixinStandardHelpOptions = true,
        description = "Feeds mutated documents to a reader of untrusted input and keeps what breaks it.")
final class FuzzCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "READER",
            description = "html, text, feed, warc, warc-gz, jsonl, petrarch, geonames, post-body, or all")
    String reader;

    @Option(names = "--documents", description = "documents per reader (default: ${DEFAULT-VALUE})")
    long documents = 100_000;

    @Option(names = "--seed", description = "the campaign's seed: the same seed makes the same documents (default: ${DEFAULT-VALUE})")
    long seed = 1;

    @Option(names = "--from", description = "the first document's number, to resume or replay (default: ${DEFAULT-VALUE})")
    long from = 0;

    @Option(names = "--crashers", paramLabel = "DIR",
            description = "where findings go, one folder a reader (default: the test resources in a checkout, else herald-data/crashers)")
    Path crashers;

    @Option(names = "--time-limit", paramLabel = "SECONDS", description = "the longest one document may take (default: ${DEFAULT-VALUE})")
    int timeLimit = 10;

    @Option(names = "--memory-limit", paramLabel = "MB", description = "the most one document may allocate (default: ${DEFAULT-VALUE})")
    long memoryLimit = 1024;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Map<String, Fuzzer.Target> targets = targets();
        List<String> names = reader.equals("all") ? List.copyOf(targets.keySet()) : List.of(reader);
        if (!targets.keySet().containsAll(names)) {
            err.println("herald fuzz: no reader '" + reader + "'; readers: " + String.join(", ", targets.keySet()) + ", all");
            return 2;
        }
        if (documents < 1 || from < 0 || timeLimit < 1 || memoryLimit < 1) {
            err.println("herald fuzz: --documents, --time-limit and --memory-limit must be positive, --from at least 0");
            return 2;
        }
        Fuzzer fuzzer = new Fuzzer(new Fuzzer.Limits(Duration.ofSeconds(timeLimit), memoryLimit << 20,
                Fuzzer.Limits.DEFAULT.maxLength()));
        int findings = 0;
        for (String name : names) {
            Path folder = folder(name);
            Fuzzer.Report r = fuzzer.run(targets.get(name), documents, seed, from, folder, err);
            findings += r.findingCount();
            String line = String.format(Locale.ROOT,
                    "fuzz %-9s %,9d documents (seed %d, from %d) in %6.1f s: %d crashes, %d hangs, %d memory; "
                            + "slowest %.0f ms (document %d), most allocated %d MB%s",
                    name, r.documents(), r.seed(), r.from(), r.nanos() / 1e9, r.crashes(), r.hangs(), r.blowups(),
                    r.slowestNanos() / 1e6, r.slowestIndex(), r.mostAllocated() >> 20, r.stopped() ? " (stopped)" : "");
            out.println(line);
            out.flush();
        }
        if (findings > 0) {
            out.println("findings saved under " + (crashers != null ? crashers : "the readers' crashers folders")
                    + "; each is now a regression test");
        }
        out.flush();
        return findings > 0 ? 1 : 0;
    }

    /** Where one reader's findings go. */
    private Path folder(String name) {
        if (crashers != null) {
            return crashers;
        }
        Path module = Path.of(name.equals("post-body") ? "herald-app" : "herald-core", "src", "test", "resources");
        return Files.isDirectory(module) ? module.resolve("crashers") : Path.of("herald-data", "crashers");
    }

    static Map<String, Fuzzer.Target> targets() {
        Map<String, Fuzzer.Target> all = new LinkedHashMap<>(FuzzTargets.all());
        all.put("post-body", postBody());
        return all;
    }

    /** The server's reading of a POST /api/articles body, then the extract stage on what it gives. */
    static Fuzzer.Target postBody() {
        FuzzTargets.Pipelines pipelines = new FuzzTargets.Pipelines();
        return new Fuzzer.Target("post-body", ".json", Fuzzer.Dialect.JSON, FuzzTargets.seeds("post-body"),
                Fuzzer.Encoding.NONE, d -> {
                    ArticleRequest.Read read = ArticleRequest.read(new String(d, StandardCharsets.UTF_8));
                    if (read instanceof ArticleRequest.Read.Document doc) {
                        FuzzTargets.checkArticle(pipelines.get().extract(doc.raw()));
                    } else if (read instanceof ArticleRequest.Read.Refused no
                            && (!no.error().matches("bad_json|bad_body") || no.message().isBlank())) {
                        throw new Fuzzer.Violation("a refusal the API does not document: " + no);
                    }
                });
    }
}

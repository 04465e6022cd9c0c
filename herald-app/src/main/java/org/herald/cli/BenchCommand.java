package org.herald.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.herald.annotate.Annotator;
import org.herald.annotate.Baseline;
import org.herald.eval.Benchmark;
import org.herald.eval.Corpus;
import org.herald.events.EventCoder;
import org.herald.events.EventTypes;
import org.herald.pipeline.Pipeline;
import org.herald.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code herald bench --corpus PATH.jsonl}: Herald's annotate stage beside plain CoreNLP on the
 * same articles in the same run, as articles/s, tokens/s, peak heap and their ratio.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures throughput against a baseline measured in the same run.")
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--stage", paramLabel = "STAGE", description = "annotate or extract (default: ${DEFAULT-VALUE})")
    String stage = "annotate";

    @Option(names = "--corpus", paramLabel = "PATH", description = "annotate: articles in JSON Lines (title, text, optional date); "
            + "extract: a page benchmark folder (default ../shared/data/wcxb-articles) or a folder of .html[.gz]")
    Path corpus;

    @Option(names = "--articles", paramLabel = "N", description = "articles to use, spread over the file (default: ${DEFAULT-VALUE})")
    int articles = 300;

    @Option(names = "--threads", paramLabel = "N", description = "also run Herald on N threads (default: ${DEFAULT-VALUE})")
    int threads = 2;

    @Option(names = "--warmup", paramLabel = "N", description = "untimed articles before each run (default: ${DEFAULT-VALUE})")
    int warmup = 40;

    @Option(names = "--annotate-only", description = "measure the annotate stage only, not the whole pipeline")
    boolean annotateOnly;

    @Option(names = "--rounds", paramLabel = "N",
            description = "times each run is repeated, Herald's and the baseline's alike; each keeps its best (default: ${DEFAULT-VALUE})")
    int rounds = 1;

    @Option(names = "--no-baseline", description = "skip the baseline (no ratio is printed)")
    boolean noBaseline;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (stage.equals("extract")) {
            Path pages = corpus != null ? corpus : Path.of("..", "shared", "data", "wcxb-articles");
            List<org.herald.model.RawDocument> docs = org.herald.eval.ExtractBench.pages(pages, articles);
            out.printf("extract bench on %s%n", pages);
            out.flush();
            java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
            org.herald.eval.ExtractBench.print(org.herald.eval.ExtractBench.run(docs, docs.size()),
                    docs.size(), new java.io.PrintStream(buf, true, java.nio.charset.StandardCharsets.UTF_8));
            out.print(buf.toString(java.nio.charset.StandardCharsets.UTF_8));
            out.flush();
            return 0;
        }
        if (!stage.equals("annotate")) {
            spec.commandLine().getErr().println("herald bench: --stage is annotate or extract, not '" + stage + "'");
            return 2;
        }
        if (corpus == null) {
            spec.commandLine().getErr().println("herald bench: give --corpus PATH.jsonl for the annotate stage");
            return 2;
        }
        if (rounds < 1) {
            spec.commandLine().getErr().println("herald bench: --rounds must be at least 1, not " + rounds);
            return 2;
        }
        List<Article> docs = Corpus.read(corpus, articles);
        out.printf("corpus %s: %d articles%n", corpus, docs.size());
        out.flush();

        long t0 = System.nanoTime();
        Pipeline pipeline = Pipeline.standard().load();
        double heraldLoad = (System.nanoTime() - t0) / 1e9;
        // Warm the path up once (JIT, heap growth), so that the first run timed is not the one
        // that pays for it.
        List<Article> warm = docs.subList(0, Math.min(docs.size(), 100));
        Benchmark.Run w = Benchmark.run("warm-up", warm, 1, 0, a -> pipeline.code(a).annotated().tokenCount());
        out.printf("  warm-up: %d articles through every path, %.1f s%n", warm.size(), w.seconds());
        // the event-type model's cost (docs/events.md): the same chain with the model's veto, whose
        // windows cost the same whatever the threshold
        Pipeline withModel = annotateOnly ? null : Pipeline.builder().events(EventCoder.withVeto(EventTypes.VETO_TUNED)).build();
        double modelLoad = annotateOnly ? 0 : EventTypes.load();
        if (withModel != null) {
            // onnxruntime's first calls are slow; a few articles take them
            Benchmark.Run wm = Benchmark.run("warm-up", warm.subList(0, Math.min(warm.size(), 20)), 1, 0,
                    a -> withModel.code(a).annotated().tokenCount());
            out.printf("  warm-up with the event-type model: %d articles, %.1f s%n", wm.items(), wm.seconds());
        }

        // Every timed run is repeated --rounds times, Herald's and the baseline's alike, and each
        // keeps its best round: one round of the same run moves by up to a quarter from JIT and
        // heap-sizing states that have nothing to do with the code measured.
        Annotator.Timings annotateSteps = null;
        Benchmark.Run one = null;
        Benchmark.Run many = null;
        Benchmark.Run coded = null;
        ModelCost model = null;
        Benchmark.Run base = null;
        Baseline baseline = null;
        double baseLoad = 0;
        for (int round = 1; round <= rounds; round++) {
            if (rounds > 1) {
                out.printf("  round %d of %d%n", round, rounds);
            }
            // The annotate stage as the pipeline runs it: parses only where an actor and a trigger are.
            Annotator.Timings before = pipeline.annotatorTimings();
            one = best(one, Benchmark.run("herald annotate (for the pipeline)", docs, 1, warmup,
                    a -> pipeline.annotate(a).tokenCount()), out);
            annotateSteps = annotateSteps != null ? annotateSteps : pipeline.annotatorTimings().since(before);
            if (threads > 1) {
                many = best(many, Benchmark.run("herald annotate (for the pipeline)", docs, threads, warmup,
                        a -> pipeline.annotate(a).tokenCount()), out);
            }
            if (!annotateOnly) {
                coded = best(coded, Benchmark.run("herald pipeline: text in, events/quotes/places out", docs, 1, warmup,
                        a -> pipeline.code(a).annotated().tokenCount()), out);
                model = ModelCost.faster(model, ModelCost.measure(pipeline, withModel, docs), out);
            }
            if (!noBaseline) {
                if (baseline == null) {
                    t0 = System.nanoTime();
                    baseline = Baseline.load();
                    baseLoad = (System.nanoTime() - t0) / 1e9;
                }
                Baseline b = baseline;
                base = best(base, Benchmark.run("baseline corenlp tokenize,ssplit,pos,lemma,ner,depparse", docs, 1, warmup,
                        a -> b.annotate(a.text(), a.published() == null ? null : a.published().value())), out);
            }
        }
        List<Benchmark.Run> runs = new ArrayList<>();
        for (Benchmark.Run r : new Benchmark.Run[] {one, many, coded, base}) {
            if (r != null) {
                runs.add(r);
            }
        }
        out.println();
        out.printf("%-58s %7s %11s %10s %13s%n", "run", "threads", "articles/s", "tokens/s", "peak heap MB");
        for (Benchmark.Run r : runs) {
            out.printf("%-58s %7d %11.2f %10.0f %13.0f%n", r.name(), r.threads(), r.itemsPerSecond(), r.unitsPerSecond(), r.peakHeapMb());
        }
        out.printf("load time: herald (all stages) %.1f s%s%n", heraldLoad, noBaseline ? "" : String.format(", baseline %.1f s", baseLoad));
        if (model != null) {
            out.printf("event-type model (the pipeline with its veto and without, article by article): %s; load %.1f s%n", model, modelLoad);
        }
        long tokens = one.units() * (docs.size() + warmup) / Math.max(1, docs.size());
        steps(out, "herald annotate (for the pipeline)", annotateSteps, tokens);
        if (base != null) {
            for (Benchmark.Run r : runs) {
                if (r != base && r.threads() == 1) {
                    out.printf("ratio %s / baseline, 1 thread: %.2fx articles/s%n", r.name(), r.itemsPerSecond() / base.itemsPerSecond());
                }
            }
        }
        if (many != null) {
            out.printf("scaling herald annotate %d threads / 1 thread: %.2fx%n", threads, many.itemsPerSecond() / one.itemsPerSecond());
        }
        out.flush();
        return 0;
    }

    /**
     * The event-type model's cost, measured in pairs: each article is coded by the pipeline
     * without the model and with it, one straight after the other (which goes first alternates),
     * so that a machine whose load drifts during the run slows both alike.
     */
    private record ModelCost(int articles, long plainNanos, long modelNanos, EventTypes.Cost windows) {

        static ModelCost measure(Pipeline plain, Pipeline model, List<Article> docs) {
            long p = 0;
            long m = 0;
            EventTypes.Cost before = EventTypes.cost();
            for (int i = 0; i < docs.size(); i++) {
                for (int k = 0; k < 2; k++) {
                    boolean withModel = (i + k) % 2 == 1;
                    long t0 = System.nanoTime();
                    (withModel ? model : plain).code(docs.get(i));
                    long dt = System.nanoTime() - t0;
                    if (withModel) {
                        m += dt;
                    } else {
                        p += dt;
                    }
                }
            }
            return new ModelCost(docs.size(), p, m, EventTypes.cost().since(before));
        }

        /** Prints a round and keeps the one whose pipeline without the model ran faster. */
        static ModelCost faster(ModelCost sofar, ModelCost round, PrintWriter out) {
            out.printf("  event-type model, paired: %s%n", round);
            out.flush();
            return sofar == null || round.plainNanos < sofar.plainNanos ? round : sofar;
        }

        @Override
        public String toString() {
            double with = modelNanos / 1e6 / articles;
            double without = plainNanos / 1e6 / articles;
            return String.format("%.1f ms an article with it, %.1f without, ratio %.3f (%d articles; %d windows embedded,"
                    + " %.2f ms each, %.1f ms an article)", with, without, with / without, articles, windows.windows(),
                    windows.nanos() / 1e6 / Math.max(1, windows.windows()), windows.nanos() / 1e6 / articles);
        }
    }

    private static void steps(PrintWriter out, String name, Annotator.Timings t, long tokens) {
        double all = Math.max(1, t.tagNanos() + t.timeNanos() + t.parseNanos());
        out.printf("%s, CoreNLP time by step: tag+ner %.0f%%, dates %.0f%%, parse %.0f%%; tokens seen by SUTime %.0f%%, sentences parsed %.0f%%%n",
                name, 100 * t.tagNanos() / all, 100 * t.timeNanos() / all, 100 * t.parseNanos() / all,
                100.0 * t.timed() / Math.max(1, tokens), 100.0 * t.parsed() / Math.max(1, t.sentences()));
    }

    /** Prints a round and keeps the faster of it and the best so far. */
    private static Benchmark.Run best(Benchmark.Run sofar, Benchmark.Run round, PrintWriter out) {
        print(out, round);
        return sofar == null || round.itemsPerSecond() > sofar.itemsPerSecond() ? round : sofar;
    }

    private static void print(PrintWriter out, Benchmark.Run r) {
        out.printf("  %s, %d thread(s): %.2f articles/s, %.0f tokens/s, %.1f s%n", r.name(), r.threads(),
                r.itemsPerSecond(), r.unitsPerSecond(), r.seconds());
        out.flush();
    }
}

package org.herald.spark;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.herald.model.CodedArticle;
import org.herald.model.Article;
import org.herald.pipeline.Batch;
import org.herald.pipeline.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code herald spark}: the Spark job from the command line, on {@code local[N]} (the launcher)
 * or on a cluster ({@code spark-submit}, which sets the master; docs/spark.md).
 */
@Command(name = "spark", mixinStandardHelpOptions = true,
        description = "Codes an archive on Apache Spark (local[N] here, a cluster with spark-submit) and writes the"
                + " store's tables as Parquet (docs/spark.md).")
public final class SparkCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "SOURCE",
            description = "WARC, WARC.gz, JSON Lines or HTML files, directories or globs, on any Hadoop file system"
                    + " (file:, hdfs:, s3a:)")
    List<String> sources = new ArrayList<>();

    @Option(names = "--list", paramLabel = "FILE", description = "a text file listing more sources, one a line")
    String list;

    @Option(names = "--out", paramLabel = "DIR", description = "where the tables go (replaced; default: ${DEFAULT-VALUE})")
    String out = "herald-data/parquet";

    @Option(names = "--master", description = "the Spark master, e.g. local[2] (default: spark-submit's, else local[2])")
    String master;

    @Option(names = "--text", description = "keep each article's full text in the articles table")
    boolean text;

    @Option(names = "--time-limit", paramLabel = "SECONDS",
            description = "the longest one document may take before it is a problem (default: ${DEFAULT-VALUE})")
    long timeLimit = Batch.TIME_LIMIT.toSeconds();

    @Option(names = "--bench", description = "instead: time the embedded pipeline, local[1] and local[2] over the sources"
            + " in this JVM and print the rates and their ratios")
    boolean bench;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (sources.isEmpty() && list == null) {
            err.println("herald spark: no sources (give files, directories, globs or --list FILE)");
            return 2;
        }
        if (timeLimit < 1) {
            err.println("herald spark: --time-limit must be at least 1 second, not " + timeLimit);
            return 2;
        }
        if (bench) {
            return bench(o);
        }
        SparkSession spark = session(master);
        try {
            SparkRun.Counts c = SparkRun.run(spark, config(spark, out));
            o.println("herald spark: wrote " + out + ": " + rows(c));
            return 0;
        } finally {
            spark.stop();
        }
    }

    private SparkRun.Config config(SparkSession spark, String dir) {
        List<String> all = new ArrayList<>(sources);
        if (list != null) {
            for (String line : spark.read().textFile(list).collectAsList()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    all.add(line.strip());
                }
            }
        }
        return new SparkRun.Config(all, dir, text, Duration.ofSeconds(timeLimit));
    }

    private static String rows(SparkRun.Counts c) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Long> e : c.rows().entrySet()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(e.getValue()).append(' ').append(e.getKey());
        }
        return sb.toString();
    }

    private static SparkSession session(String master) {
        SparkSession.Builder b = SparkSession.builder().appName("herald");
        if (master != null) {
            b.master(master);
        } else if (System.getProperty("spark.master") == null) {
            b.master("local[2]");
        }
        boolean local = master != null && master.startsWith("local");
        if (local) {
            // Spark's default of 200 shuffle partitions is for clusters: on one machine each stage
            // after coding would run 200 tiny tasks one core after another.
            b.config("spark.sql.shuffle.partitions", Integer.toString(2 * localCores(master)));
        }
        return b.config("spark.ui.enabled", local ? "false" : "true").getOrCreate();
    }

    /** The cores of {@code local}, {@code local[N]} or {@code local[*]}. */
    static int localCores(String master) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("local\\[(\\d+|\\*)").matcher(master);
        if (!m.lookingAt() || m.group(1).equals("*")) {
            return master.equals("local") ? 1 : Runtime.getRuntime().availableProcessors();
        }
        return Integer.parseInt(m.group(1));
    }

    /**
     * The embedded pipeline (the batch engine on one lane), then local[1] and local[2], over the
     * same sources in this JVM, after one untimed embedded pass that loads the models and warms
     * the JIT and one untimed Spark run over the first input file that does the same for Spark's
     * code (else local[1], run first, would pay for it alone): articles a second each, and the
     * ratios, for the whole run and for its coding phase alone, with where each run's wall time
     * went (Spark's own job and task events).
     */
    private int bench(PrintWriter o) throws Exception {
        Pipeline pipeline = Pipeline.standard().load();
        SparkSession probe = session("local[1]");
        SparkRun.Config cfg = config(probe, out);
        probe.stop();
        List<String> local = cfg.inputs().stream().map(SparkRun::origin).toList();
        embedded(pipeline, local);
        long t0 = System.nanoTime();
        long n = embedded(pipeline, local);
        double base = n / seconds(t0);
        o.printf(Locale.ROOT, "embedded (1 lane): %d articles, %.2f articles/s%n", n, base);
        SparkSession warm = session("local[1]");
        try {
            SparkRun.run(warm, new SparkRun.Config(List.of(firstFile(local)), out + "-bench-warm", false, cfg.timeLimit()));
        } finally {
            warm.stop();
        }
        double[] whole = new double[3];
        double[] coding = new double[3];
        for (int cores : new int[] {1, 2}) {
            long s0 = System.nanoTime();
            SparkSession spark = session("local[" + cores + "]");
            double start = seconds(s0);
            Phases phases = new Phases();
            spark.sparkContext().addSparkListener(phases);
            long a;
            double run;
            try {
                long t = System.nanoTime();
                a = SparkRun.run(spark, new SparkRun.Config(cfg.inputs(), out + "-bench-" + cores, false,
                        cfg.timeLimit())).rows().get("articles");
                run = seconds(t);
            } finally {
                spark.stop(); // delivers the listener's last events
            }
            Map<String, Phases.Phase> p = phases.phases();
            whole[cores] = a / run;
            coding[cores] = a / (p.get("code").wallMillis() / 1e3);
            o.printf(Locale.ROOT, "local[%d]: %d articles in %.1f s: %.2f articles/s (%.2fx embedded); coding alone"
                    + " %.2f articles/s; session start %.1f s (outside the run)%n",
                    cores, a, run, whole[cores], whole[cores] / base, coding[cores], start);
            o.printf(Locale.ROOT, "  %-28s %7s %5s %6s %8s %6s%n", "phase", "wall s", "jobs", "tasks", "task s",
                    "idle");
            long jobsMillis = 0;
            for (Map.Entry<String, Phases.Phase> e : p.entrySet()) {
                Phases.Phase f = e.getValue();
                jobsMillis += f.wallMillis();
                // the share of the cores' time in this phase that ran no task (the last task alone, the driver)
                double idle = f.wallMillis() == 0 ? 0 : 1 - f.taskMillis() / (double) (cores * f.wallMillis());
                o.printf(Locale.ROOT, "  %-28s %7.1f %5d %6d %8.1f %5.0f%%%n", e.getKey(), f.wallMillis() / 1e3,
                        f.jobs(), f.tasks(), f.taskMillis() / 1e3, 100 * Math.max(0, idle));
            }
            o.printf(Locale.ROOT, "  %-28s %7.1f%n", "driver, between jobs", run - jobsMillis / 1e3);
        }
        o.printf(Locale.ROOT, "local[2] / local[1]: whole run %.2fx, coding alone %.2fx%n", whole[2] / whole[1],
                coding[2] / coding[1]);
        o.println("(the models were loaded and Spark's code run once before either run: neither includes"
                + " loading them; the machine's load average: " + String.format(Locale.ROOT, "%.1f",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()) + ")");
        return 0;
    }

    private static long embedded(Pipeline pipeline, List<String> sources) throws InterruptedException {
        Batch.Counts c = Batch.coding(pipeline, Batch.Options.defaults().withLanes(1)).run(sources, new Batch.Sink<>() {
            @Override
            public boolean has(String id) {
                return false;
            }

            @Override
            public boolean put(Article article, CodedArticle coded) {
                return true;
            }
        }, r -> { });
        return c.stored();
    }

    /** The first file of the first source, in name order. */
    private static String firstFile(List<String> sources) throws java.io.IOException {
        try (Stream<java.nio.file.Path> files = java.nio.file.Files.walk(java.nio.file.Path.of(sources.get(0)))) {
            return files.filter(java.nio.file.Files::isRegularFile).map(java.nio.file.Path::toString).sorted()
                    .findFirst().orElse(sources.get(0));
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}

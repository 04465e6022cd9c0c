package org.herald.spark;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
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
     * the JIT: articles a second each, and the ratios.
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
        double one = 0;
        for (int cores : new int[] {1, 2}) {
            SparkSession spark = session("local[" + cores + "]");
            try {
                long t = System.nanoTime();
                long a = SparkRun.run(spark, new SparkRun.Config(cfg.inputs(), out + "-bench-" + cores, false,
                        cfg.timeLimit())).rows().get("articles");
                double rate = a / seconds(t);
                if (cores == 1) {
                    one = rate;
                }
                o.printf(Locale.ROOT, "local[%d]: %d articles, %.2f articles/s, %.2fx embedded, %.2fx local[1]%n",
                        cores, a, rate, rate / base, rate / one);
            } finally {
                spark.stop();
            }
        }
        o.println("(the machine's load average: " + String.format(Locale.ROOT, "%.1f",
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

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}

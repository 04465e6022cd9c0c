package org.herald.spark;

import java.io.Serializable;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.herald.extract.Extractor;
import org.herald.model.CodedArticle;
import org.herald.model.Ids;
import org.herald.model.Outcome;
import org.herald.model.Problem;
import org.herald.model.RawDocument;
import org.herald.pipeline.Batch;
import org.herald.pipeline.Pipeline;
import org.herald.pipeline.Tables;
import scala.Tuple2;

/**
 * Herald's pipeline on Spark: every input file (WARC, WARC.gz, JSON Lines, HTML; local, HDFS or
 * S3A, through Hadoop's file systems) is a task that runs the batch engine over its documents, so
 * a slow or failing document is a row in {@code problems} and never a failed job. Then three
 * Spark stages over the whole archive: near-duplicate stories (MLlib's {@code MinHashLSH} over
 * word 3-shingles), the event rollup (the store's own query, {@link Tables#rollupQuery}), and the
 * Parquet tables, with the store's columns and types: {@code articles}, {@code event_mentions}
 * (the store's {@code events}), {@code events} (its {@code event_rollup}), {@code actor_mentions},
 * {@code quotes}, {@code places} and {@code problems}. Event tables are partitioned by
 * {@code event_date}, a directory level only: the files hold exactly the store's columns.
 *
 * <p>No pipeline logic lives here: each executor JVM builds one {@link Pipeline} on first use,
 * whose stages load their resources once and share them between the JVM's task threads.
 */
public final class SparkRun {

    /** Bodies with fewer word 3-shingles than this are one story only with their exact copies (as in the extract stage). */
    static final int MIN_SHINGLES = 8;
    /** The Jaccard distance (1 - similarity of shingle sets) within which two bodies are one story. */
    static final double MAX_DISTANCE = 0.4;

    /**
     * What a run needs to know, small and serialisable: it travels to every task.
     *
     * @param inputs files, directories or globs, comma-separated paths in Hadoop's syntax
     * @param out the directory the tables go to (replaced)
     * @param text whether {@code articles} keeps the full text (else the column is null)
     * @param timeLimit the longest one document may take before it becomes a problem
     */
    public record Config(List<String> inputs, String out, boolean text, Duration timeLimit) implements Serializable {
        public Config {
            inputs = List.copyOf(inputs);
        }
    }

    /** What a run wrote: rows per table. */
    public record Counts(Map<String, Long> rows) {
    }

    private SparkRun() {
    }

    /** The pipeline of this JVM, built on first use and shared by its task threads. */
    private static final class Shared {
        // duplicate clusters are the archive's (the MinHashLSH stage), not one task's
        static final Pipeline PIPELINE = Pipeline.builder()
                .extract(new Extractor.Options(Extractor.Options.DEFAULT.maxBytes(), false)).build();
    }

    /** Runs the job on a session (local[N] or a cluster's) and writes every table under {@code config.out}. */
    public static Counts run(SparkSession spark, Config config) {
        org.apache.spark.SparkContext sc = spark.sparkContext();
        sc.setJobDescription("list inputs");
        JavaPairRDD<String, PortableDataStream> files = spark.sparkContext()
                .binaryFiles(String.join(",", config.inputs()), spark.sparkContext().defaultParallelism())
                .toJavaRDD().mapToPair(t -> t);
        // binaryFiles packs small files into few splits; a task per file keeps every core busy
        // to the end (the pairs are a path and a handle: the bytes are read by the task)
        long n = files.count();
        if (n > files.getNumPartitions()) {
            files = files.repartition((int) Math.min(n, 100_000));
        }
        // one tagged row per table row: (table, row); coded once (and kept), then split into the tables
        JavaRDD<Tuple2<String, Row>> rows = files.mapPartitions(part -> code(part, config));
        rows.persist(StorageLevel.MEMORY_AND_DISK());
        List<Dataset<Row>> kept = new ArrayList<>();
        try {
            sc.setJobDescription("code");
            // the one pass that codes, and every table's row count with it
            Map<String, Long> perTable = rows.map(Tuple2::_1).countByValue();
            sc.setJobDescription("stories");
            // the tables are a few rows per article: a partition per core, not one per input file
            // (each partition is a Parquet file, and a task per step after coding)
            int slices = Math.max(1, Math.min(rows.getNumPartitions(), sc.defaultParallelism()));
            JavaRDD<Tuple2<String, Row>> tableRows = rows.coalesce(slices);
            Map<String, Dataset<Row>> t = new HashMap<>();
            for (Tables.Table table : List.of(Tables.EVENTS, Tables.ACTOR_MENTIONS, Tables.QUOTES, Tables.PLACES,
                    Tables.PROBLEMS)) {
                t.put(table.name(), frame(spark, tableRows, table.name(), schema(table)));
            }
            StructType coded = schema(Tables.ARTICLES).add("seq", DataTypes.StringType).add("shingles",
                    DataTypes.createArrayType(DataTypes.StringType));
            Dataset<Row> stories = stories(frame(spark, tableRows, Tables.ARTICLES.name(), coded), kept);
            // both read twice, by their own table and by the rollup
            Dataset<Row> articles = keep(kept, stories.select(columns(Tables.ARTICLES)));
            Dataset<Row> mentions = keep(kept, t.get(Tables.EVENTS.name()));
            mentions.createOrReplaceTempView("events");
            articles.createOrReplaceTempView("articles");
            Dataset<Row> rollup = spark.sql(Tables.rollupQuery());

            Map<String, Long> counts = new java.util.LinkedHashMap<>();
            sc.setJobDescription("write articles");
            write(articles, config.out(), "articles", null);
            counts.put("articles", perTable.getOrDefault(Tables.ARTICLES.name(), 0L));
            sc.setJobDescription("write " + Tables.parquetName(Tables.EVENTS));
            write(mentions, config.out(), Tables.parquetName(Tables.EVENTS),
                    functions.coalesce(mentions.col("date"), functions.lit("undated")));
            counts.put(Tables.parquetName(Tables.EVENTS), perTable.getOrDefault(Tables.EVENTS.name(), 0L));
            sc.setJobDescription("roll up, write " + Tables.ROLLUP_PARQUET);
            String rolled = write(rollup, config.out(), Tables.ROLLUP_PARQUET,
                    functions.coalesce(rollup.col("date"), functions.lit("undated")));
            // the events written, from the files' own footers
            counts.put(Tables.ROLLUP_PARQUET, spark.read().parquet(rolled).count());
            for (Tables.Table table : List.of(Tables.ACTOR_MENTIONS, Tables.QUOTES, Tables.PLACES, Tables.PROBLEMS)) {
                sc.setJobDescription("write " + Tables.parquetName(table));
                write(t.get(table.name()), config.out(), Tables.parquetName(table), null);
                counts.put(table.name(), perTable.getOrDefault(table.name(), 0L));
            }
            return new Counts(counts);
        } finally {
            kept.forEach(d -> d.unpersist(false));
            rows.unpersist(false);
            sc.setJobDescription(null);
        }
    }

    private static Dataset<Row> keep(List<Dataset<Row>> kept, Dataset<Row> d) {
        kept.add(d.persist(StorageLevel.MEMORY_AND_DISK()));
        return d;
    }

    // ---- the coding task: one input file after another, through the batch engine

    private static Iterator<Tuple2<String, Row>> code(Iterator<Tuple2<String, PortableDataStream>> files, Config config)
            throws InterruptedException {
        Pipeline pipeline = Shared.PIPELINE;
        Batch<CodedArticle> batch = Batch.coding(pipeline, Batch.Options.defaults().withLanes(1)
                .withTimeLimit(config.timeLimit()));
        List<Tuple2<String, Row>> out = new ArrayList<>();
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        while (files.hasNext()) {
            Tuple2<String, PortableDataStream> f = files.next();
            String origin = origin(f._1());
            long[] seq = {0};
            Stream<Outcome<RawDocument>> docs;
            try {
                docs = pipeline.read(origin, f._2().open());
            } catch (RuntimeException e) {
                out.add(problem(new Problem(origin, Problem.Code.INGEST_UNREADABLE, null,
                        "cannot open: " + e.getMessage()), "failed", null));
                continue;
            }
            batch.run(docs, new Batch.Sink<>() {
                @Override
                public boolean has(String articleId) {
                    return false;
                }

                @Override
                public boolean put(org.herald.model.Article article, CodedArticle coded) {
                    Tables.Rows r = Tables.rows(coded, now);
                    Object[] a = r.article().clone();
                    if (!config.text()) {
                        a[Tables.ARTICLES.names().indexOf("text")] = null;
                    }
                    Object[] withKey = Arrays.copyOf(a, a.length + 2);
                    // the order herald run reads in: input, then place in it (the first copy names a story)
                    withKey[a.length] = String.format(Locale.ROOT, "%s\u0000%012d", origin, seq[0]++);
                    withKey[a.length + 1] = shingles(coded.article().text()).toArray(String[]::new);
                    out.add(new Tuple2<>(Tables.ARTICLES.name(), RowFactory.create(withKey)));
                    add(out, Tables.EVENTS, r.events());
                    add(out, Tables.ACTOR_MENTIONS, r.actorMentions());
                    add(out, Tables.QUOTES, r.quotes());
                    add(out, Tables.PLACES, r.places());
                    for (Problem p : coded.problems()) {
                        out.add(problem(p, "stored", article.id()));
                    }
                    return true;
                }
            }, report -> {
                if (report instanceof Batch.Report.Skipped<CodedArticle> s) {
                    out.add(problem(s.problem(), "skipped", null));
                } else if (report instanceof Batch.Report.Failed<CodedArticle> x) {
                    out.add(problem(x.problem(), "failed", null));
                }
            });
        }
        return out.iterator();
    }

    /** A local file by its path (as herald run names it), any other by its URI. */
    static String origin(String uri) {
        URI u = new org.apache.hadoop.fs.Path(uri).toUri();
        return "file".equals(u.getScheme()) ? u.getPath() : uri;
    }

    private static void add(List<Tuple2<String, Row>> out, Tables.Table t, List<Object[]> rows) {
        for (Object[] r : rows) {
            out.add(new Tuple2<>(t.name(), RowFactory.create(r)));
        }
    }

    private static Tuple2<String, Row> problem(Problem p, String outcome, String article) {
        return new Tuple2<>(Tables.PROBLEMS.name(), RowFactory.create(Tables.problemRow(p, outcome, article)));
    }

    /** The body's word 3-shingles, lower-cased, each once. */
    static List<String> shingles(String text) {
        String[] w = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        List<String> words = Arrays.stream(w).filter(s -> !s.isEmpty()).toList();
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        for (int i = 0; i + 3 <= words.size(); i++) {
            out.add(words.get(i) + ' ' + words.get(i + 1) + ' ' + words.get(i + 2));
        }
        return new ArrayList<>(out);
    }

    // ---- near-duplicates across the archive

    /**
     * The articles with {@code story} set across the archive: copies of one story (the same
     * content hash, or shingle sets within {@link #MAX_DISTANCE} of each other by MinHashLSH) share
     * the cluster id the extract stage gives, derived from the first copy in input order.
     */
    static Dataset<Row> stories(Dataset<Row> articles, List<Dataset<Row>> kept) {
        SparkSession spark = articles.sparkSession();
        // read by both sides of the similarity join, the exact-copy join and the last join
        Dataset<Row> a = keep(kept, articles);
        Dataset<Row> shingled = a.filter(functions.size(a.col("shingles")).geq(MIN_SHINGLES))
                .select("id", "seq", "content_hash", "shingles");
        HashingTF tf = new HashingTF().setInputCol("shingles").setOutputCol("features").setNumFeatures(1 << 20)
                .setBinary(true);
        Dataset<Row> features = tf.transform(shingled);
        MinHashLSHModel lsh = new MinHashLSH().setNumHashTables(5).setInputCol("features").setOutputCol("hashes")
                .setSeed(20240501L).fit(features);
        Dataset<Row> near = lsh.approxSimilarityJoin(features, features, MAX_DISTANCE, "distance")
                .select(pair("datasetA", "datasetB")).filter("a < b");
        Dataset<Row> same = a.as("x").join(a.as("y"), functions.col("x.content_hash").equalTo(functions.col("y.content_hash"))
                        .and(functions.col("x.id").lt(functions.col("y.id"))))
                .select(pair("x", "y"));
        // the pairs of copies, each end with its place in input order and its content hash, in
        // one pass; copies are few next to articles, so their groups are joined on the driver
        Map<String, String> parent = new HashMap<>();
        Map<String, Row> copies = new HashMap<>();
        for (Row p : near.union(same).collectAsList()) {
            union(parent, p.getString(0), p.getString(3));
            copies.put(p.getString(0), RowFactory.create(p.getString(0), p.getString(1), p.getString(2)));
            copies.put(p.getString(3), RowFactory.create(p.getString(3), p.getString(4), p.getString(5)));
        }
        Map<String, Row> first = new HashMap<>();
        for (Row r : copies.values()) {
            String root = find(parent, r.getString(0));
            Row f = first.get(root);
            if (f == null || r.getString(1).compareTo(f.getString(1)) < 0) {
                first.put(root, r);
            }
        }
        List<Row> story = new ArrayList<>();
        for (Row r : copies.values()) {
            story.add(RowFactory.create(r.getString(0), cluster(first.get(find(parent, r.getString(0))).getString(2))));
        }
        Dataset<Row> known = spark.createDataFrame(story, new StructType().add("sid", DataTypes.StringType)
                .add("cluster", DataTypes.StringType));
        // an article with no copy is a story of its own, named as the extract stage names one
        UserDefinedFunction own = functions.udf((UDF1<String, String>) SparkRun::cluster, DataTypes.StringType);
        return a.join(functions.broadcast(known), a.col("id").equalTo(known.col("sid")), "left")
                .withColumn("story", functions.coalesce(known.col("cluster"), own.apply(a.col("content_hash"))))
                .drop("sid", "cluster");
    }

    /** A pair of copies: each one's id, place in input order and content hash. */
    private static org.apache.spark.sql.Column[] pair(String x, String y) {
        List<org.apache.spark.sql.Column> c = new ArrayList<>();
        for (String[] side : new String[][] {{x, "a"}, {y, "b"}}) {
            c.add(functions.col(side[0] + ".id").as(side[1]));
            c.add(functions.col(side[0] + ".seq").as(side[1] + "_seq"));
            c.add(functions.col(side[0] + ".content_hash").as(side[1] + "_hash"));
        }
        return c.toArray(org.apache.spark.sql.Column[]::new);
    }

    /** The cluster id of a story whose first copy has this content hash (the extract stage's). */
    static String cluster(String contentHash) {
        return Ids.of("cluster", contentHash);
    }

    private static String find(Map<String, String> parent, String x) {
        String p = parent.getOrDefault(x, x);
        if (p.equals(x)) {
            return x;
        }
        String root = find(parent, p);
        parent.put(x, root);
        return root;
    }

    private static void union(Map<String, String> parent, String x, String y) {
        String a = find(parent, x);
        String b = find(parent, y);
        if (!a.equals(b)) {
            parent.put(a.compareTo(b) < 0 ? b : a, a.compareTo(b) < 0 ? a : b);
        }
    }

    // ---- tables

    private static Dataset<Row> frame(SparkSession spark, JavaRDD<Tuple2<String, Row>> rows, String table, StructType schema) {
        return spark.createDataFrame(rows.filter(t -> t._1().equals(table)).map(Tuple2::_2), schema);
    }

    private static org.apache.spark.sql.Column[] columns(Tables.Table t) {
        return t.names().stream().map(functions::col).toArray(org.apache.spark.sql.Column[]::new);
    }

    /**
     * Writes a table and returns its folder. A table partitioned by date is first shuffled by
     * it, so that each date is one file, not one file per date in every partition.
     */
    private static String write(Dataset<Row> d, String out, String name, org.apache.spark.sql.Column partition) {
        String path = out + "/" + name;
        if (partition == null) {
            d.write().mode(SaveMode.Overwrite).parquet(path);
        } else {
            d.withColumn("event_date", partition).repartition(functions.col("event_date")).write()
                    .mode(SaveMode.Overwrite).partitionBy("event_date").parquet(path);
        }
        return path;
    }

    /** A table's Spark schema: the store's columns and types. */
    static StructType schema(Tables.Table t) {
        List<StructField> fields = new ArrayList<>();
        for (Tables.Column c : t.columns()) {
            fields.add(DataTypes.createStructField(c.name(), type(c.type()), !c.notNull()
                    || (t == Tables.ARTICLES && c.name().equals("text"))));
        }
        return DataTypes.createStructType(fields);
    }

    private static DataType type(Tables.Type t) {
        return switch (t) {
            case VARCHAR -> DataTypes.StringType;
            case INTEGER -> DataTypes.IntegerType;
            case BIGINT -> DataTypes.LongType;
            case DOUBLE -> DataTypes.DoubleType;
            case BOOLEAN -> DataTypes.BooleanType;
            case TIMESTAMP -> DataTypes.TimestampNTZType;
        };
    }
}

package org.herald.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.nio.file.Path;
import java.sql.SQLException;
import org.herald.model.ActorMention;
import org.herald.model.Annotated;
import org.herald.model.Article;
import org.herald.model.CodedArticle;
import org.herald.model.Event;
import org.herald.model.Place;
import org.herald.model.Quote;
import org.herald.model.ResolvedDate;
import org.herald.model.Sentence;
import org.herald.pipeline.Pipeline;
import org.herald.store.Store;
import picocli.CommandLine.Option;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code herald demo}: runs Herald on the example articles shipped with it and shows the result. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Runs Herald on a few example articles shipped with it and shows what it found.")
final class DemoCommand implements Callable<Integer> {

    private static final String DIR = "/org/herald/demo/";

    @Spec
    CommandSpec spec;

    record DemoArticle(String file, Article article) {
    }

    /** The shipped demo articles, read by the pipeline, with their publication dates from the index. */
    static List<DemoArticle> articles(Pipeline pipeline) throws IOException {
        List<DemoArticle> out = new ArrayList<>();
        for (String line : resource("index.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            ResolvedDate published = ResolvedDate.day(LocalDate.parse(f[1].strip()));
            out.add(new DemoArticle(f[0], Articles.fromText(pipeline, "demo/" + f[0], resource(f[0]), published)));
        }
        return out;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = DemoCommand.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IOException("demo resource " + DIR + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Option(names = "--db", paramLabel = "FILE", description = "where the demo keeps its store (default: ${DEFAULT-VALUE})")
    Path db = Path.of("herald-data", "demo.duckdb");

    @Option(names = "--serve", arity = "0..1", paramLabel = "PORT", fallbackValue = "8080",
            description = "then serve the dashboard over the demo store on 127.0.0.1:PORT (default ${FALLBACK-VALUE}) until stopped")
    Integer serve;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Pipeline pipeline = Pipeline.standard();
        List<DemoArticle> demo = articles(pipeline);
        out.println("Herald demo: " + demo.size() + " example articles written for the project.");
        out.println("Loading CoreNLP models, the actor base, the event lexicon and the gazetteer (once per run)...");
        out.flush();
        long t0 = System.nanoTime();
        List<CodedArticle> coded = new ArrayList<>();
        for (DemoArticle d : demo) {
            CodedArticle c = pipeline.code(d.article());
            coded.add(c);
            show(d.file(), c, out);
            out.flush();
        }
        try (Store store = Store.open(db)) {
            for (CodedArticle c : coded) {
                store.put(c);
            }
            Store.Counts n = store.counts();
            out.println();
            out.printf("Stored in %s: %d articles, %d event mentions rolled up into %d events, %d quotes (%.1f s in all).%n",
                    db, n.articles(), n.eventMentions(), n.events(), n.quotes(), (System.nanoTime() - t0) / 1e9);
            out.println("Next: ./herald code FILE --published YYYY-MM-DD, ./herald run DIR|FEED|WARC --db FILE,");
            out.println("      ./herald demo --serve (or ./herald serve --db " + db + ") for the dashboard");
        }
        out.flush();
        if (serve != null) {
            return new picocli.CommandLine(new ServeCommand()).setOut(spec.commandLine().getOut()).setErr(spec.commandLine().getErr())
                    .execute("--db", db.toString(), "--port", String.valueOf(serve));
        }
        return 0;
    }

    private static void show(String file, CodedArticle c, PrintWriter out) {
        Annotated a = c.annotated();
        Article art = a.article();
        long parsed = a.sentences().stream().filter(Sentence::parsed).count();
        out.println();
        out.println("== " + file + "  (published " + art.published().value() + ", id " + art.id() + ")");
        out.println("   " + art.title());
        out.printf("   %d sentences (%d parsed), %d tokens%n", a.sentences().size(), parsed, a.tokenCount());
        Map<String, List<String>> actors = new LinkedHashMap<>();
        for (ActorMention m : c.actors()) {
            List<String> texts = actors.computeIfAbsent(m.actor().code(), k -> new ArrayList<>());
            if (!texts.contains(m.text()) && texts.size() < 4) {
                texts.add(m.text());
            }
        }
        out.println("   actors:");
        actors.forEach((code, texts) -> out.printf("     %-9s %s%n", code, String.join(" · ", texts)));
        out.println("   events:");
        for (Event e : c.events()) {
            out.printf("     %-4s %-9s %-12s %-8s → %-8s %-10s %-14s %s%s%n", e.code(),
                    e.plover() == null ? "" : e.plover().type(), e.mode().json(),
                    e.source() == null || e.source().actor() == null ? "-" : e.source().actor().code(),
                    e.target() == null || e.target().actor() == null ? "-" : e.target().actor().code(),
                    e.date() == null ? "" : e.date().value(), e.place() == null ? "" : e.place().name(),
                    "\"" + (e.trigger() == null ? "" : e.trigger().text()) + "\"",
                    e.attribution() == null ? "" : "  per " + e.attribution().text());
        }
        if (!c.quotes().isEmpty()) {
            out.println("   quotes:");
            for (Quote q : c.quotes()) {
                out.printf("     %-24s %s%n", (q.speaker() == null ? "?" : q.speaker().text())
                        + (q.actor() == null ? "" : " (" + q.actor().code() + ")") + ":", shorten(q.text()));
            }
        }
        List<String> places = new ArrayList<>();
        for (Place p : c.places()) {
            String s = p.name() + " (" + p.country() + String.format(java.util.Locale.ROOT, " %.1f,%.1f", p.lat(), p.lon()) + ")";
            if (!places.contains(s)) {
                places.add(s);
            }
        }
        if (!places.isEmpty()) {
            out.println("   places: " + String.join(", ", places));
        }
    }

    private static String shorten(String s) {
        return s.length() <= 70 ? "\"" + s + "\"" : "\"" + s.substring(0, 67) + "...\"";
    }
}

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
import org.herald.annotate.Annotator;
import org.herald.model.Annotated;
import org.herald.model.Article;
import org.herald.model.Mention;
import org.herald.model.ResolvedDate;
import org.herald.model.Sentence;
import org.herald.model.TimeExpression;
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

    /** The shipped demo articles, with their publication dates from the index. */
    static List<DemoArticle> articles() throws IOException {
        List<DemoArticle> out = new ArrayList<>();
        for (String line : resource("index.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            ResolvedDate published = ResolvedDate.day(LocalDate.parse(f[1].strip()));
            out.add(new DemoArticle(f[0], Articles.fromText("demo/" + f[0], resource(f[0]), published)));
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

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<DemoArticle> demo = articles();
        out.println("Herald demo: " + demo.size() + " example articles written for the project.");
        out.println("Loading CoreNLP models (once per run)...");
        out.flush();
        long t0 = System.nanoTime();
        Annotator annotator = Annotator.shared();
        out.printf("Loaded in %.1f s.%n", (System.nanoTime() - t0) / 1e9);
        for (DemoArticle d : demo) {
            Annotated a = annotator.annotate(d.article());
            show(d.file(), a, out);
            out.flush();
        }
        return 0;
    }

    private static void show(String file, Annotated a, PrintWriter out) {
        Article art = a.article();
        long parsed = a.sentences().stream().filter(Sentence::parsed).count();
        out.println();
        out.println("== " + file + "  (published " + art.published().value() + ", id " + art.id() + ")");
        out.println("   headline:   " + art.title());
        if (art.standfirst() != null) {
            out.println("   standfirst: " + art.standfirst());
        }
        out.printf("   %d paragraphs, %d sentences (%d parsed), %d tokens%n", art.paragraphs().size(),
                a.sentences().size(), parsed, a.tokenCount());
        Map<String, List<String>> byType = new LinkedHashMap<>();
        for (Mention m : a.mentions()) {
            if (!Character.isUpperCase(m.text().charAt(0))) {
                continue; // pronouns CoreNLP adds as mentions
            }
            List<String> names = byType.computeIfAbsent(m.type(), k -> new ArrayList<>());
            if (!names.contains(m.text())) {
                names.add(m.text());
            }
        }
        byType.forEach((type, names) -> out.printf("   %-13s %s%n", type.toLowerCase() + ":", String.join(", ", names)));
        List<String> dates = new ArrayList<>();
        for (TimeExpression t : a.times()) {
            if (t.resolved() != null) {
                dates.add("\"" + t.text() + "\" = " + t.resolved().value());
            }
        }
        if (!dates.isEmpty()) {
            out.println("   dates:        " + String.join(", ", dates));
        }
    }
}

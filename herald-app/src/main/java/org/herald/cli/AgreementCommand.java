package org.herald.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.herald.eval.Agreement;
import org.herald.eval.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code herald eval agreement --first FILE --second FILE}: how far two codings of the same articles agree. */
@Command(name = "agreement", mixinStandardHelpOptions = true,
        description = "Scores a second coding of article-gold articles against the first with the article gold's scorer"
                + " (docs/article-gold.md, Agreement): precision, recall and F1 of the second against the first.")
final class AgreementCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--first", required = true, paramLabel = "FILE", description = "the reference coding (.jsonl or a folder with dev.jsonl)")
    Path first;

    @Option(names = "--second", required = true, paramLabel = "FILE", description = "the coding scored against it")
    Path second;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Report r;
        try {
            // HERALD_EVAL_DETAIL=1 prints the keys of each tune article, as herald eval does
            r = Agreement.score(first, second, System.getenv("HERALD_EVAL_DETAIL") != null ? System.err : null);
        } catch (IOException | RuntimeException e) {
            spec.commandLine().getErr().println("herald eval agreement: " + e.getMessage());
            return 2;
        }
        out.printf("agreement %s (%d articles)%n", r.dataset(), r.items());
        out.printf("  %-22s %7s %7s %7s%n", "measure", "P", "R", "F1");
        Map<String, Double> m = r.metrics();
        for (String k : m.keySet()) {
            if (k.endsWith(".p")) {
                String base = k.substring(0, k.length() - 2);
                out.printf("  %-22s %7.3f %7.3f %7.3f%n", base, m.get(k), m.get(base + ".r"), m.get(base + ".f1"));
            }
        }
        for (String n : r.notes()) {
            out.println("  note: " + n);
        }
        out.flush();
        return 0;
    }
}

package org.herald.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.herald.eval.Dataset;
import org.herald.eval.EvalContext;
import org.herald.eval.EvalTask;
import org.herald.eval.Floors;
import org.herald.eval.Report;
import org.herald.eval.Split;
import org.herald.eval.Tasks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code herald eval TASK --data PATH}, {@code herald eval --all} and {@code herald eval agreement}. */
@Command(name = "eval", mixinStandardHelpOptions = true, subcommands = AgreementCommand.class,
        description = "Scores Herald on gold sets: precision, recall, F1 and task measures.")
final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "TASK", description = "extract, actors, events, quotes, places")
    String task;

    @Option(names = "--data", paramLabel = "PATH", description = "a dataset folder or a .jsonl file of its format")
    Path data;

    @Option(names = "--all", description = "every task on every dataset found under --root")
    boolean all;

    @Option(names = "--root", paramLabel = "DIR",
            description = "where --all looks for datasets; repeat for several (default: ../shared/data)")
    List<Path> roots;

    @Option(names = "--floors", paramLabel = "FILE", description = "fail (exit 1) when a score is below its floor in FILE")
    Path floors;

    @Option(names = "--limit", paramLabel = "N", description = "score only the first N records of each set (of each part)")
    int limit;

    @Option(names = "--part", paramLabel = "PART", defaultValue = "both",
            description = "tune, check or both (default): every set is split into a tune part, which may be read and "
                    + "debugged, and a check part, scored only in aggregate; HERALD_EVAL_DETAIL=1 prints tune cases one by one")
    String part;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Report> reports = new ArrayList<>();
        if (!List.of("both", "tune", "check").contains(part)) {
            err.println("herald eval: --part is tune, check or both, not '" + part + "'");
            return 2;
        }
        EvalContext ctx = new EvalContext(System.err, limit, System.getenv("HERALD_EVAL_DETAIL") != null ? System.err : null);
        if (all) {
            List<Path> folders = new ArrayList<>();
            for (Path root : roots == null || roots.isEmpty() ? List.of(Path.of("..", "shared", "data")) : roots) {
                if (!Files.isDirectory(root)) {
                    err.println("herald eval: no datasets at " + root + " (give --root DIR)");
                    return 2;
                }
                try (Stream<Path> s = Files.list(root)) {
                    folders.addAll(s.filter(p -> Files.isRegularFile(p.resolve("dev.jsonl"))).sorted().toList());
                }
            }
            for (Path folder : folders) {
                Dataset ds = Dataset.at(folder);
                for (EvalTask t : Tasks.all()) {
                    if (task == null || t.name().equals(task)) {
                        if (t.accepts(ds)) {
                            reports.add(run(t, ds, ctx, out));
                        }
                    }
                }
            }
        } else {
            if (task == null || data == null) {
                err.println("herald eval: give TASK and --data PATH, or --all");
                return 2;
            }
            EvalTask t = Tasks.named(task).orElse(null);
            if (t == null) {
                err.println("herald eval: no task '" + task + "'; tasks: "
                        + Tasks.all().stream().map(EvalTask::name).toList());
                return 2;
            }
            reports.add(run(t, Dataset.at(data), ctx, out));
        }
        if (floors != null) {
            List<Floors.Miss> misses = Floors.load(floors).check(reports);
            for (Floors.Miss m : misses) {
                err.println("BELOW FLOOR: " + m);
            }
            out.println(misses.isEmpty() ? "all floors met" : misses.size() + " floor(s) missed");
            out.flush();
            return misses.isEmpty() ? 0 : 1;
        }
        return 0;
    }

    /**
     * Runs a task on the tune and check parts of a set (or the one part asked for) and prints each
     * measure per part, with check / tune. Only the tune run gets case-by-case detail.
     */
    private Report run(EvalTask t, Dataset ds, EvalContext ctx, PrintWriter out) throws IOException {
        long t0 = System.nanoTime();
        Report tune = part.equals("check") ? null : t.run(ds.part(Split.Part.TUNE), ctx.forPart(Split.Part.TUNE));
        Report check = part.equals("tune") ? null : t.run(ds.part(Split.Part.CHECK), ctx.forPart(Split.Part.CHECK));
        double secs = (System.nanoTime() - t0) / 1e9;
        Report shown = tune != null ? tune : check;
        out.printf("%s %s (%s%s%s, %.1f s)%n", shown.task(), shown.dataset(),
                tune != null ? "tune " + tune.items() + " items" : "", tune != null && check != null ? ", " : "",
                check != null ? "check " + check.items() + " items" : "", secs);
        out.printf("  %-30s %8s %8s %11s%n", "measure", tune != null ? "tune" : "", check != null ? "check" : "",
                tune != null && check != null ? "check/tune" : "");
        for (String name : shown.metrics().keySet()) {
            Double a = tune == null ? null : tune.metrics().get(name);
            Double b = check == null ? null : check.metrics().get(name);
            String ratio = a != null && b != null && a != 0 ? String.format("%.3f", b / a) : "";
            out.printf("  %-30s %8s %8s %11s%n", name, a == null ? "" : String.format("%.4f", a),
                    b == null ? "" : String.format("%.4f", b), ratio);
        }
        for (String n : new java.util.LinkedHashSet<>(concat(tune, check))) {
            out.println("  note: " + n);
        }
        out.flush();
        if (tune != null && check != null) {
            return Report.ofParts(tune, check);
        }
        String prefix = tune != null ? "tune." : "check.";
        Map<String, Double> m = new java.util.LinkedHashMap<>();
        shown.metrics().forEach((k, v) -> m.put(prefix + k, v));
        return new Report(shown.task(), shown.dataset(), shown.items(), m, shown.notes());
    }

    private static List<String> concat(Report a, Report b) {
        List<String> out = new ArrayList<>();
        if (a != null) {
            out.addAll(a.notes());
        }
        if (b != null) {
            out.addAll(b.notes());
        }
        return out;
    }
}

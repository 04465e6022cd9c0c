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
import org.herald.eval.Tasks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code herald eval TASK --data PATH} and {@code herald eval --all}. */
@Command(name = "eval", mixinStandardHelpOptions = true,
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

    @Option(names = "--limit", paramLabel = "N", description = "score only the first N records of each set")
    int limit;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Report> reports = new ArrayList<>();
        EvalContext ctx = new EvalContext(System.err, limit);
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

    private static Report run(EvalTask t, Dataset ds, EvalContext ctx, PrintWriter out) throws IOException {
        long t0 = System.nanoTime();
        Report r = t.run(ds, ctx);
        out.printf("%s %s (%d items, %.1f s)%n", r.task(), r.dataset(), r.items(), (System.nanoTime() - t0) / 1e9);
        for (Map.Entry<String, Double> m : r.metrics().entrySet()) {
            out.printf("  %-28s %.4f%n", m.getKey(), m.getValue());
        }
        for (String n : r.notes()) {
            out.println("  note: " + n);
        }
        out.flush();
        return r;
    }
}

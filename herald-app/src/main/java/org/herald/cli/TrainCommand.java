package org.herald.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.herald.eval.EventTypeExamples;
import org.herald.events.EventTypes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code herald train event-types [--out FILE]}: trains the event-type model (docs/events.md). */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Trains Herald's learned models.",
        subcommands = {TrainCommand.EventTypesCommand.class})
final class TrainCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "event-types", mixinStandardHelpOptions = true,
            description = {"Trains the event-type model on the CAMEO code book's names and descriptions, Herald's own "
                    + "sentences and the tune halves of the gold sets, and writes its weights.",
                    "The same inputs always give the same file."})
    static final class EventTypesCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--out", paramLabel = "FILE", description = "where to write the weights (default: ${DEFAULT-VALUE})")
        Path out = Path.of("herald-core", "src", "main", "resources", "org", "herald", "events", "type-model.tsv");

        @Option(names = "--reference", paramLabel = "DIR", description = "the code books (default: ${DEFAULT-VALUE})")
        Path reference = Path.of("..", "shared", "reference");

        @Option(names = "--data", paramLabel = "DIR", description = "the gold sets, of which only tune halves are read (default: ${DEFAULT-VALUE})")
        Path data = Path.of("..", "shared", "data");

        @Option(names = "--articles", paramLabel = "FILE", description = "the team's article gold (default: ${DEFAULT-VALUE})")
        Path articles = Path.of("herald-core", "src", "test", "resources", "org", "herald", "events", "gold", "news-articles", "dev.jsonl");

        @Override
        public Integer call() throws IOException {
            PrintWriter o = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            for (Path p : List.of(reference, data)) {
                if (!Files.isDirectory(p)) {
                    err.println("herald train event-types: " + p + ": no such folder");
                    return 2;
                }
            }
            if (!Files.isRegularFile(articles)) {
                err.println("herald train event-types: " + articles + ": no such file");
                return 2;
            }
            Map<String, List<EventTypes.Example>> sources = new LinkedHashMap<>();
            sources.put("code book (names and descriptions)", EventTypes.codeBook(reference));
            sources.put("own sentences (type-sentences.txt)", EventTypes.ownSentences());
            sources.put("plover-gsr-cameo, tune part (marked triggers)", EventTypeExamples.ploverTune(data));
            sources.put("article gold, tune part (triggers; other types as NONE)", EventTypeExamples.articleTune(articles, data));
            List<EventTypes.Example> all = new ArrayList<>();
            for (Map.Entry<String, List<EventTypes.Example>> e : sources.entrySet()) {
                o.printf("%-58s %5d examples%n", e.getKey(), e.getValue().size());
                all.addAll(e.getValue());
            }
            o.flush();
            long t0 = System.nanoTime();
            EventTypes.Training t = EventTypes.train(all);
            t.report().forEach(o::println);
            List<String> comments = new ArrayList<>(List.of(
                    "Herald's event-type model: a softmax over the all-MiniLM-L6-v2 embedding of a trigger's window.",
                    "Written by `herald train event-types` (docs/events.md, \"The event-type model\"); do not edit.",
                    "Trained on:"));
            for (Map.Entry<String, List<EventTypes.Example>> e : sources.entrySet()) {
                comments.add("  " + e.getKey() + ": " + e.getValue().size() + " examples");
            }
            comments.addAll(t.report());
            if (out.getParent() != null) {
                Files.createDirectories(out.getParent());
            }
            try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                t.write(w, comments);
            }
            o.printf("wrote %s (%.1f s)%n", out, (System.nanoTime() - t0) / 1e9);
            o.flush();
            return 0;
        }
    }
}

package org.herald.events;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.herald.events.internal.CameoTable;
import org.herald.events.internal.types.CodeBook;
import org.herald.events.internal.types.Encoder;
import org.herald.events.internal.types.Softmax;
import org.herald.events.internal.types.Trainer;
import org.herald.events.internal.types.TypeModel;
import org.herald.events.internal.types.TypeSentences;

/**
 * The event-type model's training and cost, for the command line ({@code herald train
 * event-types}) and the benchmark. The model itself is used by {@link EventCoder}; see
 * docs/events.md, "The event-type model".
 */
public final class EventTypes {

    /** The label of words that are no political event. */
    public static final String NONE = TypeModel.NONE;
    /** The veto's threshold of P(NONE) chosen on the tune parts (docs/events.md, "The event-type model"). */
    public static final double VETO_TUNED = 0.5;
    /** Words either side of the trigger that the model reads. */
    public static final int WINDOW = 8;

    private EventTypes() {
    }

    /**
     * A training example: a sentence, the span {@code [start, end)} of its trigger in it, its label
     * (a PLOVER type, {@code STATEMENT} for CAMEO's untyped public statements, or {@link #NONE}),
     * and where it came from (file and line, or gold case id).
     */
    public record Example(String sentence, int start, int end, String label, String origin) {

        public Example {
            if (start < 0 || end < start || end > sentence.length()) {
                throw new IllegalArgumentException(origin + ": trigger [" + start + ", " + end + ") outside the sentence");
            }
        }

        /** The words the model reads. */
        public String window(int words) {
            return org.herald.events.internal.types.Window.around(sentence, start, end, words);
        }
    }

    /** What training gave: the model, ready to write, and what it measured. */
    public static final class Training {
        private final TypeModel model;
        private final List<String> report;

        private Training(TypeModel model, List<String> report) {
            this.model = model;
            this.report = List.copyOf(report);
        }

        public List<String> report() {
            return report;
        }

        /** Writes the model; the same examples always give the same bytes. */
        public void write(Writer out, List<String> comments) throws IOException {
            model.write(out, comments);
        }
    }

    /** The sentences Herald's team wrote ({@code type-sentences.txt}). */
    public static List<Example> ownSentences() {
        return TypeSentences.standard(CameoTable.standard());
    }

    /** The code book's names and descriptions (not its example sentences: see {@code CodeBook}). */
    public static List<Example> codeBook(Path reference) throws IOException {
        Path csv = reference.resolve("cameo-codes.csv");
        if (!Files.isRegularFile(csv)) {
            throw new IOException(csv + ": the CAMEO code book is not there");
        }
        return CodeBook.read(csv, CameoTable.standard());
    }

    /** The label of a CAMEO code (its PLOVER type, or STATEMENT). */
    public static String label(String cameoCode) {
        return TypeSentences.label(CameoTable.standard(), cameoCode);
    }

    /** Whether a label is one the model knows (a PLOVER type of the CAMEO table, STATEMENT or NONE). */
    public static boolean isLabel(String label) {
        if (label.equals(NONE) || label.equals(TypeModel.STATEMENT)) {
            return true;
        }
        return CameoTable.standard().all().values().stream()
                .anyMatch(c -> c.plover() != null && label.equals(c.plover().type()));
    }

    /** Trains a model on the examples with the all-MiniLM-L6-v2 embeddings of their windows. */
    public static Training train(List<Example> examples) {
        Trainer.Result r = Trainer.train(new ArrayList<>(examples), WINDOW, Softmax.Settings.DEFAULTS, text -> Encoder.shared().embed(text));
        return new Training(r.model(), r.report());
    }

    /** Loads the embedding model and the trained weights now (a benchmark times it); returns the seconds it took. */
    public static double load() {
        long t0 = System.nanoTime();
        Encoder.shared();
        TypeModel.standard();
        return (System.nanoTime() - t0) / 1e9;
    }

    /** What embedding windows has cost in this JVM so far (zero when the model was never loaded). */
    public static Cost cost() {
        return Encoder.loaded() ? Encoder.shared().cost() : new Cost(0, 0);
    }

    /** Windows embedded and the time that took. */
    public record Cost(long windows, long nanos) {
        public Cost since(Cost before) {
            return new Cost(windows - before.windows, nanos - before.nanos);
        }
    }
}

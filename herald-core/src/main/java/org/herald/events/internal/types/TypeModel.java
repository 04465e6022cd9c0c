package org.herald.events.internal.types;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.herald.events.internal.ResourceError;
import org.herald.model.Once;

/**
 * The trained event-type model: how wide a window it reads, and the softmax over its embedding
 * that says which PLOVER type (or {@link #STATEMENT}, or {@link #NONE}) the window's trigger is.
 *
 * <p>File format ({@code type-model.tsv}, written by {@code herald train event-types}):
 * {@code #} comment lines, then {@code window N}, {@code dimension D}, {@code labels L1 L2 ...},
 * then one line per label: the label, its bias and its D weights, separated by tabs.
 */
public final class TypeModel {

    /** The label of words that are no political event. */
    public static final String NONE = "NONE";
    /** The label of a public statement (CAMEO 01), which PLOVER gives no type. */
    public static final String STATEMENT = "STATEMENT";

    public static final String RESOURCE = "type-model.tsv";

    private static final Once<TypeModel> STANDARD = Once.of(() -> {
        InputStream in = TypeModel.class.getResourceAsStream("/org/herald/events/" + RESOURCE);
        if (in == null) {
            throw new ResourceError("events resource " + RESOURCE + " is missing from the class path");
        }
        return read(RESOURCE, new InputStreamReader(in, StandardCharsets.UTF_8));
    });

    private final int window;
    private final Softmax softmax;

    public TypeModel(int window, Softmax softmax) {
        this.window = window;
        this.softmax = softmax;
    }

    /** Herald's own model, read once per JVM from the class path. */
    public static TypeModel standard() {
        return STANDARD.get();
    }

    public int window() {
        return window;
    }

    public List<String> labels() {
        return softmax.labels();
    }

    /** The probability of each label for an embedded window, in the order of {@link #labels()}. */
    public double[] probabilities(float[] embedding) {
        return softmax.probabilities(embedding);
    }

    public static TypeModel read(String file, Reader reader) {
        int window = -1;
        int dimension = -1;
        List<String> labels = null;
        List<double[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(reader)) {
            String s;
            int n = 0;
            while ((s = r.readLine()) != null) {
                n++;
                if (s.isBlank() || s.startsWith("#")) {
                    continue;
                }
                String[] f = s.split("\t");
                switch (f[0]) {
                    case "window" -> window = number(file, n, f);
                    case "dimension" -> dimension = number(file, n, f);
                    case "labels" -> {
                        labels = List.of(f).subList(1, f.length);
                        if (labels.isEmpty() || labels.stream().distinct().count() != labels.size()) {
                            throw new ResourceError(file, n, "labels must be given once each");
                        }
                    }
                    default -> {
                        if (labels == null || dimension < 1) {
                            throw new ResourceError(file, n, "a weight row before the dimension and labels lines");
                        }
                        if (rows.size() >= labels.size() || !f[0].equals(labels.get(rows.size()))) {
                            throw new ResourceError(file, n, "expected the row of label "
                                    + (rows.size() < labels.size() ? labels.get(rows.size()) : "(none: all rows read)") + ", got '" + f[0] + "'");
                        }
                        if (f.length != dimension + 2) {
                            throw new ResourceError(file, n, "expected a bias and " + dimension + " weights, got " + (f.length - 1) + " numbers");
                        }
                        double[] row = new double[dimension + 1];
                        for (int k = 0; k < dimension; k++) {
                            row[k] = weight(file, n, f[k + 2]);
                        }
                        row[dimension] = weight(file, n, f[1]);
                        rows.add(row);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read", e);
        }
        if (window < 0 || labels == null || rows.size() != labels.size()) {
            throw new ResourceError(file + ": incomplete model (needs window, dimension, labels and one row per label)");
        }
        if (!labels.contains(NONE)) {
            throw new ResourceError(file + ": the labels have no " + NONE);
        }
        return new TypeModel(window, new Softmax(labels, rows.toArray(new double[0][])));
    }

    private static int number(String file, int line, String[] f) {
        try {
            if (f.length == 2 && Integer.parseInt(f[1]) >= 0) {
                return Integer.parseInt(f[1]);
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new ResourceError(file, line, "expected '" + f[0] + "' and a whole number");
    }

    private static double weight(String file, int line, String s) {
        try {
            double v = Double.parseDouble(s);
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new ResourceError(file, line, "'" + s + "' is not a number");
    }

    /** Writes the model in the format {@link #read} reads; the same model always gives the same bytes. */
    public void write(Writer out, List<String> comments) throws IOException {
        for (String c : comments) {
            out.write("# " + c + "\n");
        }
        int d = softmax.dimension();
        out.write("window\t" + window + "\n");
        out.write("dimension\t" + d + "\n");
        out.write("labels\t" + String.join("\t", softmax.labels()) + "\n");
        double[][] w = softmax.weights();
        for (int c = 0; c < w.length; c++) {
            StringBuilder sb = new StringBuilder(softmax.labels().get(c));
            sb.append('\t').append(format(w[c][d]));
            for (int k = 0; k < d; k++) {
                sb.append('\t').append(format(w[c][k]));
            }
            out.write(sb.append('\n').toString());
        }
        out.flush();
    }

    private static String format(double v) {
        String s = String.format(Locale.ROOT, "%.4f", v);
        return s.equals("-0.0000") ? "0.0000" : s;
    }
}

package org.herald.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The lowest scores CI accepts, from a tab-separated file: {@code task dataset metric floor}, one
 * a line, {@code #} for comments. Raise a floor when Herald gets better; never lower one silently.
 */
public record Floors(List<Floor> floors) {

    public record Floor(String task, String dataset, String metric, double value, int line) {
    }

    /** A floor that a report did not reach, or that no report covered. */
    public record Miss(Floor floor, Double actual) {
        @Override
        public String toString() {
            return floor.task() + " " + floor.dataset() + " " + floor.metric() + ": "
                    + (actual == null ? "not measured" : String.format("%.4f", actual)) + " < floor "
                    + floor.value() + " (floors line " + floor.line() + ")";
        }
    }

    public static Floors load(Path file) throws IOException {
        List<Floor> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\s+");
            if (f.length != 4) {
                throw new IOException(file + ": line " + (i + 1) + ": expected 'task dataset metric floor', got '" + line + "'");
            }
            try {
                out.add(new Floor(f[0], f[1], f[2], Double.parseDouble(f[3]), i + 1));
            } catch (NumberFormatException e) {
                throw new IOException(file + ": line " + (i + 1) + ": floor '" + f[3] + "' is not a number");
            }
        }
        return new Floors(out);
    }

    /** The floors that the reports fall below (or do not measure at all). */
    public List<Miss> check(List<Report> reports) {
        List<Miss> misses = new ArrayList<>();
        for (Floor f : floors) {
            Double actual = null;
            for (Report r : reports) {
                if (r.task().equals(f.task()) && r.dataset().equals(f.dataset())) {
                    actual = r.metrics().get(f.metric());
                }
            }
            if (actual == null || actual < f.value() - 1e-9) {
                misses.add(new Miss(f, actual));
            }
        }
        return misses;
    }
}

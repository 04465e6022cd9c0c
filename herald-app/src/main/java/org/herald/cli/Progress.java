package org.herald.cli;

import java.io.PrintWriter;
import java.time.Duration;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * How a long command shows that it is getting on: on a terminal, a progress bar on standard error
 * (done / total when the total is known, the rate, the time left); elsewhere (a log, a pipe, a
 * test) one line every {@code every} items, so a log stays readable.
 */
final class Progress implements AutoCloseable {

    private final String task;
    private final String unit;
    private final PrintWriter err;
    private final ProgressBar bar;
    private final long every;
    private final long started = System.nanoTime();
    private long done;
    private final long total;

    private Progress(String task, String unit, long total, PrintWriter err, boolean terminal, long every) {
        this.task = task;
        this.unit = unit;
        this.err = err;
        this.every = every;
        this.total = total;
        this.bar = terminal ? new ProgressBarBuilder().setTaskName(task).setInitialMax(total < 0 ? -1 : total)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500).setUnit(" " + unit, 1).showSpeed()
                .build() : null;
    }

    /** Whether standard error is a terminal a bar can be drawn on (not a pipe, a file or a test). */
    static boolean terminal() {
        return System.console() != null && System.getenv("TERM") != null && !"dumb".equals(System.getenv("TERM"));
    }

    /** Progress over {@code total} items (negative: not known). */
    static Progress of(String task, String unit, long total, PrintWriter err, long every) {
        return new Progress(task, unit, total, err, terminal(), every);
    }

    /** A line while something slow loads: on a terminal and in a log alike. */
    static void loading(PrintWriter err, String what) {
        err.println(what);
        err.flush();
    }

    /** Whether this progress draws a bar (then per-item lines would break it). */
    boolean drawsBar() {
        return bar != null;
    }

    /** One more item done; {@code note} is shown beside the bar. */
    void step(String note) {
        done++;
        if (bar != null) {
            bar.step();
            if (note != null) {
                bar.setExtraMessage(note.length() > 40 ? note.substring(0, 39) + "…" : note);
            }
        } else if (every > 0 && done % every == 0) {
            line();
        }
    }

    private void line() {
        double s = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
        String left = "";
        if (total > 0 && done < total) {
            left = ", about " + human(Duration.ofSeconds((long) ((total - done) * s / done))) + " left";
        }
        err.printf("%s: %d%s %s, %.1f %s/s%s%n", task, done, total > 0 ? " of " + total : "", unit, done / s, unit, left);
        err.flush();
    }

    private static String human(Duration d) {
        long s = d.toSeconds();
        return s < 120 ? s + " s" : s < 7200 ? (s / 60) + " min" : (s / 3600) + " h " + (s % 3600 / 60) + " min";
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}

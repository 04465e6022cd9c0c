package org.herald.fuzz;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.herald.fuzz.internal.Mutator;
import org.herald.fuzz.internal.Watchdog;
import org.herald.fuzz.internal.Watchdog.Verdict;

/**
 * A fuzz campaign over one reader of untrusted input: feeds it documents made by mutating good
 * ones, each under a time and a memory watchdog, and keeps every document that crashes the reader,
 * hangs it past the limit or blows its memory in the reader's crashers folder, where the
 * regression tests read it. Document {@code i} of a campaign with seed {@code s} is always the
 * same, so a finding is replayed with {@code --seed s --from i --documents 1}.
 *
 * <p>What counts as a finding is the target's to say: its check throws when the reader did not
 * end in a value or a problem, or when the value breaks an invariant ({@link Violation}).
 */
public final class Fuzzer {

    /** The shape of a reader's input, for mutations that know where its structure is. */
    public enum Dialect { MARKUP, JSON, LINES, TEXT }

    /** A reader's work on one document: returns when the reader behaved, throws when it did not. */
    @FunctionalInterface
    public interface Check {
        void check(byte[] document) throws Exception;
    }

    /** What a mutated document goes through before the reader sees it (compression, framing). */
    @FunctionalInterface
    public interface Encoding {
        Encoding NONE = (d, r) -> d;

        byte[] encode(byte[] document, SplittableRandom random);
    }

    /**
     * One reader under test.
     *
     * @param name the reader's name on the command line and its crashers folder's name
     * @param extension the file name ending of its saved crashers (".html", ".warc.gz")
     * @param seeds good documents, written for Herald, that mutations start from
     */
    public record Target(String name, String extension, Dialect dialect, List<byte[]> seeds, Encoding encoding,
                         Check check) {
    }

    /** A reader's output that breaks a rule of its contract (a span outside the text, a lone surrogate). */
    public static final class Violation extends RuntimeException {
        public Violation(String message) {
            super(message);
        }
    }

    /**
     * @param time the longest one document may take
     * @param memory the most bytes one document may allocate over its life
     * @param maxLength mutated documents are cut to this many bytes
     */
    public record Limits(Duration time, long memory, int maxLength) {
        public static final Limits DEFAULT = new Limits(Duration.ofSeconds(10), 1L << 30, 64 * 1024);
    }

    /** A document kept: crash, hang or memory, why, and where it was saved. */
    public record Finding(long index, String kind, String what, Path file) {
    }

    /** What a campaign did. */
    public record Report(String target, long seed, long from, long documents, long passed, int crashes, int hangs,
                         int blowups, List<Finding> findings, long slowestNanos, long slowestIndex, long mostAllocated, long nanos,
                         boolean stopped) {
        public int findingCount() {
            return crashes + hangs + blowups;
        }
    }

    /** At most this many files are kept for one crash signature, so one bug does not fill the folder. */
    private static final int KEEP_PER_SIGNATURE = 2;
    private static final int KEEP_UNSIGNED = 10;

    private final Limits limits;

    public Fuzzer(Limits limits) {
        this.limits = limits;
    }

    /**
     * Runs documents {@code from .. from + documents - 1} of the campaign with this seed. Findings
     * go to {@code crashers/<target>/}; the saved crashers there join the seeds.
     */
    public Report run(Target target, long documents, long seed, long from, Path crashers, PrintWriter log)
            throws IOException, InterruptedException {
        Path folder = crashers.resolve(target.name());
        List<byte[]> seeds = new ArrayList<>(target.seeds());
        if (target.encoding() == Encoding.NONE) {
            seeds.addAll(saved(folder)); // an encoded crasher would be encoded twice
        }
        Mutator mutator = new Mutator(seeds, target.dialect(), limits.maxLength());
        Map<String, Integer> kept = new HashMap<>();
        List<Finding> findings = new ArrayList<>();
        long passed = 0;
        int crashes = 0;
        int hangs = 0;
        int blowups = 0;
        long slowest = 0;
        long slowestIndex = -1;
        long most = 0;
        boolean stopped = false;
        long t0 = System.nanoTime();
        long lastLog = t0;
        // the seeds first, untimed: the first documents load classes and compile code, which on a
        // busy machine can pass the time limit though no document is at fault
        for (byte[] seed0 : target.seeds()) {
            String wrong = new Fuzzer(new Limits(limits.time().multipliedBy(10), limits.memory(), limits.maxLength()))
                    .replay(target, target.encoding().encode(seed0, new SplittableRandom(seed)));
            if (wrong != null) {
                log.printf("fuzz %s: a seed is refused: %s%n", target.name(), wrong);
            }
        }
        try (Watchdog dog = new Watchdog(limits.time(), limits.memory())) {
            for (long i = from; i < from + documents; i++) {
                SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
                byte[] doc = target.encoding().encode(mutator.next(r), r);
                Verdict v = dog.run(() -> target.check().check(doc));
                String kind = null;
                String what = null;
                String signature = null;
                if (v instanceof Verdict.Passed p) {
                    passed++;
                    if (p.nanos() > slowest) {
                        slowest = p.nanos();
                        slowestIndex = i;
                    }
                    most = Math.max(most, p.allocated());
                } else if (v instanceof Verdict.Crashed c) {
                    crashes++;
                    kind = "crash";
                    what = describe(c.error());
                    signature = signature(c.error());
                } else if (v instanceof Verdict.Hung h) {
                    hangs++;
                    kind = "hang";
                    what = "still running after " + h.limit().toMillis() + " ms";
                } else if (v instanceof Verdict.Blew b) {
                    blowups++;
                    kind = "memory";
                    what = b.outOfMemory() ? "ran the heap out" : "allocated over " + limits.memory() + " bytes";
                }
                if (kind != null) {
                    String key = signature == null ? kind : signature;
                    int n = kept.merge(key, 1, Integer::sum);
                    Path file = null;
                    if (n <= (signature == null ? KEEP_UNSIGNED : KEEP_PER_SIGNATURE)) {
                        file = save(folder, kind, target.extension(), doc);
                    }
                    findings.add(new Finding(i, kind, what, file));
                    log.printf(Locale.ROOT, "fuzz %s: document %d: %s: %s%s%n", target.name(), i, kind, what,
                            file == null ? " (same as one kept)" : " -> " + file);
                    log.flush();
                    if (dog.stuck() > 2) {
                        log.printf("fuzz %s: three workers are stuck in hangs; stopping (resume with --from %d)%n",
                                target.name(), i + 1);
                        stopped = true;
                        documents = i + 1 - from;
                        break;
                    }
                }
                long now = System.nanoTime();
                if (now - lastLog > 30_000_000_000L) {
                    lastLog = now;
                    log.printf(Locale.ROOT, "fuzz %s: %d documents, %d findings, %.0f documents/s%n", target.name(),
                            i + 1 - from, crashes + hangs + blowups, (i + 1 - from) / ((now - t0) / 1e9));
                    log.flush();
                }
            }
        }
        return new Report(target.name(), seed, from, documents, passed, crashes, hangs, blowups, findings, slowest,
                slowestIndex, most, System.nanoTime() - t0, stopped);
    }

    /** Runs one document under the watchdog: null when the reader behaved, else what went wrong. */
    public String replay(Target target, byte[] document) throws InterruptedException {
        try (Watchdog dog = new Watchdog(limits.time(), limits.memory())) {
            Verdict v = dog.run(() -> target.check().check(document));
            if (v instanceof Verdict.Crashed c) {
                return "crash: " + describe(c.error());
            }
            if (v instanceof Verdict.Hung h) {
                return "hang: still running after " + h.limit().toMillis() + " ms";
            }
            if (v instanceof Verdict.Blew b) {
                return "memory: " + (b.outOfMemory() ? "ran the heap out"
                        : "allocated " + b.allocated() + " bytes, over " + limits.memory());
            }
            return null;
        }
    }

    /** The files saved in a crashers folder, as documents (the README is not one). */
    public static List<byte[]> saved(Path folder) throws IOException {
        List<byte[]> out = new ArrayList<>();
        for (Path p : files(folder)) {
            out.add(Files.readAllBytes(p));
        }
        return out;
    }

    /** The crasher files of a folder, in name order; none when there is no folder. */
    public static List<Path> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().equals("README.md") && !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
    }

    private static Path save(Path folder, String kind, String extension, byte[] doc) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(kind + "-" + sha(doc) + extension);
        if (!Files.exists(file)) {
            Files.write(file, doc);
        }
        return file;
    }

    private static String sha(byte[] doc) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(doc)).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The exception and where in Herald it was thrown. */
    private static String describe(Throwable e) {
        StackTraceElement at = where(e);
        String msg = e.getMessage() == null ? "" : ": " + firstLine(e.getMessage());
        return e.getClass().getName() + msg + (at == null ? "" : " at " + at);
    }

    /**
     * Crashes with the same exception type thrown at the same place are one bug; violations of
     * one rule are told apart by their message without its numbers.
     */
    private static String signature(Throwable e) {
        if (e instanceof StackOverflowError) {
            return "stack overflow"; // its frames are the recursion's, a different cut each time
        }
        if (e instanceof Violation) {
            return "violation: " + String.valueOf(e.getMessage()).replaceAll("\\d+", "N").replaceAll("(?s)(.{0,60}).*", "$1");
        }
        StackTraceElement at = where(e);
        return e.getClass().getName() + "@" + (at == null ? "?" : at.getClassName() + "." + at.getMethodName()
                + ":" + at.getLineNumber());
    }

    private static StackTraceElement where(Throwable e) {
        for (StackTraceElement s : e.getStackTrace()) {
            if (s.getClassName().startsWith("org.herald.") && !s.getClassName().startsWith("org.herald.fuzz.")) {
                return s;
            }
        }
        StackTraceElement[] st = e.getStackTrace();
        return st.length == 0 ? null : st[0];
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }
}

package org.herald.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a Java main in a child process whose working folder sits on a filesystem the test
 * controls: a small tmpfs in a private mount namespace where the system lets a test mount one
 * (root, or a user namespace), else the same folder with a per-file size limit ({@code ulimit -f}).
 * Either way the child's writes fail for want of room past the size, as on a full disk. On a tmpfs
 * the disk can also fill while the child runs: once it prints a given line, a ballast file takes
 * the rest of the room (and is removed after, as a user would make room). For read-only runs the
 * tmpfs is remounted read-only, or, without one, the files lose their write bits. What the child
 * left is copied back to the folder, so the test can open it afterwards.
 */
public final class Confined {

    /** What the child printed and how it ended. */
    public record Result(int exit, String out, String how) {
    }

    private static Boolean canMount;

    private Confined() {
    }

    /** Whether this system lets a test mount a tmpfs in a private mount namespace. */
    public static synchronized boolean canMount() {
        if (canMount == null) {
            try {
                Process p = new ProcessBuilder("unshare", "-m", "--propagation", "private", "sh", "-c",
                        "d=$(mktemp -d) && mount -t tmpfs -o size=1m tmpfs \"$d\" && umount \"$d\"; s=$?; rmdir \"$d\"; exit $s")
                        .redirectErrorStream(true).start();
                canMount = p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
            } catch (IOException e) {
                canMount = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                canMount = false;
            }
        }
        return canMount;
    }

    /** Whether the test runs as root, for whom write bits do not stop a write. */
    public static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    /**
     * Runs {@code java -cp <this JVM's class path> main args} in {@code dir}, with room for
     * {@code bytes} there (0: room enough), read-only when asked.
     */
    public static Result run(Path dir, long bytes, boolean readOnly, String main, List<String> args) throws IOException, InterruptedException {
        return run(dir, bytes, readOnly, null, main, args);
    }

    /**
     * As {@link #run(Path, long, boolean, String, List)}; on a tmpfs the disk fills once the child
     * prints a line starting with {@code fillAfter} (without a tmpfs, {@code bytes} is the size limit).
     */
    public static Result run(Path dir, long bytes, boolean readOnly, String fillAfter, String main, List<String> args)
            throws IOException, InterruptedException {
        List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2500m", "-Xss4m", "-cp", System.getProperty("java.class.path"), main));
        java.addAll(args);
        String javaLine = String.join(" ", java.stream().map(Confined::quote).toList());
        String d = quote(dir.toAbsolutePath().toString());
        List<String> cmd;
        String how;
        if (canMount()) {
            Path keep = Files.createTempDirectory("confined-keep");
            String size = bytes > 0 ? String.valueOf(bytes) : "1g";
            String script = "set -e\n"
                    + "cp -a " + d + "/. " + quote(keep.toString()) + "/\n"
                    + "mount -t tmpfs -o size=" + size + " tmpfs " + d + "\n"
                    + "cp -a " + quote(keep.toString()) + "/. " + d + "/\n"
                    + (readOnly ? "mount -o remount,ro " + d + "\n" : "")
                    + "set +e\n" + (fillAfter == null ? javaLine + "\nstatus=$?\n" : fill(javaLine, keep, d, fillAfter)) + "set -e\n"
                    // what the child left, back onto the real disk for the test to open
                    + "rm -rf " + quote(keep.toString()) + "/* " + quote(keep.toString()) + "/.[!.]* 2>/dev/null || true\n"
                    + "cp -a " + d + "/. " + quote(keep.toString()) + "/\n"
                    + "umount " + d + "\n"
                    + "rm -rf " + d + "/* 2>/dev/null || true\n"
                    + "cp -a " + quote(keep.toString()) + "/. " + d + "/\n"
                    + "rm -rf " + quote(keep.toString()) + "\n"
                    + "exit $status\n";
            cmd = List.of("unshare", "-m", "--propagation", "private", "sh", "-c", script);
            how = "a tmpfs of " + size + " bytes" + (readOnly ? ", read-only" : "");
        } else {
            String script = (bytes > 0 ? "ulimit -f " + Math.max(1, bytes / 1024) + "\n" : "")
                    + (readOnly ? "chmod -R a-w " + d + "\n" : "")
                    + javaLine + "\nstatus=$?\n"
                    + (readOnly ? "chmod -R u+w " + d + "\n" : "")
                    + "exit $status\n";
            cmd = List.of("sh", "-c", script);
            how = (bytes > 0 ? "a per-file size limit of " + bytes + " bytes" : "") + (readOnly ? "no write bits" : "");
        }
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("the confined child did not end");
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), how);
    }

    /** The child in the background; once its output has the line, a ballast file takes what room is left. */
    private static String fill(String javaLine, Path keep, String d, String fillAfter) {
        String log = quote(keep.resolve(".child.log").toString());
        return javaLine + " > " + log + " 2>&1 &\n"
                + "pid=$!\n"
                + "while kill -0 $pid 2>/dev/null; do\n"
                + "  if grep -q " + quote("^" + fillAfter) + " " + log + "; then cat /dev/zero > " + d + "/.ballast 2>/dev/null; break; fi\n"
                + "  sleep 0.1\n"
                + "done\n"
                + "wait $pid\nstatus=$?\n"
                + "cat " + log + "\nrm -f " + log + " " + d + "/.ballast\n";
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}

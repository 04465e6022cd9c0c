package org.herald.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;

/**
 * A fault of the store itself, not of the article being written: the disk is full, the file is
 * read-only, the file is damaged, or a write failed inside DuckDB. After one, the store takes no
 * more writes (DuckDB's transaction state after a failed write cannot be trusted: a later append
 * could commit on its own, half an article); what was stored before stays stored. The message
 * names the file, says what is wrong and what to do.
 */
public final class StoreFault extends SQLException {

    /** What is wrong with the store. */
    public enum Kind { DISK_FULL, READ_ONLY, DAMAGED, WRITE_FAILED }

    /** Below this much free space a failed write is taken for a full disk. */
    private static final long NEARLY_FULL = 1 << 20;

    private final Kind kind;

    StoreFault(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** Why a write to the store failed. */
    static StoreFault ofWrite(Path file, Throwable cause) {
        if (cause instanceof StoreFault f) {
            return f;
        }
        String m = messages(cause);
        String kept = "; what was stored before is kept";
        if (diskFull(file, m)) {
            return new StoreFault(Kind.DISK_FULL, "the store " + file + " cannot be written: the disk holding it is full ("
                    + free(file) + " free)" + kept + "; make room and run again to go on", cause);
        }
        if (readOnly(file, m)) {
            return new StoreFault(Kind.READ_ONLY, "the store " + file + " cannot be written: it is read-only" + kept, cause);
        }
        return new StoreFault(Kind.WRITE_FAILED, "the store " + file + " failed to write (" + firstLine(cause)
                + "); it takes no more writes" + kept, cause);
    }

    /** Whether a failed write was the article's fault, a constraint the database holds it to, and not the store's. */
    static boolean isArticles(Throwable e) {
        String m = messages(e);
        return e instanceof RuntimeException || m.contains("constraint");
    }

    /** Why the store could not be opened: read-only, damaged (when the file was there), or a full disk. */
    static StoreFault ofOpen(Path file, boolean existed, Throwable cause) {
        String m = messages(cause);
        if (readOnly(file, m)) {
            return new StoreFault(Kind.READ_ONLY, "the store " + file + " cannot be opened for writing: it is read-only ("
                    + firstLine(cause) + "); give a --db where Herald may write", cause);
        }
        if (diskFull(file, m)) {
            return new StoreFault(Kind.DISK_FULL, "the store " + file + " cannot be opened: the disk holding it is full ("
                    + free(file) + " free); make room and run again", cause);
        }
        if (existed) {
            return new StoreFault(Kind.DAMAGED, "the store " + file + " cannot be read: it is damaged, perhaps by a write "
                    + "cut short (" + firstLine(cause) + "); it is left as it is: restore a copy, or give another --db", cause);
        }
        return new StoreFault(Kind.WRITE_FAILED, "the store " + file + " cannot be made: " + firstLine(cause), cause);
    }

    private static boolean diskFull(Path file, String m) {
        return m.contains("no space left") || m.contains("file too large") || m.contains("disk quota")
                || usable(file) < NEARLY_FULL;
    }

    private static boolean readOnly(Path file, String m) {
        return m.contains("read-only file system") || m.contains("permission denied")
                || Files.exists(file) && !Files.isWritable(file);
    }

    private static long usable(Path file) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            return Files.getFileStore(Files.exists(file) ? file : dir).getUsableSpace();
        } catch (IOException | RuntimeException e) {
            return Long.MAX_VALUE; // cannot tell: do not call it full
        }
    }

    private static String free(Path file) {
        long b = usable(file);
        return b < 1024 ? b + " bytes" : b < 1 << 20 ? (b >> 10) + " KB" : (b >> 20) + " MB";
    }

    /** Every message in the cause chain, lower case: DuckDB's own error often sits under a vaguer one. */
    private static String messages(Throwable e) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            b.append(t.getMessage()).append('\n');
            for (Throwable s : t.getSuppressed()) {
                b.append(s.getMessage()).append('\n');
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}

package org.herald.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * How a store reaches its DuckDB file. DuckDB lets one process write a file, or several read it,
 * never both: a process that has the file open read-write keeps every other process out, even
 * readers. So a {@linkplain Store#shared shared} store holds the file only while it works: it
 * opens it on first use, lets go after {@link #IDLE_MS} without use or {@link #LEASE_MS} of use,
 * and then waits {@link #GAP_MS} before it opens it again, so another process's reader or writer
 * gets its turn. Whoever finds the file taken waits for it, up to {@link #PATIENCE_MS}.
 */
final class StoreFile {

    /** The longest a shared store keeps the file while it is being used. */
    static final long LEASE_MS = 500;
    /** A shared store lets go of the file after this long without use. */
    static final long IDLE_MS = 100;
    /** After letting go, the file is left to others at least this long. */
    static final long GAP_MS = 100;
    /** How long an open waits while another process holds the file. */
    static final long PATIENCE_MS = 120_000;
    /** How often a waiting open tries again: well under the gap, so a waiting reader gets in. */
    private static final long RETRY_MS = 20;

    private StoreFile() {
    }

    /**
     * A connection to the file, read-write (creating the file and its tables if needed) or
     * read-only; while another process holds the file, tries again until {@link #PATIENCE_MS}.
     */
    static Connection connect(Path file, boolean writable, boolean schema) throws SQLException {
        Path abs = file.toAbsolutePath();
        if (writable && abs.getParent() != null) {
            abs.getParent().toFile().mkdirs();
        }
        Properties props = new Properties();
        if (!writable) {
            props.setProperty("duckdb.read_only", "true");
        }
        long deadline = System.currentTimeMillis() + PATIENCE_MS;
        while (true) {
            Connection c;
            try {
                c = DriverManager.getConnection("jdbc:duckdb:" + abs, props);
            } catch (SQLException e) {
                String m = String.valueOf(e.getMessage());
                if (!(m.contains("Could not set lock") || m.contains("Conflicting lock"))) {
                    throw m.contains("does not exist") ? new SQLException("no store at " + file, e) : e;
                }
                if (System.currentTimeMillis() > deadline) {
                    throw new SQLException("the store " + file + " stayed held by another process for "
                            + PATIENCE_MS / 1000 + " s (" + m.replaceAll("(?s).*Conflicting lock is held in ([^.]*).*", "$1")
                            + "); a process that keeps a store open, such as 'herald serve' before this version, keeps"
                            + " others out", e);
                }
                sleep(RETRY_MS);
                continue;
            }
            if (writable && schema) {
                try (Statement s = c.createStatement()) {
                    for (String sql : Store.schema()) {
                        s.execute(sql);
                    }
                    s.execute("INSERT INTO meta VALUES ('schema', '1') ON CONFLICT DO NOTHING");
                    // names this store to its search index, so an index left by another store is not taken for its own
                    s.execute("INSERT INTO meta VALUES ('store', CAST(uuid() AS VARCHAR)) ON CONFLICT DO NOTHING");
                } catch (SQLException e) {
                    c.close();
                    throw e;
                }
            }
            return c;
        }
    }

    private static void sleep(long ms) throws SQLException {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for the store");
        }
    }

    /** A shared store's hold on its file: when it opened it, last used it, let go of it. */
    static final class Hold implements AutoCloseable {
        private final Path file;
        private final boolean writable;
        private ScheduledExecutorService reaper;
        private boolean holding;
        private long openedAt;
        private long usedAt;
        private long releasedAt;

        Hold(Path file, boolean writable) {
            this.file = file;
            this.writable = writable;
        }

        boolean writable() {
            return writable;
        }

        /** The open connection, or a new one once the gap has passed. Called under the store's lock. */
        Connection use(Connection open, Store store) throws SQLException {
            long now = System.currentTimeMillis();
            if (open == null) {
                long wait = releasedAt + GAP_MS - now;
                if (wait > 0) {
                    sleep(wait);
                }
                open = connect(file, writable, false);
                openedAt = System.currentTimeMillis();
                holding = true;
                if (reaper == null) {
                    reaper = Executors.newSingleThreadScheduledExecutor(r -> {
                        Thread t = new Thread(r, "herald-store-release");
                        t.setDaemon(true);
                        return t;
                    });
                    reaper.scheduleWithFixedDelay(() -> reap(store), IDLE_MS / 2, IDLE_MS / 2, TimeUnit.MILLISECONDS);
                }
            }
            usedAt = System.currentTimeMillis();
            return open;
        }

        private void reap(Store store) {
            synchronized (store) {
                long now = System.currentTimeMillis();
                if (holding && (now - usedAt > IDLE_MS || now - openedAt > LEASE_MS)) {
                    try {
                        store.release();
                    } catch (SQLException | RuntimeException e) {
                        // closing a connection whose writes were all committed loses nothing
                    }
                    releasedAt = now;
                    holding = false;
                }
            }
        }

        @Override
        public void close() {
            if (reaper != null) {
                reaper.shutdownNow();
            }
        }
    }
}

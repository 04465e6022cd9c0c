package org.herald.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * What {@code herald watch} has seen, kept in the store beside what it stored, so that a watch
 * that is stopped and started again resumes: the validators of each source's last answer (for a
 * conditional GET) and every entry already taken from it (never fetched again). Each write is
 * its own small transaction.
 */
public final class WatchState {

    /** A source's validators from its last answer: either may be null. */
    public record Validators(String etag, String lastModified) {
        public static final Validators NONE = new Validators(null, null);
    }

    private final Store store;

    public WatchState(Store store) {
        this.store = store;
    }

    /** The validators the source last answered with, if it was polled before. */
    public Validators validators(String source) throws SQLException {
        return store.work(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT etag, last_modified FROM watch_sources WHERE url = ?")) {
                p.setString(1, source);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? new Validators(r.getString(1), r.getString(2)) : Validators.NONE;
                }
            }
        });
    }

    /** Records a poll: its status and, when the source answered with content, its new validators. */
    public void polled(String source, String status, Optional<Validators> changed) throws SQLException {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        store.work(c -> {
            String sql = changed.isPresent()
                    ? "INSERT INTO watch_sources VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET etag = excluded.etag,"
                      + " last_modified = excluded.last_modified, checked_at = excluded.checked_at,"
                      + " changed_at = excluded.changed_at, status = excluded.status"
                    : "INSERT INTO watch_sources VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET"
                      + " checked_at = excluded.checked_at, status = excluded.status";
            try (PreparedStatement p = c.prepareStatement(sql)) {
                p.setString(1, source);
                p.setString(2, changed.map(Validators::etag).orElse(null));
                p.setString(3, changed.map(Validators::lastModified).orElse(null));
                p.setObject(4, now);
                p.setObject(5, changed.isPresent() ? now : null);
                p.setString(6, status);
                p.executeUpdate();
            }
            return null;
        });
    }

    /** The entries of a source already taken. */
    public Set<String> seen(String source) throws SQLException {
        return store.work(c -> {
            Set<String> out = new HashSet<>();
            try (PreparedStatement p = c.prepareStatement("SELECT entry FROM watch_seen WHERE source = ?")) {
                p.setString(1, source);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(r.getString(1));
                    }
                }
            }
            return out;
        });
    }

    /** Marks an entry taken, with what became of it; marking it again changes nothing. */
    public void saw(String source, String entry, String outcome, String article) throws SQLException {
        store.work(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO watch_seen VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                p.setString(1, source);
                p.setString(2, entry);
                p.setObject(3, LocalDateTime.now(ZoneOffset.UTC));
                p.setString(4, outcome);
                p.setString(5, article);
                p.executeUpdate();
            }
            return null;
        });
    }
}

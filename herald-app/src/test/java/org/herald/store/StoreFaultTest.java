package org.herald.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store when the machine fails it: the disk fills during writes, the file is read-only, the
 * file is cut short. Each ends in a {@link StoreFault} that names the file and says what is wrong,
 * and every article the store reported stored is there, whole, afterwards.
 */
class StoreFaultTest {

    @TempDir
    Path dir;

    @Test
    void a_disk_that_fills_during_writes_stops_the_store_and_keeps_every_article_reported_stored() throws Exception {
        Path db = dir.resolve("full.duckdb");
        Confined.Result r = Confined.run(dir, 3L << 20, false, FillStore.class.getName(), List.of(db.toString(), "100000"));
        List<String> stored = r.out().lines().filter(l -> l.startsWith("stored ")).map(l -> l.substring(7)).toList();
        assertThat(stored).as(r.how() + "\n" + r.out()).isNotEmpty();
        assertThat(r.out()).as(r.how()).contains("fault DISK_FULL: the store " + db).contains("is full")
                .contains("refused again: the store " + db);
        // with room again, the store holds exactly what it said it stored, each article whole
        assertThat(wholeArticles(db)).isEqualTo(new TreeSet<>(stored));
    }

    @Test
    void a_read_only_store_is_refused_with_a_message_naming_it_and_is_left_as_it_was() throws Exception {
        assumeThat(Confined.canMount() || !Confined.root())
                .as("a read-only store needs a filesystem the test can mount read-only, or a user whom write bits stop").isTrue();
        Path db = dir.resolve("ro.duckdb");
        try (Store s = Store.open(db)) {
            s.put(Reports.report("Chile minister in Lima", "Chile sent its minister to visit Peru.", "one.example"));
        }
        byte[] before = Files.readAllBytes(db);
        Confined.Result r = Confined.run(dir, 0, true, FillStore.class.getName(), List.of(db.toString(), "3"));
        assertThat(r.out()).as(r.how()).contains("fault READ_ONLY: the store " + db).contains("read-only")
                .doesNotContain("stored ");
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }

    @Test
    void a_store_cut_short_is_refused_as_damaged_and_left_as_it_is() throws Exception {
        Path db = dir.resolve("cut.duckdb");
        try (Store s = Store.open(db)) {
            for (int i = 0; i < 30; i++) {
                s.put(Reports.report("Report " + i, "Chile sent its minister to visit Peru, report " + i + ".", "one.example"));
            }
        }
        try (FileChannel ch = FileChannel.open(db, StandardOpenOption.WRITE)) {
            ch.truncate(ch.size() / 2);
        }
        byte[] cut = Files.readAllBytes(db);
        assertThatThrownBy(() -> Store.open(db)).isInstanceOfSatisfying(StoreFault.class, f -> {
            assertThat(f.kind()).isEqualTo(StoreFault.Kind.DAMAGED);
            assertThat(f.getMessage()).contains(db.toString()).contains("damaged").contains("left as it is");
        });
        assertThat(Files.readAllBytes(db)).as("a damaged store is never replaced").isEqualTo(cut);
    }

    @Test
    void a_write_ahead_log_cut_short_loses_only_the_writes_it_cut() throws Exception {
        // a process that dies before a checkpoint leaves its last writes in the log beside the store;
        // a write cut short (the machine went down in it) must cost that write and no other
        Path db = dir.resolve("wal.duckdb");
        Store s = Store.open(db);
        for (int i = 0; i < 12; i++) {
            s.put(Reports.report("Report " + i, "Chile sent its minister to visit Peru, report " + i + ".", "one.example"));
        }
        byte[] file = Files.readAllBytes(db);
        byte[] log = Files.readAllBytes(dir.resolve("wal.duckdb.wal"));
        s.close();
        Path copy = dir.resolve("copy.duckdb");
        for (int cut : new int[] {1, 100, log.length / 3}) {
            Files.write(copy, file);
            Files.write(dir.resolve("copy.duckdb.wal"), java.util.Arrays.copyOf(log, log.length - cut));
            long n;
            try (Store again = Store.open(copy)) {
                n = again.counts().articles();
            }
            assertThat(n).as("log cut by " + cut + " bytes").isBetween(cut < 200 ? 11L : 1L, 12L);
            assertThat(wholeArticles(copy)).hasSize((int) n);
            Files.deleteIfExists(dir.resolve("copy.duckdb.wal"));
        }
    }

    /** The ids of the articles stored whole: with their event, quote, actor and place rows (one each in these reports). */
    static Set<String> wholeArticles(Path db) throws SQLException {
        Set<String> out = new TreeSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("""
                     SELECT a.id,
                       (SELECT count(*) FROM events e WHERE e.article = a.id),
                       (SELECT count(*) FROM quotes q WHERE q.article = a.id),
                       (SELECT count(*) FROM actor_mentions m WHERE m.article = a.id),
                       (SELECT count(*) FROM places p WHERE p.article = a.id)
                     FROM articles a""")) {
            while (r.next()) {
                for (int k = 2; k <= 5; k++) {
                    assertThat(r.getLong(k)).as("rows of article " + r.getString(1)).isEqualTo(1);
                }
                out.add(r.getString(1));
            }
        }
        return out;
    }
}

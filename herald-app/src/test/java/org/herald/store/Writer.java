package org.herald.store;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A second process that fills a store, for the test of reading while writing: stores N
 * articles through a shared store, one every few milliseconds, and says when it is done. After
 * every tenth it waits (30 s at most) until the reader has written to the SEEN file that it saw
 * them, so a slow reader on a loaded machine still sees the store part-way filled.
 */
public final class Writer {

    private Writer() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        long pause = Long.parseLong(args[2]);
        Path seen = Path.of(args[3]);
        try (Store s = Store.shared(db)) {
            for (int i = 0; i < n; i++) {
                s.put(Reports.report("Chile minister in Lima, part " + i, "Chile sent its minister to visit Peru, day " + i + ".",
                        "site" + i + ".example"));
                System.out.println("stored " + (i + 1));
                System.out.flush();
                Thread.sleep(pause);
                if ((i + 1) % 10 == 0 && i + 1 < n) {
                    waitUntilSeen(seen, i + 1);
                }
            }
        }
        System.out.println("done");
    }

    private static void waitUntilSeen(Path seen, long count) throws Exception {
        long until = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < until) {
            if (Files.exists(seen) && Long.parseLong(Files.readString(seen).trim()) >= count) {
                return;
            }
            Thread.sleep(20);
        }
    }
}

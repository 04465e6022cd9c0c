package org.herald.store;

import java.nio.file.Path;

/**
 * A second process that fills a store, for the test of reading while writing: stores N
 * articles through a shared store, one every few milliseconds, and says when it is done.
 */
public final class Writer {

    private Writer() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        long pause = Long.parseLong(args[2]);
        try (Store s = Store.shared(db)) {
            for (int i = 0; i < n; i++) {
                s.put(Reports.report("Chile minister in Lima, part " + i, "Chile sent its minister to visit Peru, day " + i + ".",
                        "site" + i + ".example"));
                System.out.println("stored " + (i + 1));
                System.out.flush();
                Thread.sleep(pause);
            }
        }
        System.out.println("done");
    }
}

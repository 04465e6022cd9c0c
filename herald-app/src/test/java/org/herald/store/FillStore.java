package org.herald.store;

import java.nio.file.Path;

/**
 * A child process for the store's fault tests: writes hand-made articles to a store until it
 * has written {@code max} or the store fails, printing {@code stored ID} for each one the store
 * reported stored, then {@code fault KIND: message} and what a second write after it says.
 */
public final class FillStore {

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        int max = Integer.parseInt(args[1]);
        Store store;
        try {
            store = Store.open(db);
        } catch (StoreFault f) {
            System.out.println("fault " + f.kind() + ": " + f.getMessage());
            return;
        }
        try {
            for (int i = 0; i < max; i++) {
                var a = Reports.report("Chile minister visits Peru, report " + i,
                        "Chile sent its minister to visit Peru, report number " + i + ". " + "Talks went on. ".repeat(100),
                        "site.example");
                try {
                    store.put(a);
                } catch (StoreFault f) {
                    System.out.println("fault " + f.kind() + ": " + f.getMessage());
                    try {
                        store.put(Reports.report("Another report", "Chile sent its minister to visit Peru again.", "x.example"));
                        System.out.println("a write after the fault was taken");
                    } catch (StoreFault again) {
                        System.out.println("refused again: " + again.getMessage());
                    }
                    break;
                }
                System.out.println("stored " + a.article().id());
            }
        } finally {
            try {
                store.close();
            } catch (Exception e) {
                System.out.println("close: " + e.getMessage());
            }
        }
    }
}

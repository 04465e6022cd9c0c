package org.herald.testing;

import java.util.ArrayList;
import java.util.List;
import org.herald.model.Dependency;

/** Parses written by hand for unit tests, as {@code relation:governor:dependent} numbered from 1 (0: the root). */
public final class Parses {

    private Parses() {
    }

    /** The dependencies of a space-separated list, with Herald's token indexes (from 0; -1 the root). */
    public static List<Dependency> dependencies(String written) {
        List<Dependency> deps = new ArrayList<>();
        for (String d : written.split(" ")) {
            int c2 = d.lastIndexOf(':');
            int c1 = d.lastIndexOf(':', c2 - 1);
            deps.add(new Dependency(d.substring(0, c1), Integer.parseInt(d.substring(c1 + 1, c2)) - 1,
                    Integer.parseInt(d.substring(c2 + 1)) - 1));
        }
        return deps;
    }
}

package org.herald.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The project's {@code ../shared} folder (examples and benchmark data), which a developer's and
 * CI's machine have beside the repository and a user's clone does not. Tests that need it skip.
 */
public final class Shared {

    private Shared() {
    }

    /** {@code ../shared/REL} from the repository root, or a skipped test when it is absent. */
    public static Path require(String rel) {
        Path p = root().resolve(rel);
        Assumptions.assumeTrue(Files.exists(p), "skipped: " + p + " is absent (it is beside the repository only on the project's machines)");
        return p;
    }

    private static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("herald")) && Files.isDirectory(d.resolve("herald-core"))) {
                return d.resolveSibling("shared");
            }
        }
        return dir.resolveSibling("shared");
    }
}

package org.herald.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.herald.places.Gazetteer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code herald gazetteer import PATH [--out FILE]} and {@code herald gazetteer lookup NAME}. */
@Command(name = "gazetteer", mixinStandardHelpOptions = true,
        description = "Builds a gazetteer index from a GeoNames download, or looks a name up.",
        subcommands = {GazetteerCommand.Import.class, GazetteerCommand.Lookup.class})
final class GazetteerCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Compiles a GeoNames dump (allCountries.txt, citiesN.txt or XX.txt, or a folder with one "
                    + "and admin1CodesASCII.txt, countryInfo.txt) into an index.",
                    "Use it with -Dherald.gazetteer=FILE or HERALD_GAZETTEER=FILE."})
    static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "PATH", description = "a GeoNames dump file or a folder of GeoNames files")
        Path path;

        @Option(names = "--out", paramLabel = "FILE", description = "where to write the index (default: ${DEFAULT-VALUE})")
        Path out = Path.of("herald-data", "gazetteer.idx");

        @Override
        public Integer call() {
            PrintWriter o = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (!Files.exists(path)) {
                err.println("herald gazetteer import: " + path + ": no such file or folder");
                return 2;
            }
            long t0 = System.nanoTime();
            List<String> problems = new ArrayList<>();
            Gazetteer g;
            try {
                g = Gazetteer.importGeoNames(path, Gazetteer.shared(), out, problems);
            } catch (IOException e) {
                err.println("herald gazetteer import: " + e.getMessage());
                return 1;
            }
            for (String p : problems) {
                err.println("herald gazetteer import: " + p);
            }
            o.printf("%d places, %d names from %s -> %s (%.1f s)%n", g.size(), g.nameCount(), g.source(), out,
                    (System.nanoTime() - t0) / 1e9);
            o.println("use it with: HERALD_GAZETTEER=" + out.toAbsolutePath() + " herald ...");
            o.flush();
            return 0;
        }
    }

    @Command(name = "lookup", mixinStandardHelpOptions = true, description = "Lists the entries a name may stand for.")
    static final class Lookup implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME", description = "a place name or demonym", arity = "1..*")
        List<String> words;

        @Override
        public Integer call() {
            PrintWriter o = spec.commandLine().getOut();
            Gazetteer g = Gazetteer.shared();
            String name = String.join(" ", words);
            List<Gazetteer.Hit> hits = new ArrayList<>(g.lookup(name));
            hits.addAll(g.demonym(name));
            hits.sort((a, b) -> Long.compare(b.entry().population(), a.entry().population()));
            for (Gazetteer.Hit h : hits) {
                Gazetteer.Entry e = h.entry();
                o.printf("%-10d %-28s %-2s %-6s %-7s %9.4f %10.4f %,12d %s%n", e.geonameid(), e.name(), e.country(),
                        e.admin1(), e.level().json(), e.lat(), e.lon(), e.population(),
                        h.alternate() ? "(alternate name)" : "");
            }
            if (hits.isEmpty()) {
                o.println("no entry for '" + name + "' (folded: '" + Gazetteer.fold(name) + "')");
            }
            o.flush();
            return hits.isEmpty() ? 1 : 0;
        }
    }
}

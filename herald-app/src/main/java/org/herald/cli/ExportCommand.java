package org.herald.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.herald.store.Export;
import org.herald.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code herald export --db F --format gdelt|parquet|csv|jsonl|geojson [--table T] [--from D]
 * [--to D] [--out PATH]}: a store's tables for other tools. Reads the store read-only, so a run
 * can go on writing it meanwhile.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes a store's events, mentions, articles or quotes as GDELT 2.0 files, Parquet, CSV, "
                + "JSON Lines (PLOVER field names) or GeoJSON.")
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "FILE", description = "the store (default: ${DEFAULT-VALUE})")
    Path db = Path.of("herald-data", "herald.duckdb");

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "gdelt (GDELT 2.0's tab-separated event or mentions table), parquet, csv, jsonl, geojson")
    String format;

    @Option(names = "--table", paramLabel = "TABLE", description = "events (rolled up), mentions, articles (no text) or quotes "
            + "(default: ${DEFAULT-VALUE}); jsonl and geojson write one record per event mention")
    String table = "events";

    @Option(names = "--from", paramLabel = "DATE", description = "first date, YYYY, YYYY-MM or YYYY-MM-DD (inclusive)")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "last date, YYYY, YYYY-MM or YYYY-MM-DD (inclusive: all of it)")
    String to;

    @Option(names = "--out", paramLabel = "PATH", description = "the file to write (default: standard output; Parquet needs a file)")
    Path out;

    @Override
    public Integer call() throws SQLException, IOException {
        PrintWriter err = spec.commandLine().getErr();
        Export.Request request;
        try {
            request = new Export.Request(choice(Export.Format.class, "--format", format),
                    choice(Export.Table.class, "--table", table), from, to);
            if (request.format() == Export.Format.PARQUET && out == null) {
                throw new IllegalArgumentException("Parquet is written to a file: give --out PATH");
            }
        } catch (IllegalArgumentException e) {
            err.println("herald export: " + e.getMessage());
            return 2;
        }
        if (!Files.isRegularFile(db)) {
            err.println("herald export: no store at " + db);
            return 2;
        }
        long n;
        try (Store store = Store.readOnly(db)) {
            if (request.format() == Export.Format.PARQUET) {
                n = Export.parquet(store, request, out);
            } else {
                long total = out == null ? -1 : Export.count(store, request);
                try (Progress progress = Progress.of("herald export", "rows", total, err, 0);
                     Writer w = out == null ? new NoClose(spec.commandLine().getOut())
                             : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                    n = Export.text(store, request, w, done -> progress.step(null));
                }
            }
        }
        err.printf("herald export: %d %s as %s%s%n", n, request.table().name().toLowerCase(Locale.ROOT),
                request.format().name().toLowerCase(Locale.ROOT), out == null ? "" : " to " + out);
        err.flush();
        return 0;
    }

    static <E extends Enum<E>> E choice(Class<E> type, String option, String value) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value)) {
                return e;
            }
        }
        StringBuilder names = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            names.append(names.length() == 0 ? "" : ", ").append(e.name().toLowerCase(Locale.ROOT));
        }
        throw new IllegalArgumentException(option + " must be one of " + names + ", not '" + value + "'");
    }

    /** Standard output, flushed but left open when the export is done. */
    private static final class NoClose extends Writer {
        private final PrintWriter out;

        NoClose(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void write(char[] buf, int off, int len) {
            out.write(buf, off, len);
        }

        @Override
        public void flush() {
            out.flush();
        }

        @Override
        public void close() {
            out.flush();
        }
    }
}

package org.herald.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.herald.model.Json;
import org.herald.store.Export;
import org.herald.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code herald sql --db F "SELECT ..." [--format table|csv|json]}: one read-only query of a
 * store (the schema and examples are in docs/store.md). A statement that would change the store
 * or touch another file is refused by DuckDB itself.
 */
@Command(name = "sql", mixinStandardHelpOptions = true,
        description = "Runs one read-only SQL query on a store and prints the rows (schema and examples: docs/store.md).")
final class SqlCommand implements Callable<Integer> {

    enum Format { table, csv, json }

    /** A cell longer than this is cut in the table (csv and json keep it whole). */
    private static final int CELL = 60;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SQL", description = "the query, e.g. \"SELECT root_code, count(*) FROM event_rollup GROUP BY 1\"")
    String statement;

    @Option(names = "--db", paramLabel = "FILE", description = "the store (default: ${DEFAULT-VALUE})")
    Path db = Path.of("herald-data", "herald.duckdb");

    @Option(names = "--format", description = "table, csv or json (one object a line) (default: ${DEFAULT-VALUE})")
    Format format = Format.table;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(db)) {
            err.println("herald sql: no store at " + db);
            return 2;
        }
        List<String> names = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        try (Store store = Store.readOnly(db)) {
            store.sql(statement, new Store.RowHandler() {
                @Override
                public void columns(List<String> n) {
                    names.addAll(n);
                    if (format == Format.csv) {
                        out.println(Export.csv(n));
                    }
                }

                @Override
                public void row(List<Object> values) {
                    switch (format) {
                        case csv -> out.println(Export.csv(values.stream().map(SqlCommand::text).toList()));
                        case json -> {
                            // an object node keeps the query's column order
                            ObjectNode o = Json.MAPPER.createObjectNode();
                            for (int i = 0; i < names.size(); i++) {
                                Object v = values.get(i);
                                o.set(names.get(i), v instanceof Number || v instanceof Boolean || v == null
                                        ? Json.MAPPER.valueToTree(v) : Json.MAPPER.getNodeFactory().textNode(text(v)));
                            }
                            out.println(Json.write(o));
                        }
                        case table -> rows.add(values);
                    }
                }
            });
        } catch (SQLException e) {
            String m = String.valueOf(e.getMessage());
            err.println("herald sql: " + m.strip().replace("\n", " "));
            return 1;
        }
        if (format == Format.table) {
            table(names, rows, out);
        }
        out.flush();
        return 0;
    }

    private static void table(List<String> names, List<List<Object>> rows, PrintWriter out) {
        int[] w = new int[names.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = Math.min(CELL, names.get(i).length());
            for (List<Object> r : rows) {
                w[i] = Math.max(w[i], Math.min(CELL, text(r.get(i)).length()));
            }
        }
        out.println(line(names, w));
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < w.length; i++) {
            rule.append(i == 0 ? "" : "  ").append("-".repeat(w[i]));
        }
        out.println(rule);
        for (List<Object> r : rows) {
            out.println(line(r.stream().map(SqlCommand::text).toList(), w));
        }
        out.println("(" + rows.size() + (rows.size() == 1 ? " row)" : " rows)"));
    }

    private static String line(List<String> cells, int[] w) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i).replace('\n', ' ');
            if (c.length() > w[i]) {
                c = c.substring(0, w[i] - 1) + "…";
            }
            sb.append(i == 0 ? "" : "  ").append(c).append(" ".repeat(w[i] - c.length()));
        }
        return sb.toString().stripTrailing();
    }

    static String text(Object v) {
        return v == null ? "" : v.toString();
    }
}

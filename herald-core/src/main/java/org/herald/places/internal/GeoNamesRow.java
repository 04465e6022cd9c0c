package org.herald.places.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * One row of a GeoNames dump ({@code cities*.txt}, {@code allCountries.txt}, a country file):
 * 19 tab-separated columns, UTF-8, no header. See the dump's readme for the columns; only the
 * ones Herald uses are kept.
 */
public record GeoNamesRow(long geonameid, String name, String asciiName, String[] alternateNames, double lat,
                          double lon, String featureClass, String featureCode, String country, String admin1,
                          String admin2, long population) {

    /**
     * Reads every row of a dump. A row that cannot be read is skipped and described in
     * {@code problems} ("file: line N: reason"), at most 20 of them, so that one bad line of a
     * 12-million-line download does not stop an import; bytes that are not UTF-8 read as U+FFFD.
     *
     * @return how many rows were skipped
     */
    public static int read(Path file, Consumer<GeoNamesRow> sink, List<String> problems) throws IOException {
        int skipped = 0;
        try (BufferedReader r = reader(file)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String why = null;
                GeoNamesRow row = null;
                String[] f = line.split("\t", -1);
                if (f.length < 15) {
                    why = "expected 19 tab-separated columns, found " + f.length;
                } else if (tooLong(f)) {
                    why = "a column longer than the dump's readme allows (" + MAX_COLUMN + " characters, alternate names "
                            + MAX_ALTERNATE + ")";
                } else {
                    try {
                        row = new GeoNamesRow(Long.parseLong(f[0]), f[1], f[2],
                                f[3].isEmpty() ? new String[0] : f[3].split(","), Double.parseDouble(f[4]),
                                Double.parseDouble(f[5]), f[6], f[7], f[8], f[10], f[11],
                                f[14].isEmpty() ? 0 : Long.parseLong(f[14]));
                        if (Math.abs(row.lat) > 90 || Math.abs(row.lon) > 180) {
                            why = "coordinates out of range";
                            row = null;
                        }
                    } catch (NumberFormatException e) {
                        why = "not a number: " + e.getMessage();
                    }
                }
                if (row == null) {
                    skipped++;
                    if (problems.size() < 20) {
                        problems.add(file + ": line " + n + ": " + why);
                    }
                    continue;
                }
                sink.accept(row);
            }
        }
        return skipped;
    }

    /** The longest columns the dump's readme gives: names and codes 200 characters, the alternate names 10,000. */
    private static final int MAX_COLUMN = 200;
    private static final int MAX_ALTERNATE = 10_000;

    /** Whether a kept column is longer than the readme allows (the index stores each name and code in 64 KB). */
    private static boolean tooLong(String[] f) {
        for (int i : new int[] {1, 2, 6, 7, 8, 10, 11}) {
            if (f[i].length() > MAX_COLUMN) {
                return true;
            }
        }
        return f[3].length() > MAX_ALTERNATE;
    }

    /** A UTF-8 reader that replaces what is not UTF-8 instead of failing the whole file on one byte. */
    static BufferedReader reader(Path file) throws IOException {
        return new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8), 1 << 16);
    }
}

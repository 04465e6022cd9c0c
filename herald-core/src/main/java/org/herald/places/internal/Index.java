package org.herald.places.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The compiled gazetteer: entries in columns and two sorted key tables (names and demonyms), so
 * that loading is a few bulk reads and a look-up is a binary search over UTF-8 keys, with no
 * per-key objects.
 *
 * <p>File format (big-endian, {@link DataOutputStream}): magic {@code HGZ1}; a free-text source
 * line; the entry count and the columns (geonameid, lat, lon, population, level, country index,
 * admin1 index, feature index, name offset); three string tables (countries, admin1 codes,
 * feature class.code); the names blob; then the name and demonym key tables, each as key count,
 * key offsets, key bytes, posting offsets and postings ({@code entry << 1 | alternate}).
 */
public final class Index {

    static final int MAGIC = 0x48475a31; // "HGZ1"

    final String source;
    final int[] gid;
    final float[] lat;
    final float[] lon;
    final int[] pop;
    final byte[] level;
    final short[] country;
    final int[] admin1;
    final short[] feature;
    final int[] nameOff;
    final byte[] names;
    final String[] countries;
    final String[] admin1s;
    final String[] features;
    final KeyTable nameKeys;
    final KeyTable demonymKeys;

    Index(String source, int[] gid, float[] lat, float[] lon, int[] pop, byte[] level, short[] country, int[] admin1,
          short[] feature, int[] nameOff, byte[] names, String[] countries, String[] admin1s, String[] features,
          KeyTable nameKeys, KeyTable demonymKeys) {
        this.source = source;
        this.gid = gid;
        this.lat = lat;
        this.lon = lon;
        this.pop = pop;
        this.level = level;
        this.country = country;
        this.admin1 = admin1;
        this.feature = feature;
        this.nameOff = nameOff;
        this.names = names;
        this.countries = countries;
        this.admin1s = admin1s;
        this.features = features;
        this.nameKeys = nameKeys;
        this.demonymKeys = demonymKeys;
    }

    public String source() {
        return source;
    }

    public int size() {
        return gid.length;
    }

    public long geonameid(int e) {
        return gid[e];
    }

    public double lat(int e) {
        return lat[e];
    }

    public double lon(int e) {
        return lon[e];
    }

    public long population(int e) {
        return pop[e];
    }

    public int level(int e) {
        return level[e];
    }

    public String country(int e) {
        return countries[country[e]];
    }

    public String admin1(int e) {
        return admin1s[admin1[e]];
    }

    /** "P.PPLA", "A.ADM1", ... */
    public String feature(int e) {
        return features[feature[e]];
    }

    public String name(int e) {
        return new String(names, nameOff[e], nameOff[e + 1] - nameOff[e], StandardCharsets.UTF_8);
    }

    public KeyTable names() {
        return nameKeys;
    }

    public KeyTable demonyms() {
        return demonymKeys;
    }

    /** A sorted table of folded keys, each with a list of postings. */
    public static final class KeyTable {
        final int[] keyOff;
        final byte[] keys;
        final int[] postOff;
        final int[] posts;

        KeyTable(int[] keyOff, byte[] keys, int[] postOff, int[] posts) {
            this.keyOff = keyOff;
            this.keys = keys;
            this.postOff = postOff;
            this.posts = posts;
        }

        public int size() {
            return keyOff.length - 1;
        }

        public String key(int k) {
            return new String(keys, keyOff[k], keyOff[k + 1] - keyOff[k], StandardCharsets.UTF_8);
        }

        /** The postings of a folded key ({@code entry << 1 | alternate}); empty when absent. */
        public int[] find(String folded) {
            int k = indexOf(folded.getBytes(StandardCharsets.UTF_8));
            return k < 0 ? new int[0] : postings(k);
        }

        public int[] postings(int k) {
            return Arrays.copyOfRange(posts, postOff[k], postOff[k + 1]);
        }

        private int indexOf(byte[] q) {
            int lo = 0;
            int hi = size() - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int c = Arrays.compareUnsigned(keys, keyOff[mid], keyOff[mid + 1], q, 0, q.length);
                if (c < 0) {
                    lo = mid + 1;
                } else if (c > 0) {
                    hi = mid - 1;
                } else {
                    return mid;
                }
            }
            return -1;
        }
    }

    public void write(OutputStream raw) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16));
        out.writeInt(MAGIC);
        out.writeUTF(source);
        int n = size();
        out.writeInt(n);
        writeInts(out, gid);
        ByteBuffer b = ByteBuffer.allocate(n * 4);
        b.asFloatBuffer().put(lat);
        out.write(b.array());
        b = ByteBuffer.allocate(n * 4);
        b.asFloatBuffer().put(lon);
        out.write(b.array());
        writeInts(out, pop);
        out.write(level);
        b = ByteBuffer.allocate(n * 2);
        b.asShortBuffer().put(country);
        out.write(b.array());
        writeInts(out, admin1);
        b = ByteBuffer.allocate(n * 2);
        b.asShortBuffer().put(feature);
        out.write(b.array());
        writeInts(out, nameOff);
        out.writeInt(names.length);
        out.write(names);
        writeStrings(out, countries);
        writeStrings(out, admin1s);
        writeStrings(out, features);
        writeTable(out, nameKeys);
        writeTable(out, demonymKeys);
        out.flush();
    }

    public static Index read(InputStream raw, String what) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16));
        if (in.readInt() != MAGIC) {
            throw new IOException(what + ": not a Herald gazetteer index (bad magic number)");
        }
        String source = in.readUTF();
        int n = in.readInt();
        int[] gid = readInts(in, n);
        float[] lat = new float[n];
        ByteBuffer.wrap(readBytes(in, n * 4)).asFloatBuffer().get(lat);
        float[] lon = new float[n];
        ByteBuffer.wrap(readBytes(in, n * 4)).asFloatBuffer().get(lon);
        int[] pop = readInts(in, n);
        byte[] level = readBytes(in, n);
        short[] country = new short[n];
        ByteBuffer.wrap(readBytes(in, n * 2)).asShortBuffer().get(country);
        int[] admin1 = readInts(in, n);
        short[] feature = new short[n];
        ByteBuffer.wrap(readBytes(in, n * 2)).asShortBuffer().get(feature);
        int[] nameOff = readInts(in, n + 1);
        byte[] names = readBytes(in, in.readInt());
        String[] countries = readStrings(in);
        String[] admin1s = readStrings(in);
        String[] features = readStrings(in);
        KeyTable nk = readTable(in);
        KeyTable dk = readTable(in);
        return new Index(source, gid, lat, lon, pop, level, country, admin1, feature, nameOff, names, countries,
                admin1s, features, nk, dk);
    }

    private static void writeInts(DataOutputStream out, int[] a) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(a.length * 4);
        b.asIntBuffer().put(a);
        out.write(b.array());
    }

    private static int[] readInts(DataInputStream in, int n) throws IOException {
        int[] a = new int[n];
        ByteBuffer.wrap(readBytes(in, n * 4)).asIntBuffer().get(a);
        return a;
    }

    private static byte[] readBytes(DataInputStream in, int n) throws IOException {
        if (n < 0) {
            throw new IOException("corrupt gazetteer index: negative length");
        }
        byte[] a = new byte[n];
        in.readFully(a);
        return a;
    }

    private static void writeStrings(DataOutputStream out, String[] s) throws IOException {
        out.writeInt(s.length);
        for (String x : s) {
            out.writeUTF(x);
        }
    }

    private static String[] readStrings(DataInputStream in) throws IOException {
        String[] s = new String[in.readInt()];
        for (int i = 0; i < s.length; i++) {
            s[i] = in.readUTF();
        }
        return s;
    }

    private static void writeTable(DataOutputStream out, KeyTable t) throws IOException {
        out.writeInt(t.size());
        writeInts(out, t.keyOff);
        out.writeInt(t.keys.length);
        out.write(t.keys);
        writeInts(out, t.postOff);
        out.writeInt(t.posts.length);
        writeInts(out, t.posts);
    }

    private static KeyTable readTable(DataInputStream in) throws IOException {
        int k = in.readInt();
        int[] keyOff = readInts(in, k + 1);
        byte[] keys = readBytes(in, in.readInt());
        int[] postOff = readInts(in, k + 1);
        int[] posts = readInts(in, in.readInt());
        return new KeyTable(keyOff, keys, postOff, posts);
    }
}

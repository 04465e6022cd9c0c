package org.herald.extract.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.herald.model.Ids;

/**
 * Recognises copies of one story: the same body hash (exact duplicates) or a 64-bit SimHash over
 * word 3-shingles within a few bits of an earlier one (syndicated copies with another headline,
 * byline or footer). Each story's cluster id is derived from the first copy seen, so a run that
 * reads the same inputs in the same order gives the same ids. Thread-safe.
 */
public final class Duplicates {

    /** Bits two SimHashes may differ in and still be one story. */
    static final int MAX_DISTANCE = 7;
    private static final int BANDS = 8;

    private final Map<String, String> byHash = new HashMap<>();
    private final List<Map<Integer, List<long[]>>> bands = new ArrayList<>();
    private final Map<Long, String> clusterOf = new HashMap<>();

    public Duplicates() {
        for (int i = 0; i < BANDS; i++) {
            bands.add(new HashMap<>());
        }
    }

    /** The cluster of a story with this body hash and body text; registers it when new. */
    public synchronized String cluster(String contentHash, String body) {
        String known = byHash.get(contentHash);
        if (known != null) {
            return known;
        }
        long sig = simHash(body);
        String cluster = null;
        if (countShingles(body) >= 8) {
            // Any fingerprint within MAX_DISTANCE (7) bits agrees with this one on at least one of
            // the eight 8-bit bands, so only fingerprints sharing a band need comparing. Unrelated
            // texts differ in about 32 bits; 7 or fewer happens by chance about once in 10^9.
            for (int b = 0; b < BANDS && cluster == null; b++) {
                List<long[]> same = bands.get(b).get(band(sig, b));
                if (same != null) {
                    for (long[] s : same) {
                        if (Long.bitCount(s[0] ^ sig) <= MAX_DISTANCE) {
                            cluster = clusterOf.get(s[0]);
                            break;
                        }
                    }
                }
            }
        }
        if (cluster == null) {
            cluster = Ids.of("cluster", contentHash);
        }
        byHash.put(contentHash, cluster);
        if (!clusterOf.containsKey(sig)) {
            clusterOf.put(sig, cluster);
            for (int b = 0; b < BANDS; b++) {
                bands.get(b).computeIfAbsent(band(sig, b), k -> new ArrayList<>()).add(new long[] {sig});
            }
        }
        return cluster;
    }

    private static int band(long sig, int b) {
        return (int) ((sig >>> (8 * b)) & 0xFF);
    }

    /** SimHash of the text's word 3-shingles; each shingle's hash mixes its words' FNV-1a hashes. */
    public static long simHash(String text) {
        List<Long> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean w = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (w && start < 0) {
                start = i;
            } else if (!w && start >= 0) {
                words.add(fnv(text, start, i));
                start = -1;
            }
        }
        if (words.isEmpty()) {
            return 0;
        }
        int[] votes = new int[64];
        int n = Math.max(1, words.size() - 2);
        for (int i = 0; i < n; i++) {
            long h = 0;
            for (int k = i; k < Math.min(words.size(), i + 3); k++) {
                h = mix(h * 0x9E3779B97F4A7C15L + words.get(k));
            }
            for (int bit = 0; bit < 64; bit++) {
                votes[bit] += ((h >>> bit) & 1) == 1 ? 1 : -1;
            }
        }
        long sig = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (votes[bit] > 0) {
                sig |= 1L << bit;
            }
        }
        return sig;
    }

    private static int countShingles(String text) {
        return Math.max(0, text.split("\\s+").length - 2);
    }

    /** FNV-1a over the lower-cased chars of {@code s[from, to)}. */
    private static long fnv(String s, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            h ^= Character.toLowerCase(s.charAt(i));
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** A 64-bit finaliser: FNV's low bits are weak for short inputs. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}

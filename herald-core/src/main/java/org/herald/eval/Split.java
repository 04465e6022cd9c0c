package org.herald.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The fixed split of every gold set into a <b>tune</b> part, which rules, lexicon senses and
 * models may be read, debugged and trained on, and a <b>check</b> part, which is scored only in
 * aggregate. A case goes to tune when the first four bytes of the SHA-256 of
 * {@code "herald-tune-check-v1:" + key} read as an unsigned number fall below {@link #TUNE_SHARE}
 * percent of the range; the key is the record's {@code story} when it has one (sentences of one
 * article stay together) and its {@code id} otherwise, and records with the same text share the
 * key of the first of them ({@link Dataset#records}). The salt differs from the one the data
 * sets used to cut their development halves, so the two splits are independent. The split never
 * changes: changing {@link #SALT} or the share would let tuned cases into the check part.
 */
public final class Split {

    /** Which part of a gold set a case belongs to. */
    public enum Part {
        TUNE, CHECK;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Percent of the cases in the tune part. */
    public static final int TUNE_SHARE = 60;

    static final String SALT = "herald-tune-check-v1:";

    private Split() {
    }

    /** The part of the case with this key. */
    public static Part of(String key) {
        byte[] h = sha256(SALT + key);
        long v = ((h[0] & 0xffL) << 24) | ((h[1] & 0xffL) << 16) | ((h[2] & 0xffL) << 8) | (h[3] & 0xffL);
        return v * 100 < TUNE_SHARE * (1L << 32) ? Part.TUNE : Part.CHECK;
    }

    /** The part of a gold record: by its {@code story} when it has one, else by its {@code id}. */
    public static Part of(JsonNode record) {
        return of(key(record));
    }

    /** The key a record is split by. */
    public static String key(JsonNode record) {
        String story = record.path("story").asText("");
        return story.isBlank() ? record.path("id").asText("") : story;
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

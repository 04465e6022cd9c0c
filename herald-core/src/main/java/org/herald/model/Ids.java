package org.herald.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Deterministic identifiers: the same input always gives the same id. */
public final class Ids {

    private Ids() {
    }

    /** The full SHA-256 of the parts, each followed by a unit separator, in hex. */
    public static String sha256(String... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                if (part != null) {
                    md.update(part.getBytes(StandardCharsets.UTF_8));
                }
                md.update((byte) 0x1f);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }

    /** A 16-hex-digit id from the parts. */
    public static String of(String... parts) {
        return sha256(parts).substring(0, 16);
    }
}

package org.herald.extract.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns bytes into text: byte-order mark first, then the charset the transport declared, then a
 * meta charset in the first bytes of an HTML page, then detection (valid UTF-8, else
 * windows-1252). Text that was UTF-8 read as windows-1252 somewhere upstream ("â€™" for "’") is
 * repaired when the whole text repairs cleanly.
 */
public final class Decoding {

    /** The decoded text and how its charset was chosen ("bom", "header", "meta", "detected"). */
    public record Decoded(String text, Charset charset, String how, boolean repaired) {
    }

    private static final Charset CP1252 = Charset.forName("windows-1252");
    // possessive spaces: "charset=" before a long run of them was searched again from each one
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,200}?charset\\s*+=\\s*+[\"']?\\s*+([A-Za-z0-9._:-]{2,40})", Pattern.CASE_INSENSITIVE);

    private Decoding() {
    }

    public static Decoded decode(byte[] bytes, String declared, boolean html) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return finish(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "bom");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return finish(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, "bom");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return finish(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, "bom");
        }
        boolean utf8 = validUtf8(bytes);
        Charset cs = charset(declared);
        String how = "header";
        if (cs == null && html) {
            cs = charset(metaCharset(bytes));
            how = "meta";
        }
        if (cs != null) {
            // A page declared as a single-byte charset that is nonetheless valid UTF-8 with
            // multi-byte sequences was re-encoded on the way; UTF-8 reads it right.
            if (utf8 && !cs.equals(StandardCharsets.UTF_8) && isSingleByteLatin(cs) && hasMultiByte(bytes)) {
                return finish(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "detected");
            }
            if (cs.equals(StandardCharsets.UTF_8) && !utf8) {
                return finish(new String(bytes, CP1252), CP1252, "detected");
            }
            return finish(new String(bytes, cs), cs, how);
        }
        if (utf8) {
            return finish(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "detected");
        }
        return finish(new String(bytes, CP1252), CP1252, "detected");
    }

    /** The charset named in a meta tag within the first 4 KB, or null. */
    static String metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    private static Decoded finish(String text, Charset cs, String how) {
        String repaired = repairMojibake(text);
        return repaired == null ? new Decoded(text, cs, how, false) : new Decoded(repaired, cs, how, true);
    }

    /**
     * Text whose UTF-8 was once read as windows-1252: re-encode and decode again, but only when
     * mojibake is frequent and the result is clean (else null).
     */
    static String repairMojibake(String text) {
        if (mojibakeMarks(text) < 3) {
            return null;
        }
        CharsetEncoder enc = CP1252.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            ByteBuffer b = enc.encode(CharBuffer.wrap(text));
            CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            return dec.decode(b).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** How many "Ã©", "â€", "Â " pairs the text has (counting stops at 3). */
    static int mojibakeMarks(String text) {
        int hits = 0;
        for (int i = 0; i + 1 < text.length() && hits < 3; i++) {
            char c = text.charAt(i);
            if (c != 'Ã' && c != 'â' && c != 'Â') {
                continue;
            }
            char d = text.charAt(i + 1);
            boolean mark = switch (c) {
                case 'Ã' -> d >= '\u0080' && d <= '\u00BF' || d == 'œ' || d == 'Œ' || d == 'š' || d == 'Š' || d == 'Ÿ'
                        || d == 'ž' || d == 'Ž' || d == 'ƒ' || d >= '\u2013' && d <= '\u203A' || d == '€' || d == '™';
                case 'â' -> d == '€';
                default -> d >= '\u00A0' && d <= '\u00BF';
            };
            if (mark) {
                hits++;
            }
        }
        return hits;
    }

    static boolean validUtf8(byte[] bytes) {
        int i = 0;
        int n = bytes.length;
        while (i < n) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int len;
            if (b >= 0xC2 && b <= 0xDF) {
                len = 2;
            } else if (b >= 0xE0 && b <= 0xEF) {
                len = 3;
            } else if (b >= 0xF0 && b <= 0xF4) {
                len = 4;
            } else {
                return false;
            }
            if (i + len > n) {
                // A sequence cut by a size cap at the very end is still UTF-8.
                return n - i < len && n > 16;
            }
            for (int k = 1; k < len; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            i += len;
        }
        return true;
    }

    private static boolean hasMultiByte(byte[] bytes) {
        for (byte b : bytes) {
            if ((b & 0x80) != 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSingleByteLatin(Charset cs) {
        String n = cs.name().toLowerCase(Locale.ROOT);
        return n.startsWith("iso-8859") || n.startsWith("windows-125") || n.equals("us-ascii");
    }

    static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        // Browsers read these labels as windows-1252; so does Herald.
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
            return CP1252;
        }
        try {
            return Charset.forName(n);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

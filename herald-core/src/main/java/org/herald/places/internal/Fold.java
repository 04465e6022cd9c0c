package org.herald.places.internal;

import java.text.Normalizer;

/**
 * The folded spelling of a place name, the key of every gazetteer look-up: lower case, accents
 * removed, a few letters that do not decompose spelled out (ß, æ, ø, ł, ...), apostrophes and
 * full stops dropped ("U.S." = "US" = "us", "Côte d'Ivoire" = "cote divoire"), any other run of
 * punctuation or space one space.
 */
public final class Fold {

    private Fold() {
    }

    public static String key(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 0x80;
        }
        String n = ascii ? s : Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(n.length());
        boolean space = false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK || type == Character.FORMAT) {
                continue;
            }
            if (c == '\'' || c == '\u2019' || c == '\u2018' || c == '`' || c == '\u02bc' || c == '\u02bb'
                    || c == '.' || c == '\u00b4') {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                if (space && !b.isEmpty()) {
                    b.append(' ');
                }
                space = false;
                String special = special(c);
                if (special != null) {
                    b.append(special);
                } else {
                    b.append(Character.toLowerCase(c));
                }
            } else {
                space = true;
            }
        }
        return b.toString();
    }

    private static String special(char c) {
        return switch (c) {
            case 'ß' -> "ss";
            case 'æ', 'Æ' -> "ae";
            case 'œ', 'Œ' -> "oe";
            case 'ø', 'Ø' -> "o";
            case 'ł', 'Ł' -> "l";
            case 'đ', 'Đ', 'ð', 'Ð' -> "d";
            case 'þ', 'Þ' -> "th";
            case 'ı' -> "i";
            case 'ħ', 'Ħ' -> "h";
            default -> null;
        };
    }

    /** Whether a folded key is in the Latin script (plus digits), the only keys an English text can match. */
    public static boolean latin(String key) {
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c > 0x24f && c != ' ') {
                return false;
            }
        }
        return true;
    }
}

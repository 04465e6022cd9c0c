package org.herald.fuzz.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.herald.fuzz.Fuzzer.Dialect;

/**
 * Makes hostile documents out of good ones. Each document is a seed put through one to six
 * mutations drawn at random: byte-level ones (flips, interesting bytes, deletions, repeats,
 * truncation, splices with another seed), text-level ones (tokens of the reader's dialect and of
 * the seeds themselves inserted or swapped, re-encoding, invalid UTF-8 and lone surrogates), and
 * the dialect's own (tags, attributes and entities for markup; strings, numbers and nesting for
 * JSON; fields and lines for line formats). The same random state gives the same document, so a
 * campaign can be replayed from its seed.
 */
public final class Mutator {

    private static final byte[][] INTERESTING = {
        {0}, {(byte) 0xFF}, {(byte) 0xFE, (byte) 0xFF}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        {(byte) 0xC0, (byte) 0x80}, // overlong NUL
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // a lone high surrogate in UTF-8
        {(byte) 0xED, (byte) 0xBF, (byte) 0xBF}, // a lone low surrogate in UTF-8
        {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // past U+10FFFF
        {(byte) 0xF0, (byte) 0x9F}, // a cut four-byte sequence
        {(byte) 0x80}, {(byte) 0xC3}, {'\r'}, {'\r', '\n'}, {'\n', '\n'}, {'\t'}, {0x1B}, {0x7F},
        {(byte) 0xE2, (byte) 0x80, (byte) 0xA8}, // line separator
        {(byte) 0xE2, (byte) 0x80, (byte) 0x8B}, // zero-width space
        {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD}, // replacement character
        {(byte) 0xE2, (byte) 0x80, (byte) 0x9C}, // left double quote
    };

    private static final String[] MARKUP = {
        "<p>", "</p>", "<div>", "</div>", "<article>", "</article>", "<br>", "<br/>", "<h1>", "</h1>", "<li>",
        "<ul>", "<table>", "<td>", "<tr>", "<a href=\"/x\">", "</a>", "<script>", "</script>", "<style>", "</style>",
        "<!--", "-->", "<![CDATA[", "]]>", "<!DOCTYPE html>", "<!DOCTYPE x [<!ENTITY a \"b\">]>", "<?xml version=\"1.0\"?>",
        "<meta charset=\"utf-16\">", "<meta charset=\"shift_jis\">", "<meta charset=\"x-bogus\">",
        "<meta http-equiv=\"content-type\" content=\"text/html; charset=windows-1251\">",
        "<meta property=\"article:published_time\" content=\"2024-02-30T25:61:00Z\">",
        "<meta name=\"author\" content=\"\">", "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",",
        "<time datetime=\"99999-01-01\">", "<title>", "</title>", "<nav>", "<footer>", "<header>", "<aside>",
        "<template>", "<svg>", "<math>", "<noscript>", "<iframe>", "<textarea>", "<plaintext>", "<xmp>", "<select>",
        "<html>", "<body>", "<head>", "</html>", "</body>", "<", ">", "</", "/>", "=\"", "\"", "'", "&", ";",
        "&amp;", "&lt;", "&nbsp;", "&#0;", "&#x0;", "&#xD800;", "&#xDFFF;", "&#x10FFFF;", "&#x110000;",
        "&#99999999999;", "&#;", "&#x;", "&bogus;", "&amp", "&#x1F600;", "&#128;", "&ent;",
        "<item>", "</item>", "<entry>", "</entry>", "<channel>", "</channel>", "<description>", "</description>",
        "<content:encoded>", "</content:encoded>", "<link>", "</link>", "<pubDate>", "</pubDate>",
        "<pubDate>Mon, 32 Foo 2024 99:99:99 +9999</pubDate>", "<updated>", "<published>2024-13-45</published>",
        "<link href=\"javascript:x\"/>", "<guid>", "<rdf:RDF>", "<dc:date>", "xmlns=\"http://www.w3.org/2005/Atom\"",
    };

    private static final String[] JSON = {
        "{", "}", "[", "]", ":", ",", "\"", "\\", "\\u0000", "\\ud800", "\\udfff", "\\ud83d\\ude00", "\\uZZZZ",
        "\\\"", "null", "true", "false", "0", "-0", "1e400", "-1e-400", "123456789012345678901234567890", "NaN",
        "\"text\":", "\"html\":", "\"url\":", "\"title\":", "\"published\":", "\"media_type\":", "\"text/html\"",
        "\"text/plain\"", "\"2024-02-30\"", "\"http://127.0.0.1/\"", "\"\"", "{}", "[]", "/*", "*/", "//",
        "\"<p>story</p>\"",
    };

    private static final String[] LINES = {
        "\t", "\t\t", "\n", "#", "[", "]", "{", "}", "!", "!X! = A, B", "+", "<", ">", "~", "_", "=", ",", ";",
        "-", "[USA]", "[~GOV]", "[GOV~]", "[USAGOV 990101-991231]", "[USA >991399]", "[USA <000000]", "[---]",
        "[ ]", "{}", "{A B}", "<!--", "-->", "NaN", "Infinity", "-0", "1e400", "99999999999999999999", "-91",
        "181", "0x10", "US", "XX", "A", "P", "PPL", "ADM1", "PCLI", "US.CA", ".", "..", "\u00A0",
    };

    private static final String[] TEXT = {
        "\n", "\n\n", "\r\n", "\u2028", "\u00A0", "\t", "WASHINGTON (Reuters) - ", "By ", "Updated ", "READ MORE",
        "Don't miss", "Source: ", "\u201C", "\u201D", "\"", "said.", "- ", "* ", "2024-05-06", "Tuesday",
        "12:30 GMT", "Mr. ", "U.S.", "...", "\u2026", "(", ")", "#", "http://x/", "@", "\uFEFF",
    };

    private static final String[] CHARSETS = {"UTF-16LE", "UTF-16BE", "windows-1252", "ISO-8859-5", "Shift_JIS",
        "UTF-32", "IBM037"};

    private final List<byte[]> seeds;
    private final Dialect dialect;
    private final List<String> tokens = new ArrayList<>();
    private final int maxLength;

    /**
     * @param seeds good documents of the reader (at least one)
     * @param maxLength documents are cut to this length, so a campaign stays quick
     */
    public Mutator(List<byte[]> seeds, Dialect dialect, int maxLength) {
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("a mutator needs at least one seed");
        }
        this.seeds = List.copyOf(seeds);
        this.dialect = dialect;
        this.maxLength = maxLength;
        tokens.addAll(List.of(switch (dialect) {
            case MARKUP -> MARKUP;
            case JSON -> JSON;
            case LINES -> LINES;
            case TEXT -> TEXT;
        }));
        harvest();
    }

    /** Words and punctuation of the seeds themselves, so that mutations speak the input's language. */
    private void harvest() {
        java.util.Set<String> seen = new java.util.LinkedHashSet<>();
        for (byte[] s : seeds) {
            String text = new String(s, StandardCharsets.UTF_8);
            for (String t : text.split("(?<=[>\\s\"'\\t,;=])|(?=[<\\s\"'\\t,;=])")) {
                if (!t.isBlank() && t.length() <= 40) {
                    seen.add(t);
                }
                if (seen.size() >= 2000) {
                    break;
                }
            }
        }
        tokens.addAll(seen);
    }

    /** The next hostile document. */
    public byte[] next(SplittableRandom r) {
        byte[] doc = seeds.get(r.nextInt(seeds.size()));
        int ops = 1 + (int) Math.min(5, -Math.log(1 - r.nextDouble()) * 1.2);
        for (int i = 0; i < ops; i++) {
            doc = mutate(doc, r);
            if (doc.length > maxLength) {
                doc = java.util.Arrays.copyOf(doc, maxLength);
            }
        }
        return doc;
    }

    private byte[] mutate(byte[] d, SplittableRandom r) {
        int pick = r.nextInt(100);
        if (pick < 35) {
            return bytes(d, r);
        }
        if (pick < 65) {
            return text(d, r);
        }
        return switch (dialect) {
            case MARKUP -> markup(d, r);
            case JSON -> json(d, r);
            case LINES -> lines(d, r);
            case TEXT -> text(d, r);
        };
    }

    // ---- byte level

    private byte[] bytes(byte[] d, SplittableRandom r) {
        int n = d.length;
        switch (r.nextInt(8)) {
            case 0 -> {
                if (n == 0) {
                    return d;
                }
                byte[] c = d.clone();
                int at = r.nextInt(n);
                c[at] ^= (byte) (1 << r.nextInt(8));
                return c;
            }
            case 1 -> {
                return insert(d, r.nextInt(n + 1), INTERESTING[r.nextInt(INTERESTING.length)]);
            }
            case 2 -> {
                if (n == 0) {
                    return d;
                }
                int from = r.nextInt(n);
                int len = 1 + r.nextInt(Math.min(n - from, 1 + r.nextInt(256)));
                return splice(d, from, from + len, new byte[0]);
            }
            case 3 -> {
                if (n == 0) {
                    return d;
                }
                // a repeated slice: long runs, deep nesting, many attributes
                int from = r.nextInt(n);
                int len = 1 + r.nextInt(Math.min(n - from, 64));
                int times = 2 + (r.nextInt(4) == 0 ? r.nextInt(5000) : r.nextInt(20));
                byte[] slice = java.util.Arrays.copyOfRange(d, from, from + len);
                ByteArrayOutputStream rep = new ByteArrayOutputStream();
                for (int i = 0; i < times && rep.size() < maxLength; i++) {
                    rep.writeBytes(slice);
                }
                return insert(d, from, rep.toByteArray());
            }
            case 4 -> {
                return n == 0 ? d : java.util.Arrays.copyOf(d, r.nextInt(n));
            }
            case 5 -> {
                byte[] other = seeds.get(r.nextInt(seeds.size()));
                int cut = r.nextInt(n + 1);
                int from = r.nextInt(other.length + 1);
                return concat(java.util.Arrays.copyOf(d, cut), java.util.Arrays.copyOfRange(other, from, other.length));
            }
            case 6 -> {
                byte[] junk = new byte[1 + r.nextInt(32)];
                for (int i = 0; i < junk.length; i++) {
                    junk[i] = (byte) r.nextInt(256);
                }
                return insert(d, r.nextInt(n + 1), junk);
            }
            default -> {
                if (n == 0) {
                    return d;
                }
                byte[] c = d.clone();
                c[r.nextInt(n)] = INTERESTING[r.nextInt(INTERESTING.length)][0];
                return c;
            }
        }
    }

    // ---- text level

    private byte[] text(byte[] d, SplittableRandom r) {
        int n = d.length;
        switch (r.nextInt(6)) {
            case 0, 1 -> {
                return insert(d, boundary(d, r), utf8(tokens.get(r.nextInt(tokens.size()))));
            }
            case 2 -> {
                // one token of the document swapped for another
                String t = tokens.get(r.nextInt(tokens.size()));
                int at = indexOf(d, utf8(t), r.nextInt(n + 1));
                if (at < 0) {
                    return insert(d, boundary(d, r), utf8(t));
                }
                return splice(d, at, at + utf8(t).length, utf8(tokens.get(r.nextInt(tokens.size()))));
            }
            case 3 -> {
                // re-encoded: what a page declared as one charset and sent as another looks like
                Charset cs = Charset.forName(CHARSETS[r.nextInt(CHARSETS.length)]);
                byte[] out = new String(d, StandardCharsets.UTF_8).getBytes(cs);
                if (r.nextBoolean() && cs.name().startsWith("UTF-16")) {
                    out = concat(cs.name().endsWith("LE") ? new byte[] {(byte) 0xFF, (byte) 0xFE}
                            : new byte[] {(byte) 0xFE, (byte) 0xFF}, out);
                }
                return out;
            }
            case 4 -> {
                // a lone surrogate spelled the ways a writer gets it wrong
                String[] ways = {"\uD800", "\uDFFF", "\uDBFF", "\\uD800", "&#xD800;", "&#55296;"};
                String w = ways[r.nextInt(ways.length)];
                byte[] b = w.length() == 1 ? new byte[] {(byte) 0xED, (byte) (0xA0 + r.nextInt(0x20)), (byte) 0x80}
                        : utf8(w);
                return insert(d, boundary(d, r), b);
            }
            default -> {
                // a long line or long word: the shapes that make regular expressions slow
                String[] units = {"a", " ", "-", ".", "a.", "\u201C", "<", "&", "=", "\t", "A ", "1", "'", "*", "_"};
                String u = units[r.nextInt(units.length)];
                int times = 1000 + r.nextInt(Math.max(1, maxLength / Math.max(1, u.length()) / 4));
                return insert(d, boundary(d, r), utf8(u.repeat(times)));
            }
        }
    }

    // ---- dialects

    private byte[] markup(byte[] d, SplittableRandom r) {
        switch (r.nextInt(5)) {
            case 0 -> {
                // attributes, many or odd, inside a tag
                int at = indexOf(d, new byte[] {'<'}, r.nextInt(d.length + 1));
                int space = at < 0 ? -1 : indexOf(d, new byte[] {' '}, at);
                int close = at < 0 ? -1 : indexOf(d, new byte[] {'>'}, at);
                int where = space > 0 && space < close ? space : close;
                if (where < 0) {
                    return insert(d, boundary(d, r), utf8("<div a=b>"));
                }
                StringBuilder a = new StringBuilder();
                int count = r.nextInt(3) == 0 ? 1 + r.nextInt(3000) : 1 + r.nextInt(4);
                String[] names = {"class", "id", "href", "content", "property", "itemprop", "datetime", "charset", "x"};
                for (int i = 0; i < count && a.length() < maxLength / 2; i++) {
                    a.append(' ').append(names[r.nextInt(names.length)]).append(r.nextInt(3) == 0 ? i : "");
                    a.append(r.nextBoolean() ? "=\"" + tokens.get(r.nextInt(tokens.size())).replace("\"", "") + "\"" : "");
                }
                return insert(d, where, utf8(a.toString()));
            }
            case 1 -> {
                // a range wrapped in a tag, many times: deep nesting
                String[] tags = {"div", "p", "span", "b", "table", "li", "a", "blockquote", "article", "font"};
                String t = tags[r.nextInt(tags.length)];
                int depth = r.nextInt(3) == 0 ? 100 + r.nextInt(3000) : 1 + r.nextInt(10);
                int from = boundary(d, r);
                String open = ("<" + t + ">").repeat(depth);
                String close = r.nextBoolean() ? ("</" + t + ">").repeat(depth) : "";
                return insert(insert(d, Math.min(d.length, from + r.nextInt(64)), utf8(close)), from, utf8(open));
            }
            case 2 -> {
                // an entity where text is
                String[] ents = {"&amp;", "&#xD800;", "&#0;", "&#x110000;", "&#9999999999;", "&bogus;", "&nbsp",
                    "&#x202E;", "&#65279;", "&lt;script&gt;", "&quot;", "&#", "&#x"};
                return insert(d, boundary(d, r), utf8(ents[r.nextInt(ents.length)]));
            }
            case 3 -> {
                // text content replaced with another seed's: the structure of one around the words of another
                byte[] other = seeds.get(r.nextInt(seeds.size()));
                int at = indexOf(other, new byte[] {'>'}, r.nextInt(other.length + 1));
                int end = at < 0 ? -1 : indexOf(other, new byte[] {'<'}, at);
                if (end < 0) {
                    return d;
                }
                return insert(d, boundary(d, r), java.util.Arrays.copyOfRange(other, at + 1, end));
            }
            default -> {
                // a declared charset that the bytes do not follow
                String[] decl = {"<meta charset=\"utf-16le\">", "<meta charset=\"utf-32\">", "<?xml version=\"1.0\" encoding=\"UTF-16\"?>",
                    "<?xml version=\"1.0\" encoding=\"EBCDIC-CP-US\"?>", "<meta charset=\"utf-7\">", "<meta charset=>"};
                return concat(utf8(decl[r.nextInt(decl.length)]), d);
            }
        }
    }

    private byte[] json(byte[] d, SplittableRandom r) {
        switch (r.nextInt(4)) {
            case 0 -> {
                // a string value replaced
                int q = indexOf(d, new byte[] {':', ' ', '"'}, r.nextInt(d.length + 1));
                if (q < 0) {
                    q = indexOf(d, new byte[] {':', '"'}, 0);
                }
                if (q < 0) {
                    return insert(d, boundary(d, r), utf8(tokens.get(r.nextInt(tokens.size()))));
                }
                int start = indexOf(d, new byte[] {'"'}, q) + 1;
                int end = indexOf(d, new byte[] {'"'}, start);
                if (end < 0) {
                    end = d.length;
                }
                String[] values = {"\\ud800", "\\udc00x\\ud800", "", "\\u0000", "<p>" + "x".repeat(r.nextInt(2000)) + "</p>",
                    "\\\\", "2024-02-30T25:00:00Z", "javascript:alert(1)", "http://[::1]/", "\u00e9\u0301",
                    "\\ud83d\\ude00", "A\\nB\\n\\nC", "\u202e", "\\t"};
                return splice(d, start, end, utf8(values[r.nextInt(values.length)]));
            }
            case 1 -> {
                // a value of the wrong type
                int c = indexOf(d, new byte[] {':'}, r.nextInt(d.length + 1));
                if (c < 0) {
                    return d;
                }
                int end = c + 1;
                while (end < d.length && d[end] != ',' && d[end] != '}') {
                    end++;
                }
                String[] values = {"null", "[]", "{}", "1e400", "-0", "true", "[[[[[[[[[[]]]]]]]]]]", "{\"text\":{}}",
                    "123456789012345678901234567890123456789", "\"\"", "[\"a\",\"b\"]"};
                return splice(d, c + 1, end, utf8(values[r.nextInt(values.length)]));
            }
            case 2 -> {
                int depth = r.nextInt(3) == 0 ? 500 + r.nextInt(5000) : 1 + r.nextInt(50);
                return insert(d, boundary(d, r), utf8((r.nextBoolean() ? "[" : "{\"a\":").repeat(depth)));
            }
            default -> {
                // a field twice: which one wins
                int at = indexOf(d, new byte[] {'{'}, 0);
                return at < 0 ? d : insert(d, at + 1, utf8("\"text\":\"x\",\"html\":null,"));
            }
        }
    }

    private byte[] lines(byte[] d, SplittableRandom r) {
        List<byte[]> lines = split(d);
        if (lines.isEmpty()) {
            return d;
        }
        int i = r.nextInt(lines.size());
        switch (r.nextInt(5)) {
            case 0 -> lines.add(r.nextInt(lines.size() + 1), lines.get(i).clone());
            case 1 -> lines.remove(i);
            case 2 -> {
                int j = r.nextInt(lines.size());
                byte[] t = lines.get(i);
                lines.set(i, lines.get(j));
                lines.set(j, t);
            }
            case 3 -> {
                // one field of a tab- or space-separated line replaced
                String line = new String(lines.get(i), StandardCharsets.UTF_8);
                String sep = line.contains("\t") ? "\t" : " ";
                String[] f = line.split(sep, -1);
                f[r.nextInt(f.length)] = tokens.get(r.nextInt(tokens.size()));
                lines.set(i, utf8(String.join(sep, f)));
            }
            default -> {
                // fields added or lost
                String line = new String(lines.get(i), StandardCharsets.UTF_8);
                lines.set(i, utf8(r.nextBoolean() ? line + "\t".repeat(1 + r.nextInt(30))
                        : line.replaceFirst("\t[^\t]*", "")));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] l : lines) {
            out.writeBytes(l);
            out.write('\n');
        }
        return out.toByteArray();
    }

    // ---- helpers

    /** A place to insert at: often next to a markup or field boundary, else anywhere. */
    private static int boundary(byte[] d, SplittableRandom r) {
        int at = r.nextInt(d.length + 1);
        if (r.nextBoolean()) {
            for (int i = at; i < d.length && i < at + 200; i++) {
                byte b = d[i];
                if (b == '<' || b == '>' || b == '\n' || b == '"' || b == '\t' || b == ',' || b == ' ') {
                    return i;
                }
            }
        }
        return at;
    }

    private static List<byte[]> split(byte[] d) {
        List<byte[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < d.length; i++) {
            if (d[i] == '\n') {
                out.add(java.util.Arrays.copyOfRange(d, start, i));
                start = i + 1;
            }
        }
        if (start < d.length) {
            out.add(java.util.Arrays.copyOfRange(d, start, d.length));
        }
        return out;
    }

    private static int indexOf(byte[] d, byte[] what, int from) {
        outer:
        for (int i = Math.max(0, from); i + what.length <= d.length; i++) {
            for (int k = 0; k < what.length; k++) {
                if (d[i + k] != what[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] insert(byte[] d, int at, byte[] what) {
        return splice(d, at, at, what);
    }

    private static byte[] splice(byte[] d, int from, int to, byte[] what) {
        byte[] out = new byte[d.length - (to - from) + what.length];
        System.arraycopy(d, 0, out, 0, from);
        System.arraycopy(what, 0, out, from, what.length);
        System.arraycopy(d, to, out, from + what.length, d.length - to);
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        return splice(a, a.length, a.length, b);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}

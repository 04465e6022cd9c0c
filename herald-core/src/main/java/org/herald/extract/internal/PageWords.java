package org.herald.extract.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.herald.model.Once;

/**
 * The words the main-text scorer reads pages by ({@code page-words.tsv}; its header documents
 * the format): what a reader does with the site, the hosts of social networks whose posts pages
 * embed, the path segments of author pages, and frequent words that say nothing of a topic.
 * Loaded once; a bad line is an error that names the file and line.
 */
public final class PageWords {

    public static final String RESOURCE = "/org/herald/extract/page-words.tsv";

    private static final Once<PageWords> SHARED = Once.resource(RESOURCE, PageWords::parse);

    /** Each act phrase as its words, by its first word: matching is a walk over the text's words. */
    private final Map<String, List<String[]>> acts;
    /** Host of a social network → the path segments that mark one post's address. */
    private final Map<String, Set<String>> social;
    private final Set<String> authorPaths;
    private final Set<String> common;

    PageWords(List<String> acts, Map<String, Set<String>> social, Set<String> authorPaths, Set<String> common) {
        Map<String, List<String[]>> byFirst = new HashMap<>();
        for (String a : acts) {
            String[] w = a.split(" ");
            byFirst.computeIfAbsent(w[0], k -> new ArrayList<>()).add(w);
        }
        this.acts = Map.copyOf(byFirst);
        this.social = Map.copyOf(social);
        this.authorPaths = Set.copyOf(authorPaths);
        this.common = Set.copyOf(common);
    }

    /** The bundled word list. */
    public static PageWords shared() {
        return SHARED.get();
    }

    /** Parses a word list; {@code name} is used in error messages. */
    public static PageWords parse(String name, InputStream in) throws IOException {
        List<String> acts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, Set<String>> social = new HashMap<>();
        Set<String> authors = new HashSet<>();
        Set<String> common = new HashSet<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String[] f = t.split("\t", 2);
            String phrase = f.length < 2 ? "" : f[1].strip().replaceAll("\\s+", " ");
            if (phrase.isEmpty()) {
                throw new IllegalArgumentException(name + ": line " + n + ": expected 'KIND<tab>PHRASE', got '" + t + "'");
            }
            if (!phrase.equals(phrase.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException(name + ": line " + n + ": phrases are written in lower case: '" + phrase + "'");
            }
            if (!seen.add(f[0] + "\t" + phrase)) {
                throw new IllegalArgumentException(name + ": line " + n + ": '" + phrase + "' is listed twice");
            }
            switch (f[0]) {
                case "act" -> acts.add(phrase);
                case "social" -> {
                    String[] parts = phrase.split(" ");
                    if (parts.length < 2) {
                        throw new IllegalArgumentException(name + ": line " + n + ": a social entry is a host and the path"
                                + " segments of a post's address, got '" + phrase + "'");
                    }
                    social.put(parts[0], Set.of(java.util.Arrays.copyOfRange(parts, 1, parts.length)));
                }
                case "author" -> authors.add(phrase);
                case "common" -> common.add(phrase);
                default -> throw new IllegalArgumentException(name + ": line " + n + ": unknown kind '" + f[0]
                        + "' (act, social, author or common)");
            }
        }
        if (acts.isEmpty()) {
            throw new IllegalArgumentException(name + ": no 'act' entries");
        }
        return new PageWords(acts, social, authors, common);
    }

    /** Whether the text names something a reader does with the site ("subscribe", "your browser", "this video"). */
    boolean namesAct(String text) {
        List<String> w = words(text, Integer.MAX_VALUE);
        for (int i = 0; i < w.size(); i++) {
            if (actAt(w, i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text begins with such a phrase, as a command or a label does ("Sign up for…"). */
    boolean startsWithAct(String text) {
        int start = 0;
        while (start < text.length() && !Character.isLetterOrDigit(text.charAt(start))) {
            start++;
        }
        return start <= 3 && actAt(words(text, 4), 0);
    }

    private boolean actAt(List<String> w, int i) {
        List<String[]> candidates = acts.get(w.get(i));
        if (candidates == null) {
            return false;
        }
        for (String[] phrase : candidates) {
            if (i + phrase.length <= w.size()) {
                int k = 1;
                while (k < phrase.length && phrase[k].equals(w.get(i + k))) {
                    k++;
                }
                if (k == phrase.length) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The lower-cased words of a text (letters and digits, joined by inner hyphens), at most {@code max}. */
    private static List<String> words(String text, int max) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n && out.size() < max) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && (Character.isLetterOrDigit(text.charAt(i))
                    || text.charAt(i) == '-' && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1)) && i > start)) {
                i++;
            }
            if (i > start) {
                out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /**
     * The words of a text that may say what it is about: five letters or more and not common, in
     * lower case and cut to their first five letters (a crude stem: "strikes" meets "striking").
     */
    public Set<String> topicWords(String text) {
        Set<String> out = new HashSet<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i - start >= 5) {
                String w = text.substring(start, i).toLowerCase(Locale.ROOT);
                if (!common.contains(w)) {
                    out.add(w.substring(0, 5));
                }
            }
        }
        return out;
    }

    /** Whether a URL is the address of one post on a social network (not a profile or the home page). */
    public boolean isSocialPost(String url) {
        String h = host(url);
        if (h == null) {
            return false;
        }
        for (Map.Entry<String, Set<String>> e : social.entrySet()) {
            if (h.equals(e.getKey()) || h.endsWith("." + e.getKey())) {
                for (String seg : segments(url)) {
                    if (e.getValue().contains(seg)) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** Whether a URL's path has a segment that author pages use ({@code /staff/jane-roe}). */
    public boolean isAuthorPage(String url) {
        for (String seg : segments(url)) {
            if (authorPaths.contains(seg)) {
                return true;
            }
        }
        return false;
    }

    /** The lower-cased segments of a URL's path. */
    private static String[] segments(String url) {
        if (url == null) {
            return new String[0];
        }
        String path = url.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "");
        int q = path.indexOf('?');
        return (q >= 0 ? path.substring(0, q) : path).toLowerCase(Locale.ROOT).split("/");
    }

    private static String host(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String h = URI.create(url.strip()).getHost();
            return h == null ? null : h.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

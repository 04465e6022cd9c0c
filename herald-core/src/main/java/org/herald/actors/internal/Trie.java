package org.herald.actors.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Aliases by their normalised words, for longest-match lookup in one pass over the tokens. */
public final class Trie {

    /** An alias as written, and what it stands for. */
    public record Alias(List<String> written, Entry entry, boolean canonical) {
    }

    private static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        List<Alias> values;
    }

    private final Node root = new Node();
    private int size;

    public void add(List<String> written, Entry entry, boolean canonical) {
        Node n = root;
        for (String w : written) {
            n = n.next.computeIfAbsent(Norm.key(w), k -> new Node());
        }
        if (n.values == null) {
            n.values = new ArrayList<>(1);
        }
        n.values.add(new Alias(List.copyOf(written), entry, canonical));
        size++;
    }

    public int size() {
        return size;
    }

    /** A longest match: tokens {@code [start, end)} and the aliases whose case fits the text. */
    public record Match(int start, int end, List<Alias> aliases) {
    }

    /**
     * The longest alias that starts at {@code start} of {@code keys} (normalised words) and whose
     * capitals fit {@code words} (the words as written), or null.
     */
    public Match longest(List<String> keys, List<String> words, int start) {
        Node n = root;
        Match best = null;
        for (int i = start; i < keys.size(); i++) {
            n = n.next.get(keys.get(i));
            if (n == null) {
                break;
            }
            if (n.values != null) {
                List<Alias> fit = null;
                for (Alias a : n.values) {
                    if (fits(a, words, start)) {
                        if (fit == null) {
                            fit = new ArrayList<>(2);
                        }
                        fit.add(a);
                    }
                }
                if (fit != null) {
                    best = new Match(start, i + 1, fit);
                }
            }
        }
        return best;
    }

    private static boolean fits(Alias a, List<String> words, int start) {
        for (int k = 0; k < a.written().size(); k++) {
            if (!Norm.caseFits(a.written().get(k), words.get(start + k))) {
                return false;
            }
        }
        return true;
    }
}

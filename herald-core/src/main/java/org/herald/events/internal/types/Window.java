package org.herald.events.internal.types;

/**
 * The words around a trigger that the event-type model reads: the trigger's own words and up to
 * {@code words} words (runs of non-space characters) on each side, within its sentence. The same
 * cut is made on the sentences Herald trains on and on the sentences it codes.
 */
public final class Window {

    private Window() {
    }

    /**
     * The window of {@code [start, end)} in {@code text}, which is one sentence; offsets outside it
     * are clipped to it.
     */
    public static String around(String text, int start, int end, int words) {
        int s = Math.max(0, Math.min(start, text.length()));
        int e = Math.max(s, Math.min(end, text.length()));
        // back to the start of the word the trigger begins in, then `words` more words
        int from = s;
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
            from--;
        }
        for (int k = 0; k < words && from > 0; k++) {
            int i = from;
            while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
                i--;
            }
            while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
                i--;
            }
            from = i;
        }
        int to = e;
        while (to < text.length() && !Character.isWhitespace(text.charAt(to))) {
            to++;
        }
        for (int k = 0; k < words && to < text.length(); k++) {
            int i = to;
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            to = i;
        }
        return text.substring(from, to).strip().replaceAll("\\s+", " ");
    }
}

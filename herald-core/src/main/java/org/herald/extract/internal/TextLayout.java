package org.herald.extract.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads scraped plain text, as scrapers save a news page: the first line is the headline; a
 * short second paragraph without final punctuation is the standfirst; then the body, from which
 * {@link Clutter} lines go to the metadata or the related headlines. A group of short lines that
 * do not end sentences is hard-wrapped prose and stays one paragraph.
 */
public final class TextLayout {

    /** One line of the text, with its offset. */
    private record Line(String text, int start) {
    }

    private TextLayout() {
    }

    public static Extracted read(String text) {
        Extracted out = new Extracted();
        List<List<Line>> groups = groups(text);
        List<Extracted.Piece> units = new ArrayList<>();
        List<Boolean> groupStart = new ArrayList<>();
        for (List<Line> g : groups) {
            if (isWrappedProse(g)) {
                Line first = g.get(0);
                Line last = g.get(g.size() - 1);
                units.add(new Extracted.Piece(text.substring(first.start, last.start + last.text.length()), first.start));
                groupStart.add(true);
            } else {
                boolean firstInGroup = true;
                for (Line l : g) {
                    units.add(new Extracted.Piece(l.text, l.start));
                    groupStart.add(firstInGroup);
                    firstInGroup = false;
                }
            }
        }
        int i = 0;
        // Leading clutter before the headline (a "Share" line, a dateline) goes to metadata.
        while (i < units.size() && i < 3 && Clutter.classify(units.get(i).text()) != Clutter.Kind.CONTENT) {
            metadata(out, units.get(i).text(), Clutter.classify(units.get(i).text()));
            i++;
        }
        if (i < units.size() && units.get(i).text().length() <= 300) {
            out.headline = units.get(i);
            i++;
        }
        // Bylines and datelines right under the headline.
        i = skipMetadata(out, units, i);
        if (i < units.size() && out.headline != null && isStandfirst(units.get(i).text())) {
            out.standfirst = units.get(i);
            i++;
        }
        i = skipMetadata(out, units, i);
        int bodyStart = i;
        while (i < units.size()) {
            Extracted.Piece u = units.get(i);
            Clutter.Kind kind = Clutter.classify(u.text());
            switch (kind) {
                case CONTENT -> {
                    if (i > bodyStart && Clutter.hasHeadlineTag(u.text()) && Clutter.looksLikeHeadline(u.text())) {
                        out.relate(u.text(), null);
                    } else {
                        out.paragraphs.add(u);
                    }
                    i++;
                }
                case READ_MORE -> {
                    out.relate(Clutter.readMoreHeadline(u.text()), null);
                    i++;
                }
                case LIST_HEADER -> {
                    i++;
                    // The list runs to the end of the header's group; if the header stands alone,
                    // the next group is the list when every line of it reads like a headline.
                    boolean sameGroup = i < units.size() && !groupStart.get(i);
                    int j = i;
                    if (sameGroup) {
                        while (j < units.size() && !groupStart.get(j) && j - i < 15) {
                            j++;
                        }
                    } else {
                        int k = i;
                        while (k < units.size() && (k == i || !groupStart.get(k)) && k - i < 15
                                && Clutter.looksLikeHeadline(units.get(k).text())) {
                            k++;
                        }
                        boolean wholeGroup = k >= units.size() || groupStart.get(k);
                        if (wholeGroup && k > i) {
                            j = k;
                        }
                    }
                    for (int k = i; k < j; k++) {
                        out.relate(units.get(k).text(), null);
                    }
                    i = j;
                }
                default -> {
                    metadata(out, u.text(), kind);
                    i++;
                }
            }
        }
        // A dateline opening the story ("DELLIN, Dec 20, 2025 (NWA) -") dates it.
        for (int k = 0; k < Math.min(2, out.paragraphs.size()); k++) {
            out.date(Dates.dateline(out.paragraphs.get(k).text()), "dateline");
        }
        return out;
    }

    private static int skipMetadata(Extracted out, List<Extracted.Piece> units, int i) {
        while (i < units.size()) {
            Clutter.Kind k = Clutter.classify(units.get(i).text());
            if (k == Clutter.Kind.BYLINE || k == Clutter.Kind.DATELINE || k == Clutter.Kind.CREDIT || k == Clutter.Kind.PROMPT
                    || k == Clutter.Kind.SITE) {
                metadata(out, units.get(i).text(), k);
                i++;
            } else {
                return i;
            }
        }
        return i;
    }

    private static void metadata(Extracted out, String text, Clutter.Kind kind) {
        switch (kind) {
            case BYLINE -> out.authors.addAll(Clutter.bylineNames(text));
            case DATELINE -> out.date(Dates.parseProse(text), "dateline");
            case SOURCE -> out.source = text.substring(text.indexOf(':') + 1).strip();
            default -> {
            }
        }
    }

    /** A standfirst: a short paragraph that does not end like a sentence. */
    static boolean isStandfirst(String t) {
        String s = t.strip();
        if (s.isEmpty() || s.length() > 320 || s.contains("\n")) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        return ".!?:;\"”’'…)".indexOf(last) < 0 && Clutter.classify(s) == Clutter.Kind.CONTENT
                && s.split("\\s+").length >= 4;
    }

    /** Lines grouped by blank lines; each line's offset is kept. */
    private static List<List<Line>> groups(String text) {
        List<List<Line>> out = new ArrayList<>();
        List<Line> cur = new ArrayList<>();
        int pos = 0;
        int n = text.length();
        while (pos <= n) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? n : nl;
            String raw = text.substring(pos, end);
            int lead = 0;
            while (lead < raw.length() && Character.isWhitespace(raw.charAt(lead))) {
                lead++;
            }
            String line = raw.strip();
            if (line.isEmpty()) {
                if (!cur.isEmpty()) {
                    out.add(cur);
                    cur = new ArrayList<>();
                }
            } else {
                cur.add(new Line(line, pos + lead));
            }
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
        }
        if (!cur.isEmpty()) {
            out.add(cur);
        }
        return out;
    }

    /** Hard-wrapped prose: several lines of similar, moderate length, most not ending a sentence. */
    private static boolean isWrappedProse(List<Line> g) {
        if (g.size() < 3 || Clutter.classify(g.get(0).text) != Clutter.Kind.CONTENT) {
            return false;
        }
        for (Line l : g) {
            if (Clutter.hasHeadlineTag(l.text)) {
                return false;
            }
        }
        int open = 0;
        for (int k = 0; k < g.size() - 1; k++) {
            String t = g.get(k).text;
            if (t.length() < 40 || t.length() > 100) {
                return false;
            }
            char last = t.charAt(t.length() - 1);
            if (".!?\"”:".indexOf(last) < 0) {
                open++;
            }
        }
        return open * 2 >= g.size() - 1;
    }
}

package org.herald.model;

import java.util.List;

/**
 * Maps offsets in an article's canonical text back to offsets in the decoded raw document. Each
 * segment says that {@code length} characters starting at {@code article} in the article were
 * copied from {@code raw} in the raw text; text Herald inserted (paragraph breaks) is in no segment.
 */
public record OffsetMap(List<Segment> segments) {

    public record Segment(int article, int raw, int length) {
    }

    public OffsetMap {
        segments = List.copyOf(segments);
    }

    /** The raw offset of an article offset, or -1 when that character was inserted by Herald. */
    public int toRaw(int articleOffset) {
        int lo = 0;
        int hi = segments.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Segment s = segments.get(mid);
            if (articleOffset < s.article) {
                hi = mid - 1;
            } else if (articleOffset >= s.article + s.length) {
                lo = mid + 1;
            } else {
                return s.raw + (articleOffset - s.article);
            }
        }
        return -1;
    }
}

package org.herald.model;

import java.util.ArrayList;
import java.util.List;

/**
 * An article as Herald reads it: one canonical text made of the headline, the standfirst and the
 * body paragraphs, separated by blank lines, with every other fact about the page beside it.
 * All spans in later stages point into {@link #text()}.
 *
 * @param id deterministic: a hash of the canonical text and the URL
 * @param text the canonical text: blocks joined by {@code "\n\n"}; no block contains a blank line
 * @param blocks the headline, standfirst and paragraphs, in order, as spans of {@code text}
 * @param related headlines of other stories the page links to; never part of {@code text}
 * @param published the publication date, or null when unknown
 * @param publishedFrom where the publication date came from ("user", "json-ld", "meta", "url", ...)
 * @param contentHash SHA-256 of the whitespace-normalised body text, for exact duplicates
 * @param duplicateCluster id shared by near-duplicate copies of one story, or null
 * @param offsets map back to the raw document, or null when the text did not come from one
 */
public record Article(String id, String origin, String url, String title, String standfirst, String text,
                      List<Block> blocks, List<Link> related, List<String> authors,
                      ResolvedDate published, String publishedFrom, String site, String language,
                      String contentHash, String duplicateCluster, OffsetMap offsets) {

    public Article {
        blocks = List.copyOf(blocks);
        related = List.copyOf(related);
        authors = List.copyOf(authors);
        for (Block b : blocks) {
            if (b.span().end() > text.length()) {
                throw new IllegalArgumentException("block " + b + " is outside the text");
            }
        }
    }

    /** The body paragraphs, in order. */
    public List<String> paragraphs() {
        List<String> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b.kind() == Block.Kind.BODY) {
                out.add(b.span().of(text));
            }
        }
        return out;
    }

    /** The same article with another publication date. */
    public Article withPublished(ResolvedDate date, String from) {
        return new Article(id, origin, url, title, standfirst, text, blocks, related, authors, date, from, site,
                language, contentHash, duplicateCluster, offsets);
    }

    /** The same article in another duplicate cluster. */
    public Article withDuplicateCluster(String cluster) {
        return new Article(id, origin, url, title, standfirst, text, blocks, related, authors, published,
                publishedFrom, site, language, contentHash, cluster, offsets);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Assembles the canonical text from its parts, so that the blank-line rule and the spans are
     * right by construction. Text inside a part is trimmed; blank lines inside it split it.
     */
    public static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private final List<Block> blocks = new ArrayList<>();
        private final List<Link> related = new ArrayList<>();
        private final List<String> authors = new ArrayList<>();
        private final List<OffsetMap.Segment> segments = new ArrayList<>();
        private String origin = "-";
        private String url;
        private String title;
        private String standfirst;
        private ResolvedDate published;
        private String publishedFrom;
        private String site;
        private String language;
        private boolean mapped;

        public Builder origin(String v) { origin = v; return this; }
        public Builder url(String v) { url = v; return this; }
        public Builder site(String v) { site = v; return this; }
        public Builder language(String v) { language = v; return this; }
        public Builder author(String v) { authors.add(v); return this; }
        public Builder related(Link v) { related.add(v); return this; }
        public Builder published(ResolvedDate d, String from) { published = d; publishedFrom = from; return this; }

        public Builder headline(String s) {
            title = add(Block.Kind.HEADLINE, s, -1);
            return this;
        }

        public Builder standfirst(String s) {
            standfirst = add(Block.Kind.STANDFIRST, s, -1);
            return this;
        }

        public Builder paragraph(String s) {
            add(Block.Kind.BODY, s, -1);
            return this;
        }

        /** A paragraph copied from {@code raw} offset {@code rawStart} of the decoded document. */
        public Builder paragraph(String s, int rawStart) {
            add(Block.Kind.BODY, s, rawStart);
            return this;
        }

        public Builder headline(String s, int rawStart) {
            title = add(Block.Kind.HEADLINE, s, rawStart);
            return this;
        }

        public Builder standfirst(String s, int rawStart) {
            standfirst = add(Block.Kind.STANDFIRST, s, rawStart);
            return this;
        }

        private String add(Block.Kind kind, String s, int rawStart) {
            if (s == null) {
                return null;
            }
            String clean = s.replace('\r', ' ').replaceAll("\n[ \t]*\n\\s*", "\n").strip();
            if (clean.isEmpty()) {
                return null;
            }
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            int start = text.length();
            text.append(clean);
            blocks.add(new Block(kind, new Span(start, text.length())));
            if (rawStart >= 0 && clean.equals(s.strip())) {
                mapped = true;
                segments.add(new OffsetMap.Segment(start, rawStart + s.indexOf(clean), clean.length()));
            }
            return clean;
        }

        public Article build() {
            String t = text.toString();
            StringBuilder body = new StringBuilder();
            for (Block b : blocks) {
                if (b.kind() == Block.Kind.BODY) {
                    body.append(b.span().of(t)).append('\n');
                }
            }
            String hash = Ids.sha256(body.toString().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ").strip());
            return new Article(Ids.of(t, url), origin, url, title, standfirst, t, blocks, related, authors, published,
                    publishedFrom, site, language, hash, null, mapped ? new OffsetMap(segments) : null);
        }
    }
}

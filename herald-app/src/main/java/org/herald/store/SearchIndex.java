package org.herald.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The full-text index of the stored articles' titles and texts (Lucene, English stemming),
 * kept in a folder beside the store's file. It is derived data: the store is the truth, adds it
 * what it stores, and on opening adds what the index lacks (a crash before a commit, an index
 * deleted by hand) or rebuilds it when it holds articles the store does not.
 *
 * <p>Queries are the forgiving syntax of Lucene's {@code SimpleQueryParser}: words (all must
 * match), {@code "a phrase"}, {@code -word}, {@code a | b}, {@code prefix*}; it never refuses one.
 */
final class SearchIndex implements AutoCloseable {

    /** Adds between commits: what a crash can lose, and what the next open re-adds. */
    private static final int COMMIT_EVERY = 500;
    private static final int SNIPPET_CHARS = 240;
    private static final FieldType TEXT = textType();

    /** One matching article and how well it matches. */
    record Hit(String id, float score) {
    }

    /** A page of hits and how many articles match in all. */
    record Hits(long total, List<Hit> hits) {
    }

    /** A passage of an article around the words that matched; marks are [start, end) in {@code text}. */
    record Snippet(String text, int start, List<int[]> marks) {
    }

    private final Analyzer analyzer = new EnglishAnalyzer();
    private final FSDirectory dir;
    private final IndexWriter writer; // null: read-only
    private final SearcherManager searchers; // null: read-only, and no index was there to read
    private int uncommitted;

    private SearchIndex(Path folder, boolean writable) throws IOException {
        dir = FSDirectory.open(folder);
        if (writable) {
            writer = new IndexWriter(dir, new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            searchers = new SearcherManager(writer, null);
        } else {
            writer = null;
            searchers = DirectoryReader.indexExists(dir) ? new SearcherManager(dir, null) : null;
        }
    }

    static SearchIndex open(Path folder) throws IOException {
        return new SearchIndex(folder, true);
    }

    /**
     * The index as its writer (in this process or another) last committed it, refreshed before
     * each search; without the write lock, so a writer can go on. No index there: nothing matches.
     */
    static SearchIndex openReadOnly(Path folder) throws IOException {
        return new SearchIndex(folder, false);
    }

    private static FieldType textType() {
        FieldType t = new FieldType();
        t.setTokenized(true);
        // offsets in the postings let the highlighter find matches without re-reading positions
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }

    /** Adds an article, or replaces the one with the same id. */
    void add(String id, String title, String text) throws IOException {
        Document d = new Document();
        d.add(new StringField("id", id, Field.Store.NO));
        d.add(new SortedDocValuesField("id", new BytesRef(id)));
        if (title != null) {
            d.add(new Field("title", title, TEXT));
        }
        d.add(new Field("text", text, TEXT));
        writer.updateDocument(new Term("id", id), d);
        if (++uncommitted >= COMMIT_EVERY) {
            commit();
        }
    }

    void commit() throws IOException {
        writer.commit();
        uncommitted = 0;
    }

    /** The store this index was built for (its id, kept with every commit); null for none. */
    String owner() {
        var data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> e : data) {
                if (e.getKey().equals("store")) {
                    return e.getValue();
                }
            }
        }
        return null;
    }

    /** Empties the index and makes it this store's. */
    void clear(String store) throws IOException {
        writer.deleteAll();
        writer.setLiveCommitData(Map.of("store", store).entrySet());
        commit();
    }

    /** How many articles the index holds. */
    int size() throws IOException {
        searchers.maybeRefreshBlocking();
        IndexSearcher s = searchers.acquire();
        try {
            return s.getIndexReader().numDocs();
        } finally {
            searchers.release(s);
        }
    }

    /** The ids of the articles the index holds. */
    Set<String> ids() throws IOException {
        searchers.maybeRefreshBlocking();
        IndexSearcher s = searchers.acquire();
        try {
            Set<String> out = new HashSet<>();
            Terms terms = MultiTerms.getTerms(s.getIndexReader(), "id");
            if (terms != null) {
                TermsEnum e = terms.iterator();
                for (BytesRef t = e.next(); t != null; t = e.next()) {
                    out.add(t.utf8ToString());
                }
            }
            return out;
        } finally {
            searchers.release(s);
        }
    }

    Query parse(String query) {
        SimpleQueryParser p = new SimpleQueryParser(analyzer, Map.of("title", 2f, "text", 1f));
        p.setDefaultOperator(BooleanClause.Occur.MUST);
        return p.parse(query);
    }

    /** The best-matching articles, a page of them, and how many match. */
    Hits search(String query, int limit, int offset) throws IOException {
        Query q = parse(query);
        if (searchers == null) {
            return new Hits(0, List.of());
        }
        searchers.maybeRefreshBlocking();
        IndexSearcher s = searchers.acquire();
        try {
            TopDocs top = s.search(q, Math.max(1, offset + limit));
            long total = s.count(q);
            List<Hit> out = new ArrayList<>();
            for (int i = offset; i < top.scoreDocs.length && out.size() < limit; i++) {
                ScoreDoc d = top.scoreDocs[i];
                out.add(new Hit(id(s, d.doc), d.score));
            }
            return new Hits(total, out);
        } finally {
            searchers.release(s);
        }
    }

    /** The ids of every article the query matches, however many. */
    Set<String> matching(String query) throws IOException {
        Query q = parse(query);
        if (searchers == null) {
            return Set.of();
        }
        searchers.maybeRefreshBlocking();
        IndexSearcher s = searchers.acquire();
        try {
            Set<String> out = new HashSet<>();
            s.search(q, new SimpleCollector() {
                SortedDocValues ids;

                @Override
                protected void doSetNextReader(LeafReaderContext leaf) throws IOException {
                    ids = leaf.reader().getSortedDocValues("id");
                }

                @Override
                public void collect(int doc) throws IOException {
                    if (ids != null && ids.advanceExact(doc)) {
                        out.add(ids.lookupOrd(ids.ordValue()).utf8ToString());
                    }
                }

                @Override
                public ScoreMode scoreMode() {
                    return ScoreMode.COMPLETE_NO_SCORES;
                }
            });
            return out;
        } finally {
            searchers.release(s);
        }
    }

    private static String id(IndexSearcher s, int doc) throws IOException {
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        SortedDocValues ids = leaf.reader().getSortedDocValues("id");
        if (ids == null || !ids.advanceExact(doc - leaf.docBase)) {
            throw new IllegalStateException("an indexed article has no id (document " + doc + ")");
        }
        return ids.lookupOrd(ids.ordValue()).utf8ToString();
    }

    /** For each text, the passage that best matches the query, its matches marked. */
    List<Snippet> snippets(String query, List<String> texts) {
        Query q = parse(query);
        UnifiedHighlighter h = UnifiedHighlighter.builderWithoutSearcher(analyzer).withFormatter(new SnippetFormatter())
                .withMaxLength(Integer.MAX_VALUE - 1).build();
        List<Snippet> out = new ArrayList<>();
        try {
            for (String text : texts) {
                Object r = h.highlightWithoutSearcher("text", q, text, 1);
                out.add(r instanceof Snippet sn ? sn : new Snippet(text.substring(0, Math.min(text.length(), SNIPPET_CHARS)), 0, List.of()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Keeps the best passage with its matches, cut to a few lines around the first match. */
    private static final class SnippetFormatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            if (passages.length == 0) {
                return null;
            }
            Passage p = passages[0];
            int start = p.getStartOffset();
            int end = p.getEndOffset();
            if (p.getNumMatches() > 0 && end - start > SNIPPET_CHARS) {
                start = Math.max(start, p.getMatchStarts()[0] - SNIPPET_CHARS / 3);
                end = Math.min(end, start + SNIPPET_CHARS);
            } else {
                end = Math.min(end, start + SNIPPET_CHARS);
            }
            List<int[]> marks = new ArrayList<>();
            for (int i = 0; i < p.getNumMatches(); i++) {
                int s = p.getMatchStarts()[i];
                int e = p.getMatchEnds()[i];
                if (s >= start && e <= end) {
                    marks.add(new int[] {s - start, e - start});
                }
            }
            return new Snippet(content.substring(start, end), start, marks);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (searchers != null) {
                searchers.close();
            }
            if (writer != null) {
                commit();
            }
        } finally {
            if (writer != null) {
                writer.close();
            }
            dir.close();
        }
    }
}

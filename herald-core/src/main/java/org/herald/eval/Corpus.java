package org.herald.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.herald.model.Article;
import org.herald.model.ResolvedDate;

/**
 * A benchmark corpus of clean articles: JSON Lines with {@code title}, {@code text} (paragraphs
 * separated by blank lines) and optionally {@code date} ({@code yyyy-MM-dd} or {@code yyyyMMdd}).
 */
public final class Corpus {

    private Corpus() {
    }

    /**
     * Reads up to {@code limit} articles (0 = all), taken evenly across the file so that a small
     * sample still spans every section of a corpus ordered by topic.
     */
    public static List<Article> read(Path file, int limit) throws IOException {
        List<JsonNode> records = Dataset.at(file).records();
        List<JsonNode> picked = new ArrayList<>();
        if (limit <= 0 || limit >= records.size()) {
            picked.addAll(records);
        } else {
            for (int i = 0; i < limit; i++) {
                picked.add(records.get((int) ((long) i * records.size() / limit)));
            }
        }
        List<Article> out = new ArrayList<>();
        for (JsonNode r : picked) {
            String text = r.path("text").asText("");
            if (text.isBlank()) {
                continue;
            }
            Article.Builder b = Article.builder().origin(file.getFileName() + "#" + r.path("id").asText(""));
            b.headline(r.path("title").asText(null));
            for (String para : text.split("\n\\s*\n")) {
                b.paragraph(para);
            }
            String date = r.path("date").asText(null);
            if (date != null && date.matches("\\d{8}")) {
                date = date.substring(0, 4) + "-" + date.substring(4, 6) + "-" + date.substring(6, 8);
            }
            ResolvedDate d = ResolvedDate.parse(date, null);
            if (d != null) {
                b.published(d, "corpus");
            }
            out.add(b.build());
        }
        return out;
    }
}

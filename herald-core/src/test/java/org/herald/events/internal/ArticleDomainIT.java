package org.herald.events.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.herald.eval.Dataset;
import org.herald.eval.Split;
import org.herald.model.Article;
import org.herald.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

/**
 * The article domain against bbc-news's section labels, on the first articles of each section in
 * the set's tune part, tagged by the real annotator. Floors, not exact counts.
 */
class ArticleDomainIT {

    private static final int PER_SECTION = 25;

    @Test
    void politics_is_news_and_sport_films_and_technology_are_their_domains() throws Exception {
        Path file = Path.of("../../shared/data/bbc-news/dev.jsonl");
        if (!Files.exists(file)) {
            file = Path.of("../shared/data/bbc-news/dev.jsonl");
        }
        assumeTrue(Files.exists(file), "../shared/data/bbc-news is absent");
        Map<String, ArticleDomain> section = Map.of("politics", ArticleDomain.NEWS, "sport", ArticleDomain.SPORT,
                "entertainment", ArticleDomain.ENTERTAINMENT, "tech", ArticleDomain.TECHNOLOGY, "business", ArticleDomain.BUSINESS);
        Map<String, Map<ArticleDomain, Integer>> seen = new HashMap<>();
        List<JsonNode> records = new Dataset("bbc-news", file).part(Split.Part.TUNE).records();
        for (JsonNode r : records) {
            String cat = r.path("category").asText("");
            Map<ArticleDomain, Integer> counts = seen.computeIfAbsent(cat, k -> new EnumMap<>(ArticleDomain.class));
            if (!section.containsKey(cat) || counts.values().stream().mapToInt(Integer::intValue).sum() >= PER_SECTION) {
                continue;
            }
            Article.Builder b = Article.builder().headline(r.path("title").asText(""));
            for (String p : r.path("text").asText("").split("\n\n")) {
                b.paragraph(p);
            }
            counts.merge(ArticleDomain.of(Pipeline.standard().tag(b.build()), SenseWords.standard()), 1, Integer::sum);
        }
        System.out.println("ArticleDomainIT: section -> domain counts on the tune part: " + seen);
        assertThat(share(seen, "politics", ArticleDomain.NEWS)).isGreaterThanOrEqualTo(0.9);
        assertThat(share(seen, "sport", ArticleDomain.SPORT)).isGreaterThanOrEqualTo(0.7);
        assertThat(share(seen, "entertainment", ArticleDomain.ENTERTAINMENT)).isGreaterThanOrEqualTo(0.7);
        assertThat(share(seen, "tech", ArticleDomain.TECHNOLOGY)).isGreaterThanOrEqualTo(0.7);
    }

    private static double share(Map<String, Map<ArticleDomain, Integer>> seen, String section, ArticleDomain d) {
        Map<ArticleDomain, Integer> c = seen.getOrDefault(section, Map.of());
        int all = c.values().stream().mapToInt(Integer::intValue).sum();
        return all == 0 ? 0 : c.getOrDefault(d, 0) / (double) all;
    }
}

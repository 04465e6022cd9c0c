package org.herald.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.herald.model.Article;
import org.herald.model.Block;
import org.herald.model.Link;
import org.junit.jupiter.api.Test;

class TextExtractionTest {

    private final Extractor extractor = new Extractor();

    private Article scraped() {
        return Fixtures.ok(extractor.extract(Fixtures.text(new String(Fixtures.bytes("/extract/scraped.txt"), StandardCharsets.UTF_8))));
    }

    @Test
    void first_line_is_the_headline_and_a_short_unpunctuated_second_paragraph_the_standfirst() {
        Article a = scraped();
        assertThat(a.title()).isEqualTo("Harbour cranes idle as dockworkers strike over pay in Port Aldren");
        assertThat(a.standfirst()).isEqualTo("Union says talks with the port authority have broken down");
        assertThat(a.blocks().get(0).kind()).isEqualTo(Block.Kind.HEADLINE);
        assertThat(a.blocks().get(1).kind()).isEqualTo(Block.Kind.STANDFIRST);
    }

    @Test
    void body_keeps_the_story_and_drops_every_clutter_line() {
        Article a = scraped();
        assertThat(a.paragraphs()).hasSize(4);
        assertThat(a.paragraphs().get(0)).startsWith("Dockworkers at Port Aldren walked out");
        assertThat(a.paragraphs().get(3)).startsWith("Shipping agents warned");
        String body = String.join("\n", a.paragraphs());
        assertThat(body).doesNotContain("READ MORE", "Don't miss", "[VIDEO]", "signing up", "Privacy policy", "Source:", "Fishing fleet");
    }

    @Test
    void other_stories_headlines_are_kept_as_related_without_their_tags() {
        Article a = scraped();
        assertThat(a.related()).extracting(Link::text).containsExactly(
                "Port Aldren expansion plan approved despite residents' objections",
                "Fishing fleet returns early as storm season arrives",
                "Aldren council votes to rename the old harbour road",
                "Ferry timetable cut for winter months");
    }

    @Test
    void unknown_publication_date_stays_unknown() {
        Article a = scraped();
        assertThat(a.published()).isNull();
        assertThat(a.publishedFrom()).isNull();
    }

    @Test
    void every_block_maps_back_to_the_same_characters_of_the_raw_text() {
        String raw = new String(Fixtures.bytes("/extract/scraped.txt"), StandardCharsets.UTF_8);
        Article a = scraped();
        assertThat(a.offsets()).isNotNull();
        for (Block b : a.blocks()) {
            int start = a.offsets().toRaw(b.span().start());
            assertThat(start).isNotNegative();
            assertThat(raw.substring(start, start + b.span().length())).isEqualTo(b.span().of(a.text()));
        }
        // The blank line between blocks was inserted by Herald: it maps nowhere.
        assertThat(a.offsets().toRaw(a.blocks().get(0).span().end())).isEqualTo(-1);
    }

    @Test
    void a_dateline_and_byline_under_the_headline_become_metadata() {
        Article a = Fixtures.ok(extractor.extract(Fixtures.text("""
                River levels fall after a week of floods

                By Ana Torres and Ben Okafor

                Published: 14 March 2024

                The river fell below the flood mark on Thursday for the first time in seven days, the water agency said.

                Farmers along the lower valley began to assess the damage to their fields.
                """)));
        assertThat(a.authors()).containsExactly("Ana Torres", "Ben Okafor");
        assertThat(a.published().value()).isEqualTo("2024-03-14");
        assertThat(a.publishedFrom()).isEqualTo("dateline");
        assertThat(a.paragraphs()).hasSize(2);
    }

    @Test
    void hard_wrapped_prose_stays_one_paragraph() {
        Article a = Fixtures.ok(extractor.extract(Fixtures.text("""
                Council approves new budget

                The council approved the budget for next year on Tuesday after a long
                debate about the cost of repairing the old bridge over the river and
                the need to hire more teachers for the two primary schools in town.

                The mayor said the vote was a good result.
                """)));
        assertThat(a.paragraphs()).hasSize(2);
        assertThat(a.paragraphs().get(0)).contains("long\ndebate");
    }

    @Test
    void identical_and_lightly_edited_copies_share_a_duplicate_cluster_and_other_stories_do_not() {
        Extractor x = new Extractor();
        String story = new String(Fixtures.bytes("/extract/scraped.txt"), StandardCharsets.UTF_8);
        Article first = Fixtures.ok(x.extract(Fixtures.text(story)));
        Article same = Fixtures.ok(x.extract(Fixtures.text(story.replace("Harbour cranes idle", "Cranes stand idle"))));
        Article edited = Fixtures.ok(x.extract(Fixtures.text(story.replace("four percent", "4 percent"))));
        Article other = Fixtures.ok(x.extract(Fixtures.text("""
                Library reopens after renovation

                The town library reopened on Saturday after eighteen months of building work that added a reading room.

                Visitors queued from early morning to see the new children's section and the restored clock tower.
                """)));
        assertThat(same.contentHash()).isEqualTo(first.contentHash());
        assertThat(same.duplicateCluster()).isEqualTo(first.duplicateCluster());
        assertThat(edited.contentHash()).isNotEqualTo(first.contentHash());
        assertThat(edited.duplicateCluster()).isEqualTo(first.duplicateCluster());
        assertThat(other.duplicateCluster()).isNotEqualTo(first.duplicateCluster());
        assertThat(first.id()).isNotEqualTo(same.id());
    }

    @Test
    void extraction_is_deterministic() {
        String story = new String(Fixtures.bytes("/extract/scraped.txt"), StandardCharsets.UTF_8);
        assertThat(Fixtures.ok(new Extractor().extract(Fixtures.text(story))))
                .isEqualTo(Fixtures.ok(new Extractor().extract(Fixtures.text(story))));
    }
}

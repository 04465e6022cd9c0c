package org.herald.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class ArticleTest {

    @Test
    void builder_joins_blocks_with_blank_lines_and_records_their_spans() {
        Article a = Article.builder()
                .headline("Ministers meet in Lisbon")
                .standfirst("Talks on fishing quotas")
                .paragraph("The ministers met on Monday.")
                .paragraph("  They will meet again in May.  ")
                .build();
        assertThat(a.text()).isEqualTo("Ministers meet in Lisbon\n\nTalks on fishing quotas\n\n"
                + "The ministers met on Monday.\n\nThey will meet again in May.");
        assertThat(a.blocks()).extracting(Block::kind).containsExactly(
                Block.Kind.HEADLINE, Block.Kind.STANDFIRST, Block.Kind.BODY, Block.Kind.BODY);
        assertThat(a.blocks().get(3).span().of(a.text())).isEqualTo("They will meet again in May.");
        assertThat(a.title()).isEqualTo("Ministers meet in Lisbon");
        assertThat(a.paragraphs()).hasSize(2);
    }

    @Test
    void a_blank_line_inside_a_paragraph_never_reaches_the_text() {
        Article a = Article.builder().paragraph("one\n\n\ntwo").build();
        assertThat(a.text()).isEqualTo("one\ntwo");
    }

    @Test
    void id_is_deterministic_and_depends_on_text_and_url() {
        Article a = Article.builder().headline("A").paragraph("b").build();
        Article b = Article.builder().headline("A").paragraph("b").build();
        Article c = Article.builder().headline("A").paragraph("b").url("https://example.org/a").build();
        assertThat(a.id()).isEqualTo(b.id()).hasSize(16).isNotEqualTo(c.id());
    }

    @Test
    void content_hash_ignores_case_and_spacing_of_the_body() {
        Article a = Article.builder().headline("One").paragraph("The  Army moved.").build();
        Article b = Article.builder().headline("Other").paragraph("the army   moved.").build();
        assertThat(a.contentHash()).isEqualTo(b.contentHash());
    }

    @Test
    void offsets_map_back_to_the_raw_text() {
        String raw = "Headline here\n\nBody starts here.";
        Article a = Article.builder().headline("Headline here", 0).paragraph("Body starts here.", 15).build();
        int bodyStart = a.blocks().get(1).span().start();
        assertThat(a.offsets().toRaw(bodyStart)).isEqualTo(15);
        assertThat(raw.charAt(a.offsets().toRaw(bodyStart + 5))).isEqualTo(a.text().charAt(bodyStart + 5));
        assertThat(a.offsets().toRaw(bodyStart - 1)).isEqualTo(-1);
    }

    @Test
    void json_round_trips() {
        Article a = Article.builder().headline("Talks").paragraph("They talked.")
                .published(ResolvedDate.day(LocalDate.of(2023, 9, 11)), "user")
                .related(new Link("Other story", "https://example.org/x")).author("A. Writer").build();
        assertThat(Json.read(Json.write(a), Article.class)).isEqualTo(a);
    }

    @Property(tries = 200)
    void every_block_span_is_inside_the_text_and_holds_no_blank_line(
            @ForAll @Size(max = 6) List<@StringLength(max = 40) String> paragraphs) {
        Article.Builder b = Article.builder();
        paragraphs.forEach(b::paragraph);
        Article a = b.build();
        for (Block block : a.blocks()) {
            String s = block.span().of(a.text());
            assertThat(s).isNotBlank().doesNotContain("\n\n");
            assertThat(s).isEqualTo(s.strip());
        }
    }

    @Test
    void a_span_cannot_run_backwards() {
        assertThatThrownBy(() -> new Span(5, 4)).isInstanceOf(IllegalArgumentException.class);
    }
}

package org.herald.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PageWordsTest {

    private static PageWords parse(String text) throws java.io.IOException {
        return PageWords.parse("words.tsv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void the_bundled_list_loads() {
        PageWords w = PageWords.shared();
        assertThat(w.namesAct("Log in to keep reading")).isTrue();
        assertThat(w.namesAct("The login page of the bank was down")).isTrue();
        assertThat(w.namesAct("The council met on Monday")).isFalse();
    }

    @Test
    void a_post_on_a_social_network_is_told_from_a_profile() {
        PageWords w = PageWords.shared();
        assertThat(w.isSocialPost("https://twitter.com/BrannockFire/status/1787000000000000001")).isTrue();
        assertThat(w.isSocialPost("https://www.instagram.com/p/Cabc123/")).isTrue();
        assertThat(w.isSocialPost("https://twitter.com/BrannockFire")).isFalse();
        assertThat(w.isSocialPost("https://www.linkedin.com/in/someone")).isFalse();
        assertThat(w.isSocialPost("https://news.example/status/1")).isFalse();
        assertThat(w.isSocialPost("not a url")).isFalse();
    }

    @Test
    void author_pages_and_topic_words() {
        PageWords w = PageWords.shared();
        assertThat(w.isAuthorPage("/staff/tomas-reyes")).isTrue();
        assertThat(w.isAuthorPage("https://news.example/news/ferry")).isFalse();
        assertThat(w.topicWords("Ferries halted after the strikes")).containsExactlyInAnyOrder("ferri", "halte", "strik");
    }

    @Test
    void a_bad_line_names_the_file_and_line() {
        assertThatThrownBy(() -> parse("act\tsubscribe\n\nverb\tsay\n"))
                .hasMessageContaining("words.tsv: line 3").hasMessageContaining("unknown kind 'verb'");
        assertThatThrownBy(() -> parse("act\tSubscribe\n")).hasMessageContaining("words.tsv: line 1");
        assertThatThrownBy(() -> parse("act\tsubscribe\nact\tsubscribe\n")).hasMessageContaining("line 2")
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> parse("act\tsubscribe\nsocial\ttwitter.com\n")).hasMessageContaining("line 2");
        assertThatThrownBy(() -> parse("act\n")).hasMessageContaining("line 1");
        assertThatThrownBy(() -> parse("social\tx.com status\n")).hasMessageContaining("no 'act' entries");
    }
}

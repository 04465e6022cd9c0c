package org.herald.quotes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LayoutTest {

    @Test
    void teaser_and_tag_lines_are_clutter() {
        assertThat(Layout.isClutter("READ MORE: Putin ‘ready to talk’ as Kim boards train")).isTrue();
        assertThat(Layout.isClutter("Don’t miss…")).isTrue();
        assertThat(Layout.isClutter("Kim and Putin ‘have nothing to fear’ now[INSIGHT]")).isTrue();
        assertThat(Layout.isClutter("Source: Read Full Article")).isTrue();
    }

    @Test
    void running_text_is_not_clutter() {
        assertThat(Layout.isClutter("The agency said: “He will arrive soon.”")).isFalse();
        assertThat(Layout.isClutter("More than 40 people were hurt, officials said.")).isFalse();
        assertThat(Layout.isClutter("Watch the skies, the minister told farmers on Monday.")).isFalse();
    }
}

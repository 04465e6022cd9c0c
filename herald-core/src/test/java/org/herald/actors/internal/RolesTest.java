package org.herald.actors.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RolesTest {

    private static final KnowledgeBase KB = Bits.kb("""
            role army = MIL
            title spokesman = ?GOV
            title Mr = -
            role foreign ministry = GOV
            """);

    private static List<Piece> pieces(String text) {
        return java.util.Arrays.stream(Bits.pieces(KB, Bits.sentences(java.util.Set.of(), java.util.Set.of(), text).get(0)))
                .filter(p -> p != null).toList();
    }

    @Test
    void the_last_strong_role_decides_and_weak_ones_only_alone() {
        assertThat(Roles.of(pieces("army spokesman"))).containsExactly("MIL");
        assertThat(Roles.of(pieces("spokesman"))).containsExactly("GOV");
        assertThat(Roles.of(pieces("Mr"))).isEmpty();
        assertThat(Roles.strongest(pieces("Mr"))).isNull();
        assertThat(Roles.of(pieces("army foreign ministry spokesman"))).containsExactly("GOV");
    }
}

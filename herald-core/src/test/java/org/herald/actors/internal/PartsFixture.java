package org.herald.actors.internal;

import java.util.List;
import java.util.Set;
import org.herald.model.Sentence;

/** A tiny base shared by the parts' tests. */
final class PartsFixture {

    static final KnowledgeBase KB = Bits.kb("""
            country Russia = RUS
            adj     Russian; Russians = RUS
            capital Moscow = RUS
            country Iraq = IRQ
            adj     Iraqi = IRQ
            city    Kirkuk = IRQ
            country Serbia = SRB
            adj     Albanians = ALB
            adj     Kurds = ---
            country Nigeria = NGA
            adj     Nigerian = NGA
            region  Western = WST
            person  Paul Kagame = RWAGOV 2000-03-24..
            person  Joe Kagame = RWA ..1990
            title   president = GOV
            title   spokesman = ?GOV
            title   terrorist = INS
            title   prisoner = CVL
            role    troops = MIL
            role    rebels = REB
            role    settlers = CVL
            role    court = JUD
            role    helicopter gunships; gunships = MIL
            skip    senior
            """);

    static final WordLists WORDS = WordLists.standard();

    private PartsFixture() {
    }

    static Sentence sentence(String text) {
        return Bits.sentences(Set.of(), Set.of(), text).get(0);
    }

    static List<Sentence> sentences(Set<String> people, String... text) {
        return Bits.sentences(people, Set.of(), text);
    }
}

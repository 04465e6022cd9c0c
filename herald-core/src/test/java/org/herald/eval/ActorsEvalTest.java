package org.herald.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.herald.model.Actor;
import org.herald.model.Json;
import org.junit.jupiter.api.Test;

class ActorsEvalTest {

    private static JsonNode json(String s) throws Exception {
        return Json.MAPPER.readTree(s);
    }

    @Test
    void reads_plover_actor_objects_with_sectors_and_maps_old_country_codes() throws Exception {
        List<ActorsEval.Gold> g = ActorsEval.gold(json("""
                {"text": "x", "expected": [{"source": "JAP", "target": "IGO",
                  "source_actors": [{"actorText": "Tokyo", "code": "JAP", "sector": "GOV"}],
                  "target_actors": [{"actorText": "UN", "code": "IGO"}, {"actorText": "Kurds", "code": "IRQ", "sector": "CVLkur"},
                                    {"actorText": "?", "code": "ISR", "sector": "***"}]}]}"""));
        assertThat(g).extracting(ActorsEval.Gold::role).containsExactly("source", "target", "target", "target");
        assertThat(g).extracting(ActorsEval.Gold::country).containsExactly("JPN", "IGO", "IRQ", "ISR");
        assertThat(g).extracting(ActorsEval.Gold::full).containsExactly("JPNGOV", "IGO", "IRQCVL", "ISR");
    }

    @Test
    void reads_petrarch_codes_and_keeps_unknown_countries_for_the_full_code_only() throws Exception {
        List<ActorsEval.Gold> g = ActorsEval.gold(json("""
                {"text": "x", "expected": [{"source": "---LEG", "target": "USAGOV", "code": "112"}, {"source": "", "target": "RUS"}]}"""));
        assertThat(g).extracting(ActorsEval.Gold::country).containsExactly(null, "USA", "RUS");
        assertThat(g).extracting(ActorsEval.Gold::full).containsExactly("---LEG", "USAGOV", "RUS");
    }

    @Test
    void a_full_match_needs_the_sector_for_plover_and_the_whole_code_for_petrarch() {
        ActorsEval.Gold plover = new ActorsEval.Gold("source", "RUS", "RUSGOV", "GOV", true);
        assertThat(ActorsEval.fullMatch(plover, new Actor("RUSGOV", "RUS", List.of("GOV"), null))).isTrue();
        assertThat(ActorsEval.fullMatch(plover, new Actor("RUSMIL", "RUS", List.of("MIL"), null))).isFalse();
        ActorsEval.Gold bare = new ActorsEval.Gold("source", "RUS", "RUS", null, true);
        assertThat(ActorsEval.fullMatch(bare, new Actor("RUS", "RUS", List.of(), null))).isTrue();
        assertThat(ActorsEval.fullMatch(bare, new Actor("RUSGOV", "RUS", List.of("GOV"), null))).isFalse();
        ActorsEval.Gold igo = new ActorsEval.Gold("source", "IGO", "IGO", null, true);
        assertThat(ActorsEval.fullMatch(igo, new Actor("IGOUNO", "IGO", List.of("UNO"), null))).isTrue();
        ActorsEval.Gold petr = new ActorsEval.Gold("target", null, "---LEG", null, false);
        assertThat(ActorsEval.fullMatch(petr, new Actor("---LEG", null, List.of("LEG"), null))).isTrue();
    }

    @Test
    void is_registered_and_accepts_its_two_sets() {
        assertThat(Tasks.named("actors")).isPresent();
        ActorsEval t = new ActorsEval();
        assertThat(t.accepts(new Dataset("plover-gsr-cameo", java.nio.file.Path.of("dev.jsonl")))).isTrue();
        assertThat(t.accepts(new Dataset("petrarch2-gsr", java.nio.file.Path.of("dev.jsonl")))).isTrue();
        assertThat(t.accepts(new Dataset("bbc-news", java.nio.file.Path.of("dev.jsonl")))).isFalse();
    }
}

package org.herald.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.herald.events.EventCoder;
import org.herald.model.Event;
import org.herald.model.Json;
import org.herald.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

/**
 * The events task scores what users get: its figures on a gold set written for the project equal
 * those of scoring, case by case, the events exactly as {@code herald code --format json} prints
 * them (one {@link Json#write} line per event of {@link Pipeline#code}, read back), on the same article.
 */
class EventsEvalIT {

    private static final Path WRITTEN = Path.of("src", "test", "resources", "org", "herald", "eval", "events-written");

    @Test
    void the_events_figures_are_the_figures_of_what_herald_code_prints() throws Exception {
        Dataset ds = Dataset.at(WRITTEN);
        Report report = new EventsEval().run(ds, new EvalContext(null, 0));

        Pipeline pipeline = Pipeline.standard();
        EventCoder coder = EventCoder.standard();
        Score root = Score.ZERO;
        Score full = Score.ZERO;
        Score rootOnly = Score.ZERO;
        for (JsonNode r : ds.records()) {
            List<Event> printed = new ArrayList<>();
            for (Event e : pipeline.code(EventsEval.article(r.path("text").asText(), r.path("date").asText(null))).events()) {
                printed.add(Json.read(Json.write(e), Event.class)); // what herald code prints, one line an event
            }
            List<EventsEval.Dyad> gold = new ArrayList<>();
            for (JsonNode g : r.path("expected")) {
                gold.add(new EventsEval.Dyad(g.path("source").asText(), g.path("target").asText(), g.path("code").asText()));
            }
            List<EventsEval.Dyad> pred = EventsEval.cameoView(printed, coder);
            root = root.plus(EventsEval.score(pred.stream().map(d -> d.countries().root()).toList(),
                    gold.stream().map(d -> d.countries().root()).toList()));
            full = full.plus(EventsEval.score(pred.stream().map(EventsEval.Dyad::countries).toList(),
                    gold.stream().map(EventsEval.Dyad::countries).toList()));
            rootOnly = rootOnly.plus(EventsEval.score(pred.stream().map(d -> new EventsEval.Dyad("", "", d.root().code())).toList(),
                    gold.stream().map(d -> new EventsEval.Dyad("", "", d.root().code())).toList()));
        }
        Map<String, Double> m = new LinkedHashMap<>();
        Report.put(m, "root.country", root);
        Report.put(m, "code.country", full);
        Report.put(m, "root.only", rootOnly);
        assertThat(report.items()).isEqualTo(6);
        assertThat(report.metrics()).isEqualTo(m);
        assertThat(root.tp()).as("the written cases are coded at all").isPositive();
    }
}

package org.herald.eval;

import java.util.List;
import java.util.Optional;

/** Every evaluation task Herald has, in pipeline order. */
public final class Tasks {

    private Tasks() {
    }

    public static List<EvalTask> all() {
        return List.of(new ActorsEval());
        return List.of(new ExtractEval());
        return List.of(new PlacesEval());
        return List.of(new ActorsEval(), new EventsEval());
        return List.of(new ActorsEval(), new QuotesEval());
    }

    public static Optional<EvalTask> named(String name) {
        return all().stream().filter(t -> t.name().equals(name)).findFirst();
    }
}

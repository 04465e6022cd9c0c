package org.herald.eval;

import java.util.List;
import java.util.Optional;

/** Every evaluation task Herald has, in pipeline order. */
public final class Tasks {

    private Tasks() {
    }

    public static List<EvalTask> all() {
        List<EvalTask> tasks = new java.util.ArrayList<>();
        tasks.add(new ExtractEval());
        tasks.add(new ActorsEval());
        tasks.add(new EventsEval());
        tasks.add(new QuotesEval());
        tasks.add(new PlacesEval());
        return tasks;
    }

    public static Optional<EvalTask> named(String name) {
        return all().stream().filter(t -> t.name().equals(name)).findFirst();
    }
}

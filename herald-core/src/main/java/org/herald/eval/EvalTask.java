package org.herald.eval;

import java.nio.file.Path;

/**
 * One evaluation task (extract, actors, events, quotes, places) that scores Herald against gold
 * sets in the JSON Lines formats of the benchmark folders.
 */
public interface EvalTask {

    /** The name users type: {@code herald eval NAME}. */
    String name();

    /**
     * Whether this task can score a dataset, judged from the folder's name or the fields of its
     * first record. {@code herald eval --all} runs every task on every dataset it accepts.
     */
    boolean accepts(Dataset dataset);

    /** Scores Herald on the dataset. Bad records become notes in the report, not exceptions. */
    Report run(Dataset dataset, EvalContext context) throws java.io.IOException;
}

package org.herald.eval;

import java.io.PrintStream;

/**
 * What a task may use while it runs: a place to print progress, a limit on how many records to
 * score (0 = all), for quick looks, and where to print case-by-case detail ({@code null}: none).
 * Detail is only ever given for the tune part of a gold set: check cases are scored in aggregate
 * and never shown one by one ({@link #forPart}).
 */
public record EvalContext(PrintStream log, int limit, PrintStream detail) {

    public EvalContext(PrintStream log, int limit) {
        this(log, limit, null);
    }

    /** This context for a run on one part of a gold set: no detail on the check part. */
    public EvalContext forPart(Split.Part part) {
        return part == Split.Part.CHECK ? new EvalContext(log, limit, null) : this;
    }
}

package org.herald.eval;

import java.io.PrintStream;

/**
 * What a task may use while it runs: a place to print progress, and a limit on how many records
 * to score (0 = all), for quick looks.
 */
public record EvalContext(PrintStream log, int limit) {
}

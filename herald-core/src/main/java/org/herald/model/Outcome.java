package org.herald.model;

/**
 * What became of one document at one stage: a value, or a {@link Problem} saying why there is
 * none. {@link Skipped} is for documents left alone on purpose (robots.txt, not a page); {@link
 * Failed} is for documents that could not be handled. Batches count the three and go on.
 */
public sealed interface Outcome<T> {

    record Ok<T>(T value) implements Outcome<T> {
    }

    record Skipped<T>(Problem problem) implements Outcome<T> {
    }

    record Failed<T>(Problem problem) implements Outcome<T> {
    }

    static <T> Outcome<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> Outcome<T> failed(Problem problem) {
        return new Failed<>(problem);
    }

    static <T> Outcome<T> skipped(Problem problem) {
        return new Skipped<>(problem);
    }

    /** The problem of a skipped or failed outcome (their record accessors), else null. */
    default Problem problem() {
        return null;
    }
}

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

    /**
     * The next stage's outcome for a value; a skipped or failed outcome passes on as it is, so a
     * batch counts a document once, where it stopped.
     */
    default <U> Outcome<U> then(java.util.function.Function<T, Outcome<U>> next) {
        if (this instanceof Ok<T> ok) {
            return next.apply(ok.value());
        }
        return this instanceof Skipped<T> ? skipped(problem()) : failed(problem());
    }

    /** The problem of a skipped or failed outcome (their record accessors), else null. */
    default Problem problem() {
        return null;
    }
}

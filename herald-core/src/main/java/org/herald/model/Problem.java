package org.herald.model;

/**
 * Why a document could not be handled: which input, at which stage, where in it, a stable code a
 * program can match on, and a message for people. Problems are values, not exceptions: a batch
 * records them and goes on.
 *
 * @param position where in the input, in the input's own terms ("byte 1024", "line 3",
 *     "record at offset 5120"); null when the whole input is at fault
 */
public record Problem(String input, Stage stage, String position, String code, String message) {

    public Problem {
        if (input == null || stage == null || code == null || message == null) {
            throw new IllegalArgumentException("a problem names its input, stage, code and message");
        }
    }

    /** One line: {@code input: stage: position: message [code]}. */
    @Override
    public String toString() {
        return input + ": " + stage.json() + (position == null ? "" : ": " + position) + ": " + message + " [" + code + "]";
    }
}

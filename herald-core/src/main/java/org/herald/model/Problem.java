package org.herald.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Why a document could not be handled: which input, at which stage, where in it, a stable code a
 * program can match on, and a message for people. Problems are values, not exceptions: a batch
 * records them and goes on.
 *
 * <p>The codes are one closed set ({@link Code}), each with a dotted name that does not change
 * ({@code ingest.warc.too-large}); docs/design.md lists them. A code of one stage can only be
 * that stage's problem; the {@code stage.*} codes (a time limit, an interrupt, a bug) can happen
 * in any stage, and the problem names the stage it happened in.
 *
 * @param position where in the input, in the input's own terms; null when the whole input is at fault
 */
public record Problem(String input, Stage stage, Position position, Code code, String message) {

    /** Every problem Herald reports, with its stable dotted name and the stage it belongs to. */
    public enum Code {
        // ingest: reading sources
        INGEST_BAD_URL(Stage.INGEST, "ingest.bad-url"),
        INGEST_NO_FILE(Stage.INGEST, "ingest.file.missing"),
        INGEST_UNREADABLE(Stage.INGEST, "ingest.file.unreadable"),
        INGEST_TOO_LARGE(Stage.INGEST, "ingest.file.too-large"),
        INGEST_BINARY(Stage.INGEST, "ingest.file.binary"),
        WARC_CORRUPT(Stage.INGEST, "ingest.warc.corrupt"),
        WARC_NOT_HTML(Stage.INGEST, "ingest.warc.not-html"),
        WARC_HTTP_STATUS(Stage.INGEST, "ingest.warc.http-status"),
        WARC_TOO_LARGE(Stage.INGEST, "ingest.warc.too-large"),
        WARC_GZIP_BOMB(Stage.INGEST, "ingest.warc.gzip-bomb"),
        FEED_UNREADABLE(Stage.INGEST, "ingest.feed.unreadable"),
        FEED_DOCTYPE(Stage.INGEST, "ingest.feed.doctype"),
        FEED_TOO_DEEP(Stage.INGEST, "ingest.feed.too-deep"),
        FEED_TOO_MANY_ENTRIES(Stage.INGEST, "ingest.feed.too-many-entries"),
        FEED_NO_CONTENT(Stage.INGEST, "ingest.feed.no-content"),
        JSONL_UNREADABLE(Stage.INGEST, "ingest.jsonl.unreadable"),
        JSONL_TOO_LARGE(Stage.INGEST, "ingest.jsonl.too-large"),
        JSONL_NOT_JSON(Stage.INGEST, "ingest.jsonl.not-json"),
        JSONL_NO_CONTENT(Stage.INGEST, "ingest.jsonl.no-content"),
        HTTP_BAD_URL(Stage.INGEST, "ingest.http.bad-url"),
        HTTP_PRIVATE_ADDRESS(Stage.INGEST, "ingest.http.private-address"),
        HTTP_UNKNOWN_HOST(Stage.INGEST, "ingest.http.unknown-host"),
        HTTP_TOO_LARGE(Stage.INGEST, "ingest.http.too-large"),
        HTTP_TIMEOUT(Stage.INGEST, "ingest.http.timeout"),
        HTTP_UNREACHABLE(Stage.INGEST, "ingest.http.unreachable"),
        HTTP_STATUS(Stage.INGEST, "ingest.http.status"),
        HTTP_REDIRECTS(Stage.INGEST, "ingest.http.too-many-redirects"),
        HTTP_ROBOTS(Stage.INGEST, "ingest.http.robots"),
        HTTP_NOT_A_PAGE(Stage.INGEST, "ingest.http.not-a-page"),
        // extract: finding the article in a document
        EXTRACT_EMPTY(Stage.EXTRACT, "extract.empty"),
        EXTRACT_TOO_LARGE(Stage.EXTRACT, "extract.too-large"),
        EXTRACT_BINARY(Stage.EXTRACT, "extract.binary"),
        EXTRACT_TOO_DEEP(Stage.EXTRACT, "extract.too-deep"),
        EXTRACT_NO_TEXT(Stage.EXTRACT, "extract.no-text"),
        // events: part of an article
        EVENTS_BAD_SENTENCE(Stage.EVENTS, "events.bad-sentence"),
        // store
        STORE_READ(Stage.STORE, "store.read"),
        STORE_WRITE(Stage.STORE, "store.write"),
        // any stage: the problem names the stage it happened in
        TIME_LIMIT(null, "stage.time-limit"),
        INTERRUPTED(null, "stage.interrupted"),
        INTERNAL(null, "stage.internal");

        private final Stage stage;
        private final String dotted;

        Code(Stage stage, String dotted) {
            this.stage = stage;
            this.dotted = dotted;
        }

        /** The stage whose problem this is; null for the codes any stage can have. */
        public Stage stage() {
            return stage;
        }

        /** The stable dotted name programs match on. */
        @JsonValue
        public String dotted() {
            return dotted;
        }

        @JsonCreator
        public static Code of(String dotted) {
            for (Code c : values()) {
                if (c.dotted.equals(dotted)) {
                    return c;
                }
            }
            throw new IllegalArgumentException("no problem code '" + dotted + "'");
        }

        @Override
        public String toString() {
            return dotted;
        }
    }

    public Problem {
        if (input == null || stage == null || code == null || message == null) {
            throw new IllegalArgumentException("a problem names its input, stage, code and message");
        }
        if (code.stage() != null && code.stage() != stage) {
            throw new IllegalArgumentException(code + " is a problem of the " + code.stage().json() + " stage, not of " + stage.json());
        }
    }

    /** A problem of the stage its code belongs to. */
    public Problem(String input, Code code, Position position, String message) {
        this(input, code.stage(), position, code, message);
    }

    /** One line: {@code input: stage: position: message [code]}. */
    @Override
    public String toString() {
        return input + ": " + stage.json() + (position == null ? "" : ": " + position) + ": " + message + " [" + code + "]";
    }
}

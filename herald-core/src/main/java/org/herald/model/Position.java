package org.herald.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Where in an input a {@link Problem} is, in the input's own terms: a byte offset into a file, a
 * line of a JSON Lines file, a record of a WARC archive (by the byte offset it starts at), an entry
 * of a feed, or a sentence of an article. Each prints as people read it ("byte 1024", "record at
 * offset 5120"); JSON gives the kind and the number.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Position.AtByte.class, name = "byte"),
        @JsonSubTypes.Type(value = Position.AtLine.class, name = "line"),
        @JsonSubTypes.Type(value = Position.AtRecord.class, name = "record"),
        @JsonSubTypes.Type(value = Position.AtEntry.class, name = "entry"),
        @JsonSubTypes.Type(value = Position.AtSentence.class, name = "sentence"),
})
public sealed interface Position {

    /** A byte offset from the start of the input (0 is the first byte). */
    record AtByte(long offset) implements Position {
        @Override
        public String toString() {
            return "byte " + offset;
        }
    }

    /** A line of a text input, counted from 1. */
    record AtLine(long line) implements Position {
        @Override
        public String toString() {
            return "line " + line;
        }
    }

    /** A WARC record, by the byte offset of its start in the (compressed) archive. */
    record AtRecord(long offset) implements Position {
        @Override
        public String toString() {
            return "record at offset " + offset;
        }
    }

    /** An entry of a feed, counted from 1. */
    record AtEntry(int entry) implements Position {
        @Override
        public String toString() {
            return "entry " + entry;
        }
    }

    /** A sentence of an article, by its index (from 0, as {@link Sentence#index()}). */
    record AtSentence(int sentence) implements Position {
        @Override
        public String toString() {
            return "sentence " + sentence;
        }
    }

    static Position byteOffset(long offset) {
        return new AtByte(offset);
    }

    static Position line(long line) {
        return new AtLine(line);
    }

    static Position record(long offset) {
        return new AtRecord(offset);
    }

    static Position entry(int entry) {
        return new AtEntry(entry);
    }

    static Position sentence(int sentence) {
        return new AtSentence(sentence);
    }
}

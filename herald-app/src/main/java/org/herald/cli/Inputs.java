package org.herald.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.herald.model.ResolvedDate;

/** Reading the inputs commands name, with one-line errors that name the input. */
final class Inputs {

    private Inputs() {
    }

    /** Thrown for input a command cannot use; its message is the whole one-line error. */
    static final class BadInput extends Exception {
        BadInput(String message) {
            super(message);
        }
    }

    /** The text of a file, or of standard input for "-", as UTF-8. */
    static String text(String name, InputStream stdin) throws BadInput {
        byte[] bytes;
        try {
            bytes = name.equals("-") ? stdin.readAllBytes() : Files.readAllBytes(Path.of(name));
        } catch (NoSuchFileException e) {
            throw new BadInput(name + ": no such file");
        } catch (IOException e) {
            throw new BadInput(name + ": cannot read: " + e.getMessage());
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BadInput(name + ": not UTF-8 text (a binary file?)");
        }
        if (text.indexOf('\0') >= 0) {
            throw new BadInput(name + ": binary data, not text");
        }
        if (text.isBlank()) {
            throw new BadInput(name + ": empty: no text to read");
        }
        return text;
    }

    static ResolvedDate date(String value) throws BadInput {
        if (value == null) {
            return null;
        }
        try {
            return ResolvedDate.day(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            throw new BadInput("--published " + value + ": not a date of the form YYYY-MM-DD");
        }
    }
}

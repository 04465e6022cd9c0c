package org.herald.cli;

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

    /** What {@code --published} means in every command. */
    static final String PUBLISHED_HELP = "the publication date (YYYY-MM-DD): when given, it wins over the date the "
            + "input states; relative dates (\"Tuesday\") resolve against it and it picks the office a person held";

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

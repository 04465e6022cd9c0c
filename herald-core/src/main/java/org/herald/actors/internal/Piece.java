package org.herald.actors.internal;

import java.util.List;

/**
 * What tokens {@code [start, end)} of a sentence were read as: a knowledge-base entry found by
 * its alias, a surname, or a body named by its kind.
 *
 * @param how which rule found it ({@code name}, {@code alias}, {@code surname})
 * @param names for a surname shared by several people named in full, their names; else null
 */
record Piece(Kind kind, int start, int end, Entry entry, String how, List<String> names) {

    /** The same piece over more tokens ("Iraqi Kurds", "Vietnamese-led"). */
    Piece extend(int to) {
        return new Piece(kind, start, to, entry, how, names);
    }

    /** Whether the piece names a country or a place in it. */
    boolean place() {
        return kind == Kind.COUNTRY || kind == Kind.ADJ || kind == Kind.CITY || kind == Kind.CAPITAL;
    }
}

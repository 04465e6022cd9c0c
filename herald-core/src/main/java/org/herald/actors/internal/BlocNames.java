package org.herald.actors.internal;

import java.util.List;
import org.herald.model.Token;

/**
 * A region's one-word name (a bloc word: "West") standing at the head of a longer proper name is
 * part of that name, not the bloc: "West Yorkshire Police", "the West End", "West Jerusalem". English
 * writes a compass word before a place's own name to name a part of it (a county, a district, a
 * state: "South Carolina"), and the bloc is named by the word standing alone ("the West",
 * "Western powers"). Longer names the base holds ("the West Bank", "West Africa") are aliases
 * of their own and won by the longest match before this rule runs.
 */
final class BlocNames {

    private BlocNames() {
    }

    /** Clears the region pieces of one word that head a proper name the base does not hold. */
    static void clear(Piece[] at, Tokens w, List<Token> toks) {
        for (int i = 0; i + 1 < at.length; i++) {
            Piece p = at[i];
            if (p == null || p.kind() != Kind.REGION || p.end() != i + 1) {
                continue;
            }
            Piece after = at[i + 1];
            if (after != null) {
                // "West Jerusalem", "West Berlin": the part of a city is the city's
                if (after.kind() == Kind.CITY || after.kind() == Kind.CAPITAL) {
                    at[i] = null;
                }
                continue;
            }
            Token next = toks.get(i + 1);
            // a proper noun written with a capital, not a day or month ("the West on Monday" has "on")
            if (w.capital(i + 1) && next.pos().startsWith("NNP") && !"DATE".equals(next.ner())) {
                at[i] = null;
            }
        }
    }
}

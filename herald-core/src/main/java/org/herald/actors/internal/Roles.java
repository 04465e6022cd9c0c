package org.herald.actors.internal;

import java.util.ArrayList;
import java.util.List;

/** The role of a phrase's role nouns: the last strong one, else the last weak one ("army spokesman" is MIL). */
final class Roles {

    private Roles() {
    }

    /** The role codes of the deciding role noun, or none. */
    static List<String> of(List<Piece> roles) {
        Entry e = strongest(roles);
        if (e == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 3 <= e.code().length(); i += 3) {
            out.add(e.code().substring(i, i + 3));
        }
        return out;
    }

    /**
     * The deciding role noun's entry, or null when none has a role. A member or unit of the
     * military (MIL: "commander", "forces", "officers") after another armed body's role noun is
     * that body's: "police forces" are COP, "rebel commanders" REB, "intelligence officers" SPY;
     * MIL is the state's army, and the noun before names which armed body is meant.
     */
    static Entry strongest(List<Piece> roles) {
        Entry strong = null;
        Entry weak = null;
        for (Piece p : roles) {
            Entry e = p.entry();
            if (e.code().isEmpty()) {
                continue;
            }
            if (e.weak()) {
                weak = e;
            } else if (!(e.code().equals("MIL") && strong != null && !strong.code().equals("MIL")
                    && WordLists.standard().is(WordLists.Name.ARMED_ROLE, strong.code()))) {
                strong = e;
            }
        }
        return strong != null ? strong : weak;
    }
}

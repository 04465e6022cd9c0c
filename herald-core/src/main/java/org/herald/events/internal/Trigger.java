package org.herald.events.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A trigger found in a sentence: the token, the lexicon entry that applies, and the tokens its
 * constraints matched, in the entry's order.
 */
public record Trigger(int token, Lexicon.Entry entry, List<Integer> matched) {

    public Trigger {
        matched = List.copyOf(matched);
    }

    /** Matched words that are part of the trigger's phrase, not wildcards that may be participants. */
    public List<Integer> fixed() {
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < matched.size(); k++) {
            if (!entry.constraints().get(k).lemmas().contains("*")) {
                out.add(matched.get(k));
            }
        }
        return out;
    }
}

package org.herald.events.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The source × target pairs an act is coded as: one event per pair; for a mutual act, one per
 * unordered pair of all parties named, first-named as source.
 */
final class Pairs {

    private Pairs() {
    }

    static List<Arguments.Side[]> of(List<Arguments.Side> sources, List<Arguments.Side> targets, boolean mutual) {
        return of(sources, targets, mutual, false);
    }

    /**
     * As {@link #of(List, List, boolean)}; {@code asksAnother} for an appeal or a demand (CAMEO
     * 02, 10: "the source asks that the target does something"), which is made to another party by
     * definition, so a target named apart from its source is another party even when both have one
     * code ("the minister urged the government to act": GBRGOV to GBRGOV), unless it is the same
     * name or a reflexive ("urged itself").
     */
    static List<Arguments.Side[]> of(List<Arguments.Side> sources, List<Arguments.Side> targets, boolean mutual,
                                     boolean asksAnother) {
        List<Arguments.Side[]> out = new ArrayList<>();
        if (mutual) {
            List<Arguments.Side> all = new ArrayList<>();
            Set<String> keys = new HashSet<>();
            for (Arguments.Side s : sources) {
                if (keys.add(s.key())) {
                    all.add(s);
                }
            }
            for (Arguments.Side s : targets) {
                if (keys.add(s.key())) {
                    all.add(s);
                }
            }
            if (all.stream().filter(s -> s.actor() != null).count() >= 2) {
                // parties with actors are paired among themselves; one with no actor is no side
                all.removeIf(s -> s.actor() == null);
            }
            if (all.size() == 1) {
                if (all.get(0).actor() != null) {
                    out.add(new Arguments.Side[] {all.get(0), null});
                }
                return out;
            }
            for (int i = 0; i < all.size(); i++) {
                for (int j = i + 1; j < all.size(); j++) {
                    // a joint act has no direction: the party with an actor is its source
                    boolean swap = all.get(i).actor() == null;
                    add(out, swap ? all.get(j) : all.get(i), swap ? all.get(i) : all.get(j), false);
                }
            }
            return out;
        }
        if (sources.isEmpty() && targets.isEmpty()) {
            return out;
        }
        List<Arguments.Side> ss = sources.isEmpty() ? Collections.singletonList(null) : sources;
        List<Arguments.Side> ts = targets.isEmpty() ? Collections.singletonList(null) : targets;
        for (Arguments.Side s : ss) {
            for (Arguments.Side t : ts) {
                add(out, s, t, asksAnother);
            }
        }
        if (out.isEmpty() && !sources.isEmpty() && sources.get(0).actor() != null) {
            // "the junta purged itself": an act on oneself keeps its source
            out.add(new Arguments.Side[] {sources.get(0), null});
        }
        return out;
    }

    private static void add(List<Arguments.Side[]> out, Arguments.Side s, Arguments.Side t, boolean asksAnother) {
        boolean sa = s != null && s.actor() != null;
        boolean ta = t != null && t.actor() != null;
        // an act is a source's: with no actor for its source it is no event (docs/article-gold.md)
        if (!sa) {
            return;
        }
        // a side inferred from a source (an empty span: its own country or government) is that
        // source's, not another's ("Russia and Ukraine's envoys denied ...": each its own)
        if (sa && ta && t.implied() && t.participant().span().length() == 0
                && !Objects.equals(s.actor().country(), t.actor().country())) {
            return;
        }
        // an act on oneself is no dyad, but a people's act in or on its own country is ("Iraqi
        // Kurds demonstrated in Kirkuk"), and so is one of two people who share an office's code
        // ("Blair accused Boris Johnson": two prime ministers, both GBRGOV)
        if (sa && ta && s.actor().code().equals(t.actor().code()) && !t.implied() && !twoPeople(s, t)
                && !(asksAnother && asked(s, t))) {
            return;
        }
        out.add(new Arguments.Side[] {s, t});
    }

    /** Whether an appeal's target is a party named apart from its source: other words, no reflexive, no shared name. */
    private static boolean asked(Arguments.Side s, Arguments.Side t) {
        String words = t.participant().text().toLowerCase(java.util.Locale.ROOT);
        String a = s.actor().name();
        String b = t.actor().name();
        return t.participant().span().length() > 0 && !t.participant().span().overlaps(s.participant().span())
                && !words.endsWith("self") && !words.endsWith("selves") && !(a != null && a.equals(b));
    }

    /** Whether two sides are two named people or bodies, not one: both named, by different names. */
    private static boolean twoPeople(Arguments.Side s, Arguments.Side t) {
        String a = s.actor().name();
        String b = t.actor().name();
        return a != null && b != null && !a.equals(b);
    }
}

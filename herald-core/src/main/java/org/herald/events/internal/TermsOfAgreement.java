package org.herald.events.internal;

import org.herald.model.Dependency;
import org.herald.model.Event;
import org.herald.model.Mode;

/**
 * What is still to be done under an agreement is its terms, not an act of its own. "Under" with
 * a deal, an agreement, a plan or a law ({@code senses.txt} class {@code abstract}) means "as it
 * provides" (grammar: the preposition of authority and provision), and a future act in that frame
 * ("Under the agreement, it will supply India with 7.5 million tonnes of LPG", "Under this deal,
 * the Argentine market will be opened to Venezuelan investment") tells what the parties agreed,
 * which CAMEO codes once, as the agreement (057), where the text reports it. So a future event whose
 * trigger, or a word its clause climbs to (up to the root, not into a relative clause), has such an
 * "under" phrase is dropped. An act told as done under a deal ("under the deal, Israel released 50
 * prisoners") is the deal carried out and stays.
 */
final class TermsOfAgreement implements SenseRule {

    private static final int MAX_DEPTH = 6;

    @Override
    public boolean rejects(SenseContext c, Event e) {
        if (e.mode() != Mode.FUTURE) {
            return false;
        }
        Graph g = c.graph();
        int cur = c.trigger();
        for (int depth = 0; depth < MAX_DEPTH && cur >= 0; depth++) {
            for (Dependency d : g.children(cur)) {
                String r = d.relation();
                if ((r.equals("obl:under") || r.equals("nmod:under")) && c.noun(d.dependent(), SenseWords.Kind.ABSTRACT)) {
                    return true;
                }
            }
            int up = -1;
            for (Dependency h : g.heads(cur)) {
                String r = h.relation();
                if (h.governor() >= 0 && !r.startsWith("acl:relcl") && !r.startsWith("parataxis") && !r.startsWith("ref")
                        && !r.equals("punct")) {
                    up = h.governor();
                    break;
                }
            }
            cur = up;
        }
        return false;
    }
}

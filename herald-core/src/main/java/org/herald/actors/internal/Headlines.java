package org.herald.actors.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.herald.model.Actor;
import org.herald.model.ActorMention;

/**
 * A bare role noun of a headline or standfirst ("Tokyo summons ambassador", "Foreign ministers
 * meet in Lima": no country, no name) is specified by the body: a headline drops what the lead
 * then tells, so the role is the body's first one called by the same title words with a country
 * ("the Chinese ambassador"); a plural role is all the body names so, one mention per country
 * ("Chilean Foreign Minister X ... his Peruvian counterpart"). Like "the court", such a mention
 * lends no country, since the body names it, and lends it, there.
 */
final class Headlines {

    private Headlines() {
    }

    /**
     * Specifies the bare role mentions of the lead sentences in place.
     *
     * @param titles the title words of mentions composed with a role noun ("foreign minister")
     * @param bare role mentions of no country and no name
     * @param foreign envoys summoned or expelled: not of a country the headline names them with
     * @param lead indices of the headline's and standfirst's sentences
     */
    static void specify(List<ActorMention> out, Map<ActorMention, String> titles, Set<ActorMention> bare,
                        Set<ActorMention> foreign, Set<Integer> lead, Set<ActorMention> mute) {
        if (lead.isEmpty() || bare.isEmpty()) {
            return;
        }
        // the body's mentions of known country by their title words, singular; first one first
        Map<String, Map<String, Actor>> body = new LinkedHashMap<>();
        String last = null;
        int lastSentence = -1;
        for (ActorMention m : out) {
            String t = titles.get(m);
            if (t == null || lead.contains(m.sentence())) {
                continue;
            }
            String key = singular(t);
            if (key.equals("counterpart") && last != null && lastSentence == m.sentence()) {
                // "X met his Peruvian counterpart": the holder of the same office in another country
                key = last;
            } else {
                last = key;
                lastSentence = m.sentence();
            }
            if (m.actor().country() != null) {
                body.computeIfAbsent(key, k -> new LinkedHashMap<>()).putIfAbsent(m.actor().country(), m.actor());
            }
        }
        for (int i = 0; i < out.size(); i++) {
            ActorMention m = out.get(i);
            String t = titles.get(m);
            if (!bare.contains(m) || !lead.contains(m.sentence()) || t == null) {
                continue;
            }
            Map<String, Actor> named = body.get(singular(t));
            if (named == null) {
                continue;
            }
            List<Actor> who = new ArrayList<>(named.values());
            if (foreign.contains(m)) {
                // "Tokyo summons ambassador": the envoy is the other state's, never the summoner's
                for (ActorMention o : out) {
                    if (o.sentence() == m.sentence() && o != m && o.actor().country() != null) {
                        who.removeIf(a -> a.country().equals(o.actor().country()));
                    }
                }
                if (who.isEmpty()) {
                    continue;
                }
            }
            if (singular(t).equals(Norm.key(t)) || who.size() == 1) {
                who = who.subList(0, 1); // one person: the first the body names so
            }
            out.remove(i);
            for (Actor a : who) {
                ActorMention s = new ActorMention(m.span(), m.text(), m.sentence(), a, "coref");
                out.add(i++, s);
                mute.add(s);
            }
            i--;
        }
    }

    /** The title words with the last one singular ("foreign ministers" → "foreign minister"). */
    static String singular(String words) {
        String w = Norm.key(words);
        if (w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("s") && !w.endsWith("ss")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}

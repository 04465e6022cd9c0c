package org.herald.ingest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules of one robots.txt for one user agent: the group naming the agent, else the {@code *}
 * group. The longest matching rule decides, and Allow wins a tie; {@code *} matches any run of
 * characters and a final {@code $} anchors the end.
 */
public final class Robots {

    public static final Robots ALLOW_ALL = new Robots(List.of(), 0);

    private record Rule(boolean allow, String pattern) {
    }

    private final List<Rule> rules;
    private final double crawlDelaySeconds;

    private Robots(List<Rule> rules, double crawlDelaySeconds) {
        this.rules = rules;
        this.crawlDelaySeconds = crawlDelaySeconds;
    }

    /** Parses robots.txt text for the agent token (e.g. "herald"). Unknown lines are ignored. */
    public static Robots parse(String text, String agent) {
        String me = agent.toLowerCase(Locale.ROOT);
        List<Rule> mine = new ArrayList<>();
        List<Rule> star = new ArrayList<>();
        double myDelay = -1;
        double starDelay = -1;
        boolean inAgents = false;
        boolean forMe = false;
        boolean forStar = false;
        boolean sawMine = false;
        for (String raw : text.split("\\r?\\n|\\r")) {
            int hash = raw.indexOf('#');
            String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (key.equals("user-agent")) {
                if (!inAgents) {
                    forMe = false;
                    forStar = false;
                    inAgents = true;
                }
                String v = value.toLowerCase(Locale.ROOT);
                if (v.equals("*")) {
                    forStar = true;
                } else if (!v.isEmpty() && me.contains(v)) {
                    forMe = true;
                    sawMine = true;
                }
                continue;
            }
            inAgents = false;
            if (key.equals("allow") || key.equals("disallow")) {
                if (value.isEmpty()) {
                    continue; // "Disallow:" with nothing allows everything
                }
                Rule r = new Rule(key.equals("allow"), value);
                if (forMe) {
                    mine.add(r);
                }
                if (forStar) {
                    star.add(r);
                }
            } else if (key.equals("crawl-delay")) {
                try {
                    double d = Double.parseDouble(value);
                    if (forMe) {
                        myDelay = d;
                    }
                    if (forStar) {
                        starDelay = d;
                    }
                } catch (NumberFormatException e) {
                    // a crawl delay that is not a number is no delay
                }
            }
        }
        return sawMine ? new Robots(mine, Math.max(0, myDelay)) : new Robots(star, Math.max(0, starDelay));
    }

    /** Whether the path (with its query) may be fetched. */
    public boolean allows(String pathAndQuery) {
        String path = pathAndQuery == null || pathAndQuery.isEmpty() ? "/" : pathAndQuery;
        int best = -1;
        boolean allow = true;
        for (Rule r : rules) {
            if (matches(r.pattern, path)) {
                int len = r.pattern.length();
                if (len > best || len == best && r.allow) {
                    best = len;
                    allow = r.allow;
                }
            }
        }
        return allow;
    }

    public double crawlDelaySeconds() {
        return crawlDelaySeconds;
    }

    /** Glob match from the start of the path; iterative, so hostile patterns cannot blow the stack. */
    static boolean matches(String pattern, String path) {
        boolean anchored = pattern.endsWith("$");
        String p = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
        int pi = 0;
        int si = 0;
        int star = -1;
        int mark = 0;
        while (si < path.length()) {
            if (pi < p.length() && p.charAt(pi) == '*') {
                star = pi++;
                mark = si;
            } else if (pi < p.length() && p.charAt(pi) == path.charAt(si)) {
                pi++;
                si++;
            } else if (pi == p.length() && !anchored) {
                return true;
            } else if (star >= 0) {
                pi = star + 1;
                si = ++mark;
            } else {
                return false;
            }
        }
        while (pi < p.length() && p.charAt(pi) == '*') {
            pi++;
        }
        return pi == p.length();
    }
}

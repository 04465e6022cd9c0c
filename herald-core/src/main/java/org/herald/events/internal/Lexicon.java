package org.herald.events.internal;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The event lexicon ({@code lexicon.txt}): trigger words with the words they must govern, the
 * CAMEO code they stand for, and where their source and target are found. The format is
 * documented at the top of the file and in {@code docs/events.md}.
 */
public final class Lexicon {

    /** Part of speech a trigger must have. */
    public enum Kind { VERB, NOUN, ADJ }

    /** A word the trigger must govern: by relation ({@code obj}, a preposition, {@code xcomp}, ...) and lemma. */
    public record Constraint(String rel, Set<String> lemmas) {
    }

    /**
     * One trigger.
     *
     * @param particle the verb particle ({@code out} in {@code carry_out}), or null
     * @param source where the source is: slots tried in order
     * @param target where the target is: slots tried in order
     * @param recip whether the act is mutual (both sides are sources)
     * @param sport whether the word has a sporting sense (not coded in sport stories)
     * @param political whether the word is an event only when a state, armed group or political
     *     body does it ("the government allowed ..." but not "the app allows ...")
     */
    public record Entry(Kind kind, String lemma, String particle, List<Constraint> constraints, String code,
                        List<String> source, List<String> target, boolean recip, boolean sport,
                        boolean political, String file, int line) {

        public int specificity() {
            return constraints.size() * 2 + (particle == null ? 0 : 1);
        }
    }

    private static final Pattern WORD = Pattern.compile("[a-z][a-z'\\-]*");
    private static final Pattern STEP = Pattern.compile("[a-z]+(_[a-z]+)*");
    private static final Pattern SLOT = Pattern.compile("[a-z_]+(:[a-z_]+)?(>[a-z_]+(:[a-z_]+)?)*");
    private static final Set<String> FLAGS = Set.of("recip", "sport", "political");

    private final Map<String, List<Entry>> byLemma;
    private final List<Entry> entries;
    private final Set<String> lightVerbs;

    private Lexicon(List<Entry> entries, Set<String> lightVerbs) {
        this.entries = List.copyOf(entries);
        Map<String, List<Entry>> m = new HashMap<>();
        for (Entry e : entries) {
            m.computeIfAbsent(e.kind() + " " + e.lemma(), k -> new ArrayList<>()).add(e);
        }
        this.byLemma = m;
        this.lightVerbs = Collections.unmodifiableSet(lightVerbs);
    }

    public static Lexicon standard(CameoTable table) {
        return parse(Lines.ofResource("lexicon.txt"), table);
    }

    public static Lexicon read(String file, Reader reader, CameoTable table) {
        return parse(Lines.read(file, reader), table);
    }

    private static Lexicon parse(List<Lines.Line> lines, CameoTable table) {
        List<Entry> out = new ArrayList<>();
        Set<String> light = new LinkedHashSet<>();
        Set<String> seen = new java.util.HashSet<>();
        for (Lines.Line line : lines) {
            String[] f = line.text().strip().split("\\s+");
            String head = f[0];
            if (head.equals("light")) {
                if (f.length < 2) {
                    throw line.error("'light' needs at least one verb");
                }
                for (int i = 1; i < f.length; i++) {
                    String v = f[i].toLowerCase(Locale.ROOT);
                    for (String part : v.split("_")) {
                        word(line, part);
                    }
                    light.add(v);
                }
                continue;
            }
            Kind kind = switch (head) {
                case "verb" -> Kind.VERB;
                case "noun" -> Kind.NOUN;
                case "adj" -> Kind.ADJ;
                default -> throw line.error("a line starts with verb, noun, adj or light, not '" + head + "'");
            };
            if (f.length < 3) {
                throw line.error("expected: " + head + " PHRASE [+constraint ...] CODE [options]");
            }
            String phrase = f[1];
            String lemma = phrase;
            String particle = null;
            int us = phrase.indexOf('_');
            if (us > 0) {
                lemma = phrase.substring(0, us);
                particle = word(line, phrase.substring(us + 1));
            }
            word(line, lemma);
            int i = 2;
            List<Constraint> cons = new ArrayList<>();
            while (i < f.length && f[i].startsWith("+")) {
                cons.add(constraint(line, f[i].substring(1)));
                i++;
            }
            if (i >= f.length) {
                throw line.error("no CAMEO code after the phrase");
            }
            String code = f[i++];
            if (!table.has(code)) {
                throw line.error("'" + code + "' is not a code of the CAMEO table");
            }
            List<String> source = null;
            List<String> target = null;
            boolean recip = false;
            boolean sport = false;
            boolean political = false;
            for (; i < f.length; i++) {
                String opt = f[i];
                if (opt.startsWith("source=")) {
                    source = slots(line, opt.substring(7));
                } else if (opt.startsWith("target=")) {
                    target = slots(line, opt.substring(7));
                } else if (FLAGS.contains(opt)) {
                    recip |= opt.equals("recip");
                    sport |= opt.equals("sport");
                    political |= opt.equals("political");
                } else {
                    throw line.error("unknown option '" + opt + "' (source=, target=, recip, sport, political)");
                }
            }
            boolean objTaken = cons.stream().anyMatch(c -> c.rel().equals("obj"));
            if (source == null) {
                source = switch (kind) {
                    case VERB, ADJ -> List.of("nsubj", "agent");
                    case NOUN -> List.of("poss", "amod", "compound", "by", "of");
                };
            }
            if (target == null) {
                target = switch (kind) {
                    case VERB -> objTaken ? List.of("iobj", "to") : List.of("obj");
                    case ADJ -> List.of("with", "about", "over");
                    case NOUN -> List.of("with", "to", "against", "on");
                };
            }
            String key = kind + " " + phrase + " " + cons;
            if (!seen.add(key)) {
                throw line.error("the trigger '" + head + " " + phrase + "' with these constraints is already defined");
            }
            out.add(new Entry(kind, lemma, particle, List.copyOf(cons), code, List.copyOf(source), List.copyOf(target),
                    recip, sport, political, line.file(), line.number()));
        }
        if (out.isEmpty()) {
            throw new ResourceError("the event lexicon has no entries");
        }
        return new Lexicon(out, light);
    }

    private static String word(Lines.Line line, String w) {
        if (!WORD.matcher(w).matches()) {
            throw line.error("'" + w + "' is not a lower-case word");
        }
        return w;
    }

    private static Constraint constraint(Lines.Line line, String spec) {
        String rel = "obj";
        String words = spec;
        int colon = spec.indexOf(':');
        if (colon >= 0) {
            rel = spec.substring(0, colon);
            words = spec.substring(colon + 1);
            for (String step : rel.split(">", -1)) {
                // a step is a relation or a preposition, which may be several words ("out_of")
                if (!STEP.matcher(step).matches()) {
                    throw line.error("'" + step + "' is not a relation or preposition");
                }
            }
        }
        if (words.isEmpty()) {
            throw line.error("constraint '+" + spec + "' names no word");
        }
        Set<String> lemmas = new TreeSet<>();
        for (String w : words.split("\\|")) {
            lemmas.add(w.equals("*") ? w : word(line, w));
        }
        return new Constraint(rel, Collections.unmodifiableSet(lemmas));
    }

    private static List<String> slots(Lines.Line line, String spec) {
        if (spec.equals("-")) {
            return List.of();
        }
        List<String> out = Arrays.asList(spec.split(","));
        for (String s : out) {
            if (!SLOT.matcher(s).matches()) {
                throw line.error("'" + s + "' is not a slot (a relation or preposition, paths joined by '>')");
            }
        }
        return out;
    }

    /** The entries for a lemma used as this part of speech; empty when none. */
    public List<Entry> entries(Kind kind, String lemma) {
        return byLemma.getOrDefault(kind + " " + lemma, List.of());
    }

    public List<Entry> all() {
        return entries;
    }

    public boolean isLightVerb(String lemma) {
        return lightVerbs.contains(lemma);
    }
}

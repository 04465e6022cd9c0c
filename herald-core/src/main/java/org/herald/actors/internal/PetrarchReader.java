package org.herald.actors.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports PETRARCH / TABARI dictionaries: {@code .actors} files (a name, {@code +alias} lines,
 * and codes in brackets, dated with {@code <DATE}, {@code >DATE} or {@code DATE-DATE}) and
 * {@code .agents} files ({@code NAME {PLURAL} [~ROLE]}, {@code !MACRO! = A, B}). Underscores join
 * words. Records this reader cannot use are skipped and counted, not fatal: these files are
 * written by hand and vary.
 */
public final class PetrarchReader {

    // No '[' inside a bracket: a line of unclosed brackets is then read in one pass, not one a bracket.
    private static final Pattern BRACKET = Pattern.compile("\\[([^\\[\\]]*)\\]");
    private static final Pattern DATED = Pattern.compile("\\s*([^\\s<>]+)\\s*(?:([<>])\\s*(\\d{6}|\\d{8})|(\\d{6}|\\d{8})\\s*-\\s*(\\d{6}|\\d{8}))?\\s*");
    private static final Pattern MACRO = Pattern.compile("(![A-Za-z0-9_]+!)\\s*=\\s*(.*)");
    /** Macros may name macros, but a line may not expand into more forms than this (nor forever). */
    private static final int MAX_FORMS = 1000;
    /**
     * A record's names and dated codes are indexed name by code, so a record is skipped past
     * these (a person holds a few dozen offices and names at most; a record of thousands is no person).
     */
    private static final int MAX_ALIASES = 256;
    private static final int MAX_CODES = 64;

    private PetrarchReader() {
    }

    /** Reads an actors dictionary into the base; returns how many lines were skipped. */
    public static int readActors(String file, BufferedReader in, KnowledgeBase kb) throws IOException {
        String line;
        int n = 0;
        int skipped = 0;
        Pending p = null;
        while ((line = in.readLine()) != null) {
            n++;
            String body = strip(line);
            if (body.isBlank()) {
                continue;
            }
            String where = file + ":" + n;
            boolean indented = Character.isWhitespace(line.charAt(0));
            String lead = body.strip();
            if (lead.startsWith("+")) {
                if (p != null) {
                    p.aliases.add(words(lead.substring(1), true));
                }
                continue;
            }
            if (indented && lead.startsWith("[")) {
                if (p != null && !p.code(lead)) {
                    skipped++;
                }
                continue;
            }
            if (p != null) {
                skipped += p.flush(kb);
            }
            body = lead;
            int b = body.indexOf('[');
            String name = b < 0 ? body : body.substring(0, b);
            if (words(name, true).isBlank()) {
                skipped++;
                p = null;
                continue;
            }
            p = new Pending(where);
            p.aliases.add(words(name, true));
            if (b >= 0 && !p.code(body.substring(b))) {
                skipped++;
            }
        }
        if (p != null) {
            skipped += p.flush(kb);
        }
        return skipped;
    }

    /** Reads an agents dictionary (role nouns) into the base; returns how many lines were skipped. */
    public static int readAgents(String file, BufferedReader in, KnowledgeBase kb) throws IOException {
        Map<String, List<String>> macros = new HashMap<>();
        String line;
        int n = 0;
        int skipped = 0;
        while ((line = in.readLine()) != null) {
            n++;
            String body = strip(line);
            if (body.isBlank()) {
                continue;
            }
            String where = file + ":" + n;
            Matcher mm = MACRO.matcher(body);
            if (mm.matches()) {
                List<String> vals = new ArrayList<>();
                for (String v : mm.group(2).split(",")) {
                    if (!v.isBlank()) {
                        vals.add(v.strip());
                    }
                }
                macros.put(mm.group(1), vals);
                continue;
            }
            Matcher br = BRACKET.matcher(body);
            if (!br.find()) {
                skipped++;
                continue;
            }
            String code = br.group(1).strip().toUpperCase(Locale.ROOT);
            String head = body.substring(0, br.start());
            List<String> plurals = new ArrayList<>();
            boolean noPlural = false;
            int brace = head.indexOf('{');
            if (brace >= 0) {
                int close = head.indexOf('}', brace);
                String inside = head.substring(brace + 1, close < 0 ? head.length() : close);
                noPlural = inside.isBlank();
                for (String s : inside.split("[,\\s]+")) {
                    if (!s.isBlank()) {
                        plurals.add(s);
                    }
                }
                head = head.substring(0, brace);
            }
            Kind kind;
            String c;
            if (code.startsWith("~")) {
                kind = Kind.TITLE;
                c = code.substring(1);
            } else if (code.endsWith("~")) {
                kind = Kind.ORG;
                c = code.substring(0, code.length() - 1);
            } else {
                skipped++;
                continue;
            }
            c = c.strip();
            if (!KnowledgeBase.validCode(kind, c)) {
                skipped++;
                continue;
            }
            List<String> forms = new ArrayList<>();
            List<List<String>> pluralForms = new ArrayList<>();
            boolean expanded = expand(head.strip(), macros, 0, forms);
            for (String pl : plurals) {
                List<String> f = new ArrayList<>();
                expanded &= expand(pl, macros, 0, f);
                pluralForms.add(f);
            }
            if (!expanded) {
                skipped++;
                continue;
            }
            List<String> names = new ArrayList<>();
            for (String form : forms) {
                names.add(words(form, false));
                if (!noPlural && plurals.isEmpty()) {
                    names.add(words(form, false) + (form.endsWith("S") || form.endsWith("s") ? "es" : "s"));
                }
            }
            for (List<String> f : pluralForms) {
                names.addAll(f.stream().map(x -> words(x, false)).toList());
            }
            names.removeIf(String::isBlank);
            if (names.isEmpty()) {
                skipped++;
                continue;
            }
            if (!add(kb, kind, names, List.of(new KnowledgeBase.Code(c, false, null, null)), where)) {
                skipped++;
            }
        }
        return skipped;
    }

    /**
     * Adds the forms of a name with its macros expanded to {@code out}; false when the expansion
     * runs past {@link #MAX_FORMS} or nests deeper than there are macros (a macro naming itself).
     */
    private static boolean expand(String form, Map<String, List<String>> macros, int depth, List<String> out) {
        if (depth > macros.size()) {
            return false;
        }
        for (Map.Entry<String, List<String>> m : macros.entrySet()) {
            if (form.contains(m.getKey())) {
                for (String v : m.getValue()) {
                    if (!expand(form.replace(m.getKey(), v), macros, depth + 1, out)) {
                        return false;
                    }
                }
                return true;
            }
        }
        out.add(form);
        return out.size() <= MAX_FORMS;
    }

    /** A record the base refuses (an empty name, a bad code) is skipped like any record this reader cannot use. */
    private static boolean add(KnowledgeBase kb, Kind kind, List<String> aliases, List<KnowledgeBase.Code> codes,
                               String where) {
        try {
            kb.add(kind, aliases, List.of(), codes, where);
            return true;
        } catch (KbException e) {
            return false;
        }
    }

    private static final class Pending {
        final String where;
        final List<String> aliases = new ArrayList<>();
        final List<KnowledgeBase.Code> codes = new ArrayList<>();

        Pending(String where) {
            this.where = where;
        }

        boolean code(String text) {
            Matcher br = BRACKET.matcher(text);
            if (!br.find()) {
                return false;
            }
            Matcher m = DATED.matcher(br.group(1));
            if (!m.matches()) {
                return false;
            }
            String c = m.group(1).toUpperCase(Locale.ROOT);
            int slash = c.indexOf('/');
            if (slash > 0) {
                c = c.substring(0, slash);
            }
            if (!KnowledgeBase.validCode(Kind.ORG, c)) {
                return false;
            }
            LocalDate from = null;
            LocalDate to = null;
            if (m.group(2) != null) {
                LocalDate d = day(m.group(3));
                if (d == null) {
                    return false;
                }
                if (m.group(2).equals("<")) {
                    to = d.minusDays(1);
                } else {
                    from = d.plusDays(1);
                }
            } else if (m.group(4) != null) {
                from = day(m.group(4));
                to = day(m.group(5));
                if (from == null || to == null) {
                    return false;
                }
            }
            codes.add(new KnowledgeBase.Code(c, false, from, to));
            return true;
        }

        int flush(KnowledgeBase kb) {
            if (codes.isEmpty() || codes.size() > MAX_CODES || aliases.size() > MAX_ALIASES) {
                return 1;
            }
            String c = codes.get(0).code();
            Kind kind = codes.size() > 1 || codes.get(0).from() != null || codes.get(0).to() != null ? Kind.PERSON
                    : c.length() == 3 ? Kind.COUNTRY : Kind.ORG;
            return add(kb, kind, aliases, codes, where) ? 0 : 1;
        }
    }

    /** TABARI dates: {@code yymmdd} (years before 30 are 20xx) or {@code yyyymmdd}; null when no such day. */
    static LocalDate day(String s) {
        if (s.length() == 6) {
            int yy = Integer.parseInt(s.substring(0, 2));
            s = (yy < 30 ? "20" : "19") + s;
        }
        try {
            return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)),
                    Integer.parseInt(s.substring(6, 8)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static String strip(String line) {
        String s = line;
        if (s.strip().startsWith("<!") || s.strip().startsWith("-->")) {
            return "";
        }
        int hash = s.indexOf('#');
        if (hash >= 0) {
            s = s.substring(0, hash);
        }
        return s.stripTrailing();
    }

    /**
     * Underscores and spaces to single spaces. Names of actors become capitalised words ("NORTH
     * KOREA" → "North Korea") so they need a capital in the text; agents are common nouns, lower case.
     */
    static String words(String raw, boolean proper) {
        String s = raw.replace('_', ' ').replaceAll("[{}]", " ").strip().replaceAll("\\s+", " ");
        if (!proper) {
            return s.toLowerCase(Locale.ROOT);
        }
        StringBuilder out = new StringBuilder();
        for (String w : s.split(" ")) {
            if (w.isEmpty()) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(w.substring(0, 1).toUpperCase(Locale.ROOT)).append(w.substring(1).toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }
}

package org.herald.actors.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.herald.model.Actor;

/** The compiled knowledge base: every alias in one trie, and the choice among dated entries. */
public final class KnowledgeBase {

    private static final Pattern ENTITY_CODE = Pattern.compile("(?:[A-Z]{3}|---)(?:[A-Z0-9]{3})*");
    private static final Pattern ROLE_CODE = Pattern.compile("-|[A-Z]{3}(?:[A-Z0-9]{3})*");
    /** Stands in for an unknown date: offices still held win. */
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private final Trie trie = new Trie();
    private final WordLists words = WordLists.standard();
    private final Map<String, List<Entry>> people = new HashMap<>();
    private final Map<String, List<String>> surnameIndex = new HashMap<>();
    /** Codes of countries and territories (not regions or organisations): the codes a context can lend. */
    private final java.util.Set<String> countries = new java.util.HashSet<>();
    private int order;
    private int lines;

    public Trie trie() {
        return trie;
    }

    /** The closed word classes phrases are read with ({@code words.txt}). */
    public WordLists words() {
        return words;
    }

    /** How many records (lines) were loaded. */
    public int records() {
        return lines;
    }

    /** The people whose surname this is (normalised), in load order. */
    public List<String> bySurname(String key) {
        return surnameIndex.getOrDefault(key, List.of());
    }

    /** Whether a code names a country or territory of the base (not a region or an organisation). */
    public boolean isCountry(String code) {
        return code != null && countries.contains(code);
    }

    /** The entries of a person by canonical name. */
    public List<Entry> person(String name) {
        return people.getOrDefault(name, List.of());
    }

    public static boolean validCode(Kind kind, String code) {
        return kind.isRole() ? ROLE_CODE.matcher(code).matches() : ENTITY_CODE.matcher(code).matches();
    }

    /**
     * Adds one record: its aliases (the first is the name), surnames (people only) and its dated
     * codes. Codes are checked here, so both loaders report bad ones the same way.
     */
    public void add(Kind kind, List<String> aliases, List<String> surnames, List<Code> codes, String where)
            throws KbException {
        if (aliases.isEmpty()) {
            throw new KbException(where, "a record needs at least one name");
        }
        if (kind != Kind.SKIP && codes.isEmpty()) {
            throw new KbException(where, "a " + kind.name().toLowerCase() + " record needs a code after '='");
        }
        List<String> sn = new ArrayList<>(surnames);
        String name = aliases.get(0);
        if (kind == Kind.PERSON && sn.isEmpty()) {
            List<String> w = Norm.words(name);
            if (w.size() > 1) {
                sn.add(w.get(w.size() - 1));
            }
        }
        List<Entry> entries = new ArrayList<>();
        if (kind == Kind.SKIP) {
            entries.add(new Entry(kind, name, "", false, null, null, List.of(), order++, where));
        }
        for (Code c : codes) {
            if (!validCode(kind, c.code())) {
                throw new KbException(where, "'" + c.code() + "' is not a valid "
                        + (kind.isRole() ? "role code (GOV, MIL, ... or -)" : "actor code (country or group + roles: RUS, RUSGOV, IGOUNO, ---GOV)"));
            }
            if (c.weak() && !kind.isRole()) {
                throw new KbException(where, "only roles and titles can be weak ('?'): " + c.code());
            }
            entries.add(new Entry(kind, name, c.code().equals("-") ? "" : c.code(), c.weak(), c.from(), c.to(), sn,
                    order++, where));
        }
        if (kind == Kind.COUNTRY) {
            for (Code c : codes) {
                countries.add(c.code().substring(0, 3));
            }
        }
        for (Entry e : entries) {
            for (int i = 0; i < aliases.size(); i++) {
                List<String> w = Norm.words(aliases.get(i));
                // The resolver reads determiners itself; "the West" as an alias would hide "West Bank".
                if (w.size() > 1 && w.get(0).equalsIgnoreCase("the")) {
                    w = w.subList(1, w.size());
                }
                if (w.isEmpty()) {
                    throw new KbException(where, "empty name");
                }
                trie.add(w, e, i == 0);
                List<String> split = Norm.splitHyphens(w);
                if (split.size() != w.size()) {
                    trie.add(split, e, i == 0);
                }
            }
            if (kind == Kind.PERSON) {
                people.computeIfAbsent(name, k -> new ArrayList<>()).add(e);
                for (String s : sn) {
                    List<String> names = surnameIndex.computeIfAbsent(Norm.key(s), k -> new ArrayList<>());
                    if (!names.contains(name)) {
                        names.add(name);
                    }
                }
            }
        }
        lines++;
    }

    /** A code with the days it holds ({@code null} ends are open). */
    public record Code(String code, boolean weak, LocalDate from, LocalDate to) {
    }

    /**
     * The entry that applies on a date: one whose dates cover it (the latest to start, then the
     * latest loaded); when none does, the nearest one. An unknown date prefers current entries.
     */
    public static Entry choose(List<Entry> entries, LocalDate date) {
        LocalDate d = date == null ? LATEST : date;
        Entry best = null;
        for (Entry e : entries) {
            if (best == null || better(e, best, d)) {
                best = e;
            }
        }
        return best;
    }

    private static boolean better(Entry a, Entry b, LocalDate d) {
        long da = a.distance(d);
        long db = b.distance(d);
        if (da != db) {
            return da < db;
        }
        long fa = a.from() == null ? Long.MIN_VALUE : a.from().toEpochDay();
        long fb = b.from() == null ? Long.MIN_VALUE : b.from().toEpochDay();
        if (fa != fb) {
            return fa > fb;
        }
        return a.order() > b.order();
    }

    /** The actor an entry stands for on a date: out of office, a person keeps only the country. */
    public static Actor actor(Entry e, LocalDate date) {
        String name = e.kind() == Kind.PERSON || e.kind() == Kind.ORG ? e.name() : null;
        if (e.kind() == Kind.PERSON && date != null && !e.covers(date)) {
            return entity(e.code().substring(0, 3), name);
        }
        return entity(e.code(), name);
    }

    /** An actor from a code such as {@code RUSGOV}, {@code IGOUNO} or {@code ---MIL}. */
    public static Actor entity(String code, String name) {
        String country = code.length() >= 3 ? code.substring(0, 3) : code;
        List<String> roles = new ArrayList<>();
        for (int i = 3; i + 3 <= code.length(); i += 3) {
            roles.add(code.substring(i, i + 3));
        }
        return new Actor(code, country.equals("---") ? null : country, roles, name);
    }

    /** Country (or group) and roles together: {@code PRK} + [{@code GOV}] = {@code PRKGOV}. */
    public static Actor compose(Actor base, List<String> roles, String name) {
        String country = base.country() == null ? "---" : base.country();
        List<String> r = base.roles().isEmpty() ? roles : base.roles();
        return new Actor(country + String.join("", r), base.country(), r, name);
    }
}

package org.herald.actors.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Herald's knowledge-base format (see {@code docs/actors.md}): one record a line,
 * {@code KIND name; alias; ~surname = CODE [FROM..TO]; CODE [FROM..TO]  # comment}.
 */
public final class KbReader {

    private static final Pattern CODE = Pattern.compile("(\\??)([A-Z0-9-]+)(?:\\s+(\\S*)\\.\\.(\\S*))?");

    private KbReader() {
    }

    public static void read(String file, BufferedReader in, KnowledgeBase kb) throws IOException {
        eachLine(file, in, (where, body) -> readLine(where, body, kb));
    }

    /** What is done with one significant line: {@code where} is FILE:LINE for error messages. */
    interface LineReader {
        void accept(String where, String body) throws IOException;
    }

    /** Every line of a knowledge file with its {@code #} comment cut off and blank lines passed over. */
    static void eachLine(String file, BufferedReader in, LineReader each) throws IOException {
        String line;
        int n = 0;
        while ((line = in.readLine()) != null) {
            n++;
            int hash = line.indexOf('#');
            String body = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (!body.isEmpty()) {
                each.accept(file + ":" + n, body);
            }
        }
    }

    static void readLine(String where, String body, KnowledgeBase kb) throws KbException {
        int sp = body.indexOf(' ');
        int tab = body.indexOf('\t');
        int cut = sp < 0 ? tab : tab < 0 ? sp : Math.min(sp, tab);
        if (cut < 0) {
            throw new KbException(where, "expected 'KIND names = CODE', got '" + body + "'");
        }
        Kind kind = Kind.parse(body.substring(0, cut));
        if (kind == null) {
            throw new KbException(where, "unknown kind '" + body.substring(0, cut)
                    + "' (country, adj, capital, seat, city, region, org, person, role, title, skip)");
        }
        String rest = body.substring(cut).strip();
        String names;
        String codes;
        int eq = rest.lastIndexOf('=');
        if (kind == Kind.SKIP) {
            if (eq >= 0) {
                throw new KbException(where, "a skip record has no code");
            }
            names = rest;
            codes = "";
        } else {
            if (eq < 0) {
                throw new KbException(where, "missing '= CODE'");
            }
            names = rest.substring(0, eq);
            codes = rest.substring(eq + 1);
        }
        List<String> aliases = new ArrayList<>();
        List<String> surnames = new ArrayList<>();
        for (String a : names.split(";")) {
            String s = a.strip();
            if (s.isEmpty()) {
                throw new KbException(where, "empty name between ';'");
            }
            if (s.startsWith("~")) {
                if (kind != Kind.PERSON) {
                    throw new KbException(where, "only people have surnames ('~')");
                }
                String sn = s.substring(1).strip();
                if (sn.isEmpty() || sn.contains(" ")) {
                    throw new KbException(where, "a surname is one word: '" + s + "'");
                }
                surnames.add(sn);
            } else {
                aliases.add(s);
            }
        }
        List<KnowledgeBase.Code> parsed = new ArrayList<>();
        if (kind != Kind.SKIP) {
            for (String c : codes.split(";")) {
                String s = c.strip();
                if (s.isEmpty()) {
                    throw new KbException(where, "empty code between ';'");
                }
                Matcher m = CODE.matcher(s);
                if (!m.matches()) {
                    throw new KbException(where, "expected 'CODE' or 'CODE FROM..TO', got '" + s + "'");
                }
                LocalDate from = date(where, m.group(3), false);
                LocalDate to = date(where, m.group(4), true);
                if (from != null && to != null && to.isBefore(from)) {
                    throw new KbException(where, "dates run backwards: " + s);
                }
                parsed.add(new KnowledgeBase.Code(m.group(2), !m.group(1).isEmpty(), from, to));
            }
        }
        kb.add(kind, aliases, surnames, parsed, where);
    }

    /** {@code yyyy}, {@code yyyy-mm} or {@code yyyy-mm-dd}; an end date means the last day of it. */
    static LocalDate date(String where, String s, boolean end) throws KbException {
        if (s == null || s.isEmpty()) {
            return null;
        }
        try {
            if (s.matches("\\d{4}")) {
                int y = Integer.parseInt(s);
                return end ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
            }
            if (s.matches("\\d{4}-\\d{2}")) {
                LocalDate d = LocalDate.parse(s + "-01");
                return end ? d.withDayOfMonth(d.lengthOfMonth()) : d;
            }
            if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(s);
            }
        } catch (DateTimeParseException e) {
            throw new KbException(where, "not a date: '" + s + "'");
        }
        throw new KbException(where, "not a date (yyyy, yyyy-mm or yyyy-mm-dd): '" + s + "'");
    }
}

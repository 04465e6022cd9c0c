package org.herald.events.internal;

import java.io.Reader;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.herald.model.Actor;
import org.herald.model.Event;
import org.herald.model.Mode;

/**
 * Recodes a conflictual act announced for the future as the threat to do it ({@code threats.tsv}):
 * the CAMEO code book codes "will attack" as "threaten to attack", and PLOVER codes a statement
 * of intent to do harm as THREATEN. The threat itself was made, so it is asserted. Only the actor
 * who will act can threaten: an act that someone else says the source will do ("analysts said the
 * army will attack") stays a future act.
 */
public final class Threats {

    private static final Pattern CODE = Pattern.compile("\\d{2,4}");

    private final Map<String, String> threats;
    private final CameoTable table;

    private Threats(Map<String, String> threats, CameoTable table) {
        this.threats = Collections.unmodifiableMap(threats);
        this.table = table;
    }

    public static Threats standard(CameoTable table) {
        return parse(Lines.ofResource("threats.tsv"), table);
    }

    public static Threats read(String file, Reader reader, CameoTable table) {
        return parse(Lines.read(file, reader), table);
    }

    private static Threats parse(List<Lines.Line> lines, CameoTable table) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Lines.Line line : lines) {
            String[] f = line.text().strip().split("\\s+");
            if (f.length != 2) {
                throw line.error("expected two codes (act threat), got " + f.length + " fields");
            }
            for (String c : f) {
                if (!CODE.matcher(c).matches() || !table.has(c)) {
                    throw line.error("'" + c + "' is not a code of the CAMEO table");
                }
            }
            if (!f[1].startsWith("13")) {
                throw line.error("threat " + f[1] + " is not a code under 13 (threaten)");
            }
            if (table.get(f[0]).quad() < 3 || f[0].startsWith("13")) {
                throw line.error("act " + f[0] + " is not a conflictual act other than a threat");
            }
            if (out.put(f[0], f[1]) != null) {
                throw line.error("act " + f[0] + " appears twice");
            }
        }
        return new Threats(out, table);
    }

    /** The threat code for an act: that of its own line or of its nearest listed parent, else null. */
    public String threatOf(String code) {
        for (int n = code.length(); n >= 2; n--) {
            String t = threats.get(code.substring(0, n));
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    /**
     * The event as a threat when it is a conflictual act its own source announces for the future
     * (unattributed, or said by the source's own side); otherwise the event unchanged.
     */
    public Event recode(Event e) {
        if (e.mode() != Mode.FUTURE || e.source() == null || e.source().actor() == null) {
            return e;
        }
        String t = threatOf(e.code());
        CameoTable.Code row = t == null ? null : table.get(t);
        if (row == null || !saidBySource(e)) {
            return e;
        }
        String id = Event.idOf(e.article(), e.sentence(), row.code(), e.trigger().span(), e.source(), e.target());
        return new Event(id, e.article(), e.sentence(), e.root(), e.headline(), row.code(), row.plover(), row.quad(),
                row.goldstein(), Mode.ASSERTED, e.attribution(), e.source(), e.target(), e.trigger(), e.date(),
                e.historical(), e.place(), e.confidence());
    }

    private static boolean saidBySource(Event e) {
        if (e.attribution() == null) {
            return true;
        }
        String speaker = e.attribution().actor();
        Actor src = e.source().actor();
        if (speaker == null) {
            return false;
        }
        return speaker.equals(src.code()) || src.country() != null && src.country().length() == 3
                && speaker.startsWith(src.country());
    }
}

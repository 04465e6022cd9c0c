package org.herald.events.internal;

import java.io.Reader;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.herald.model.Plover;

/**
 * The CAMEO code table ({@code cameo.tsv}): for each code its Goldstein weight, quad class, PLOVER
 * type and mode, whether the act is mutual by definition, and a short name.
 */
public final class CameoTable {

    /** One row of the table. */
    public record Code(String code, double goldstein, int quad, Plover plover, boolean symmetric, String name) {

        public String root() {
            return code.substring(0, 2);
        }
    }

    private static final Pattern CODE = Pattern.compile("\\d{2,4}");

    private final Map<String, Code> codes;

    private CameoTable(Map<String, Code> codes) {
        this.codes = Collections.unmodifiableMap(codes);
    }

    public static CameoTable standard() {
        return parse(Lines.ofResource("cameo.tsv"));
    }

    public static CameoTable read(String file, Reader reader) {
        return parse(Lines.read(file, reader));
    }

    private static CameoTable parse(List<Lines.Line> lines) {
        Map<String, Code> out = new LinkedHashMap<>();
        for (Lines.Line line : lines) {
            String[] f = line.text().split("\t");
            if (f.length != 7) {
                throw line.error("expected 7 tab-separated fields (code goldstein quad plover-type plover-mode symmetric name), got " + f.length);
            }
            String code = f[0].strip();
            if (!CODE.matcher(code).matches()) {
                throw line.error("code '" + code + "' is not 2 to 4 digits");
            }
            if (out.containsKey(code)) {
                throw line.error("code " + code + " appears twice");
            }
            if (code.length() > 2 && !out.containsKey(code.substring(0, code.length() - 1))
                    && !out.containsKey(code.substring(0, 2))) {
                throw line.error("code " + code + " comes before its parent");
            }
            double g;
            int quad;
            try {
                g = Double.parseDouble(f[1].strip());
                quad = Integer.parseInt(f[2].strip());
            } catch (NumberFormatException e) {
                throw line.error("goldstein and quad must be numbers: '" + f[1] + "', '" + f[2] + "'");
            }
            if (g < -10 || g > 10) {
                throw line.error("goldstein " + g + " is outside -10..10");
            }
            if (quad < 1 || quad > 4) {
                throw line.error("quad " + quad + " is not 1..4");
            }
            String type = dash(f[3]);
            String mode = dash(f[4]);
            String sym = f[5].strip();
            if (!sym.equals("sym") && !sym.equals("-")) {
                throw line.error("symmetric must be 'sym' or '-', got '" + sym + "'");
            }
            String name = f[6].strip();
            if (name.isEmpty()) {
                throw line.error("code " + code + " has no name");
            }
            out.put(code, new Code(code, g, quad, type == null ? null : new Plover(type, mode), sym.equals("sym"), name));
        }
        if (out.isEmpty()) {
            throw new ResourceError("the CAMEO table is empty");
        }
        return new CameoTable(out);
    }

    private static String dash(String s) {
        String t = s.strip();
        return t.isEmpty() || t.equals("-") ? null : t;
    }

    /** The row of a code, or null when the table does not have it. */
    public Code get(String code) {
        return codes.get(code);
    }

    public boolean has(String code) {
        return codes.containsKey(code);
    }

    public Map<String, Code> all() {
        return codes;
    }
}

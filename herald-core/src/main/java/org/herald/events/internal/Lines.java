package org.herald.events.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the significant lines of a resource file: no blank lines, no {@code #} comment lines. */
public final class Lines {

    public record Line(String file, int number, String text) {
        public ResourceError error(String message) {
            return new ResourceError(file, number, message);
        }
    }

    private Lines() {
    }

    public static List<Line> ofResource(String name) {
        InputStream in = Lines.class.getResourceAsStream("/org/herald/events/" + name);
        if (in == null) {
            throw new ResourceError("events resource " + name + " is missing from the class path");
        }
        return read(name, new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    public static List<Line> read(String file, Reader reader) {
        List<Line> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(reader)) {
            String s;
            int n = 0;
            while ((s = r.readLine()) != null) {
                n++;
                String t = s.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                out.add(new Line(file, n, s));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read", e);
        }
        return out;
    }
}

package org.herald.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.herald.model.Json;

/**
 * A gold set: a {@code .jsonl} file, one record a line. Given a folder, its {@code dev.jsonl}.
 * Relative file paths inside records resolve against the file's own folder.
 *
 * @param part the part of the set ({@link Split}) whose records {@link #records} gives; null for all
 */
public record Dataset(String name, Path file, Split.Part part) {

    public Dataset(String name, Path file) {
        this(name, file, null);
    }

    /** The same set, restricted to one part. */
    public Dataset part(Split.Part p) {
        return new Dataset(name, file, p);
    }

    public static Dataset at(Path path) throws IOException {
        Path p = path.toAbsolutePath().normalize();
        if (Files.isDirectory(p)) {
            Path dev = p.resolve("dev.jsonl");
            if (!Files.isRegularFile(dev)) {
                throw new IOException(path + ": a dataset folder holds dev.jsonl, and this one does not");
            }
            return new Dataset(p.getFileName().toString(), dev);
        }
        if (!Files.isRegularFile(p)) {
            throw new IOException(path + ": no such dataset file or folder");
        }
        String base = p.getFileName().toString().replaceFirst("\\.jsonl$", "");
        String folder = p.getParent() == null ? base : p.getParent().getFileName().toString();
        return new Dataset(base.equals("dev") ? folder : folder + "/" + base, p);
    }

    public Path folder() {
        return file.getParent();
    }

    /** Resolves a path named inside a record. */
    public Path resolve(String relative) {
        return folder().resolve(relative).normalize();
    }

    /** The records of this dataset's part (all when no part is set), in file order. */
    public List<JsonNode> records() throws IOException {
        List<JsonNode> all = allRecords();
        if (part == null) {
            return all;
        }
        // records with the same text are one case, whatever their ids: they go to one part
        java.util.Map<String, String> keyOfText = new java.util.HashMap<>();
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode r : all) {
            String text = r.path("text").asText("").strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
            String key = text.isEmpty() ? Split.key(r) : keyOfText.computeIfAbsent(text, t -> Split.key(r));
            if (Split.of(key) == part) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * Every record of the set, whatever the part: only for gold that one case's scoring needs from
     * another (a sentence coded under two records), never to score or show the other part.
     * A line that is not JSON is an error naming the file and line.
     */
    public List<JsonNode> allRecords() throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    out.add(Json.MAPPER.readTree(line));
                } catch (IOException e) {
                    throw new IOException(file + ": line " + n + ": not a JSON record: " + e.getMessage(), e);
                }
            }
        }
        return out;
    }

    /** The first record, for {@link EvalTask#accepts}; null for an empty file. */
    public JsonNode first() throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    return Json.MAPPER.readTree(line);
                }
            }
        }
        return null;
    }
}

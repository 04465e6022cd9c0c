package org.herald.serve;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a JSON value against an OpenAPI 3.1 schema: the part of JSON Schema the contract uses
 * ({@code $ref} to components, {@code allOf}, {@code type} (one or a list), {@code required},
 * {@code properties}, {@code items}, {@code enum}). Returns what does not match, with its path.
 */
final class SchemaCheck {

    private final JsonNode spec;

    SchemaCheck(JsonNode spec) {
        this.spec = spec;
    }

    List<String> check(JsonNode value, JsonNode schema) {
        List<String> out = new ArrayList<>();
        check(value, schema, "$", out);
        return out;
    }

    JsonNode resolve(JsonNode schema) {
        while (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                throw new IllegalArgumentException("only local references are supported: " + ref);
            }
            JsonNode target = spec.at(ref.substring(1));
            if (target.isMissingNode()) {
                throw new IllegalArgumentException("dangling reference " + ref);
            }
            schema = target;
        }
        return schema;
    }

    private void check(JsonNode v, JsonNode schema, String path, List<String> out) {
        schema = resolve(schema);
        for (JsonNode part : schema.path("allOf")) {
            check(v, part, path, out);
        }
        JsonNode type = schema.get("type");
        if (type != null) {
            boolean ok = false;
            for (JsonNode t : type.isArray() ? type : List.of(type)) {
                ok |= is(v, t.asText());
            }
            if (!ok) {
                out.add(path + ": expected " + type + ", got " + v.getNodeType());
                return;
            }
        }
        if (schema.has("enum") && !v.isNull()) {
            boolean ok = false;
            for (JsonNode e : schema.get("enum")) {
                ok |= e.equals(v);
            }
            if (!ok) {
                out.add(path + ": " + v + " is not one of " + schema.get("enum"));
            }
        }
        if (v.isObject()) {
            for (JsonNode r : schema.path("required")) {
                if (!v.has(r.asText())) {
                    out.add(path + ": missing required field " + r.asText());
                }
            }
            schema.path("properties").fields().forEachRemaining(p -> {
                if (v.has(p.getKey())) {
                    check(v.get(p.getKey()), p.getValue(), path + "." + p.getKey(), out);
                }
            });
        }
        if (v.isArray() && schema.has("items")) {
            for (int i = 0; i < v.size(); i++) {
                check(v.get(i), schema.get("items"), path + "[" + i + "]", out);
            }
        }
    }

    private static boolean is(JsonNode v, String type) {
        return switch (type) {
            case "object" -> v.isObject();
            case "array" -> v.isArray();
            case "string" -> v.isTextual();
            case "integer" -> v.isIntegralNumber();
            case "number" -> v.isNumber();
            case "boolean" -> v.isBoolean();
            case "null" -> v.isNull();
            default -> throw new IllegalArgumentException("unknown type " + type);
        };
    }
}

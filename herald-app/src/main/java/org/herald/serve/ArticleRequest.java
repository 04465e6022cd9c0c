package org.herald.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.herald.model.Json;
import org.herald.model.RawDocument;

/**
 * The body of {@code POST /api/articles} read into a document: a JSON object with a non-empty
 * string {@code text}, and optionally {@code media_type} (text/plain or text/html), {@code url},
 * {@code title} and {@code published}. A body that is not that is refused with the API's error
 * code and a message naming the line and column, or the field.
 */
public final class ArticleRequest {

    /** What a body reads as. */
    public sealed interface Read {
        record Document(RawDocument raw) implements Read {
        }

        /** The API's error code ({@code bad_json}, {@code bad_body}) and a message for the client. */
        record Refused(String error, String message) implements Read {
        }
    }

    private ArticleRequest() {
    }

    public static Read read(String body) {
        JsonNode n;
        try {
            n = Json.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            return new Read.Refused("bad_json", "request body is not JSON"
                    + (loc == null ? "" : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")")
                    + ": " + e.getOriginalMessage());
        }
        if (n == null || !n.isObject() || !n.path("text").isTextual() || n.path("text").asText().isBlank()) {
            return new Read.Refused("bad_body", "request body must be a JSON object with a non-empty string field 'text'");
        }
        String mediaType = n.path("media_type").asText("text/plain");
        if (!mediaType.equals("text/plain") && !mediaType.equals("text/html")) {
            return new Read.Refused("bad_body", "media_type must be text/plain or text/html, not '" + mediaType + "'");
        }
        String url = text(n, "url");
        String origin = url != null ? url : "api:" + Instant.now();
        return new Read.Document(new RawDocument(origin, n.get("text").asText().getBytes(StandardCharsets.UTF_8),
                mediaType, "UTF-8", url, Instant.now(), new RawDocument.Hints(text(n, "title"), text(n, "published"))));
    }

    private static String text(JsonNode body, String field) {
        return body.hasNonNull(field) ? body.get(field).asText() : null;
    }
}

package io.cloudimages.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudimages.core.json.Json;
import io.cloudimages.exception.ErrorContext;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * What a fake cloud answers.
 *
 * @param status  the HTTP status
 * @param headers extra headers
 * @param body    the body bytes
 */
public record FakeResponse(int status, Map<String, String> headers, byte[] body) {

    /** A JSON answer. */
    public static FakeResponse json(int status, String json) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json; charset=utf-8");
        return new FakeResponse(status, headers, json.getBytes(StandardCharsets.UTF_8));
    }

    /** A plain-text answer, as a gateway in front of a cloud sends when it fails. */
    public static FakeResponse text(int status, String text) {
        return new FakeResponse(status, Map.of("Content-Type", "text/plain; charset=utf-8"),
                text.getBytes(StandardCharsets.UTF_8));
    }

    /** The same answer with one more header. */
    public FakeResponse withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new FakeResponse(status, copy, body);
    }

    /**
     * The same answer with its JSON body rewritten, for {@link Fault#rewrite}: a total that lies, a
     * field of the wrong type.
     */
    public FakeResponse withJson(UnaryOperator<ObjectNode> rewrite) {
        ObjectNode json = (ObjectNode) Json.readTree(body, ErrorContext.none());
        return new FakeResponse(status, headers, Json.writeBytes(rewrite.apply(json)));
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}

package io.cloudimages.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.ProtocolException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * JSON, configured once for every provider: unknown fields are ignored (clouds add fields all the
 * time), timestamps read with {@code Z} and with {@code +00:00} alike, and output is compact with
 * ISO-8601 timestamps.
 */
public final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private Json() {
    }

    /**
     * Reads a cloud's answer.
     *
     * @throws ProtocolException when the bytes are not JSON of that shape (malformed, truncated)
     */
    public static <T> T read(byte[] body, Class<T> type, ErrorContext context) {
        try {
            return MAPPER.readValue(body, type);
        } catch (IOException e) {
            throw new ProtocolException("the answer is not valid JSON: " + firstLine(e.getMessage()), context, e);
        }
    }

    /**
     * Reads a cloud's answer as a tree.
     *
     * @throws ProtocolException when the bytes are not JSON (malformed, truncated, empty)
     */
    public static JsonNode readTree(byte[] body, ErrorContext context) {
        try {
            JsonNode tree = MAPPER.readTree(body);
            if (tree == null || tree.isMissingNode()) {
                throw new ProtocolException("the answer is empty where JSON was expected", context);
            }
            return tree;
        } catch (IOException e) {
            throw new ProtocolException("the answer is not valid JSON: " + firstLine(e.getMessage()), context, e);
        }
    }

    /**
     * Parses JSON and leaves the parser's exception to the caller, for text whose content must
     * not reach a message (credential files).
     */
    public static JsonNode parse(byte[] bytes) throws IOException {
        return MAPPER.readTree(bytes);
    }

    /** Converts a tree (or any value) to another type. */
    public static <T> T convert(Object value, Class<T> type) {
        return MAPPER.convertValue(value, type);
    }

    /** A tree as JSON-like Java values (maps, lists, strings, numbers, booleans, nulls). */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> toMap(JsonNode object) {
        return MAPPER.convertValue(object, Map.class);
    }

    public static ObjectNode objectNode() {
        return MAPPER.createObjectNode();
    }

    public static byte[] writeBytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String write(Object value) {
        return new String(writeBytes(value), StandardCharsets.UTF_8);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}

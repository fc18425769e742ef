package io.cloudimages.core.internal.credentials;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.cloudimages.core.internal.text.ParseErrors;
import io.cloudimages.core.json.Json;
import io.cloudimages.exception.AuthenticationException;
import io.cloudimages.exception.ErrorContext;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Reading the cloud CLIs' credential files: JSON and INI. */
public final class CredentialFiles {

    private CredentialFiles() {
    }

    /** The JSON in a file, or empty when the file does not exist. */
    public static Optional<JsonNode> readJson(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new AuthenticationException("cannot read " + file + ": " + e.getMessage(), ErrorContext.none(), e);
        }
        try {
            return Optional.of(Json.parse(content));
        } catch (JsonProcessingException e) {
            // no cause attached: the parser's message quotes the file's text, which holds secrets
            throw new AuthenticationException(file + " is not valid JSON (" + ParseErrors.describe(e) + ")", ErrorContext.none());
        } catch (IOException e) {
            throw new AuthenticationException("cannot read " + file + ": " + e.getMessage(), ErrorContext.none(), e);
        }
    }

    /**
     * One section of an INI file ({@code [name]}, then {@code key = value} lines; {@code #} and
     * {@code ;} start comments), or empty when the file or the section does not exist.
     */
    public static Optional<Map<String, String>> readIniSection(Path file, String section) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Map<String, String> values = null;
        try {
            for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
                    continue;
                }
                if (line.startsWith("[") && line.endsWith("]")) {
                    if (values != null) {
                        break;
                    }
                    if (line.substring(1, line.length() - 1).strip().equals(section)) {
                        values = new LinkedHashMap<>();
                    }
                    continue;
                }
                int equals = line.indexOf('=');
                if (values != null && equals > 0) {
                    values.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
                }
            }
        } catch (IOException e) {
            throw new AuthenticationException("cannot read " + file + ": " + e.getMessage(), ErrorContext.none(), e);
        }
        return Optional.ofNullable(values);
    }

    /** A text field of a JSON object, empty when missing, null or blank. */
    public static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? Optional.empty() : Optional.of(value.asText());
    }
}

package io.cloudimages.core.credentials;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.cloudimages.core.internal.text.ParseErrors;
import io.cloudimages.core.internal.text.TextFiles;
import io.cloudimages.core.json.Json;
import io.cloudimages.exception.AuthenticationException;
import io.cloudimages.exception.ErrorContext;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Reading the cloud CLIs' credential files: JSON and INI. */
public final class CredentialFiles {

    /** The largest credential file read: such a file holds a few keys, so anything larger is another file. */
    public static final int MAX_FILE_BYTES = 64 * 1024;

    private CredentialFiles() {
    }

    /** The JSON in a file, or empty when the file does not exist. */
    public static Optional<JsonNode> readJson(Path file) {
        return read(file).map(content -> {
            try {
                return Json.parse(content.getBytes(StandardCharsets.UTF_8));
            } catch (JsonProcessingException e) {
                // no cause attached: the parser's message quotes the file's text, which holds secrets
                throw new AuthenticationException(file + " is not valid JSON (" + ParseErrors.describe(e) + ")", ErrorContext.none());
            } catch (IOException e) {
                throw cannotRead(file, e);
            }
        });
    }

    /**
     * One section of an INI file ({@code [name]}, then {@code key = value} lines; {@code #} and
     * {@code ;} start comments), or empty when the file or the section does not exist.
     */
    public static Optional<Map<String, String>> readIniSection(Path file, String section) {
        return read(file).flatMap(text -> section(text, section));
    }

    private static Optional<Map<String, String>> section(String text, String section) {
        Map<String, String> values = null;
        for (String raw : text.lines().toList()) {
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
        return Optional.ofNullable(values);
    }

    /** The file's text, or empty when it does not exist; one that exists but cannot be read is an error, not a skip. */
    private static Optional<String> read(Path file) {
        try {
            return Optional.of(TextFiles.read(file, MAX_FILE_BYTES));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw cannotRead(file, e);
        }
    }

    private static AuthenticationException cannotRead(Path file, IOException e) {
        return new AuthenticationException("cannot read " + file + ": " + e.getMessage(), ErrorContext.none(), e);
    }

    /** A text field of a JSON object, empty when missing, null or blank. */
    public static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? Optional.empty() : Optional.of(value.asText());
    }
}

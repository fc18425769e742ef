package io.cloudimages.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.ProtocolException;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the fields of a cloud's answer without trusting their types: every cloud's decoder
 * reads its answers through these, so a field of the wrong type means the same everywhere.
 * What a field must have (an image's id, a page's images) is a {@link ProtocolException} when it
 * is wrong; what may be unknown (a size, a price) is null.
 */
public final class JsonFields {

    /** The longest run of digits read as a number; longer ones are nonsense from any cloud. */
    private static final int MAX_DIGITS = 30;

    private JsonFields() {
    }

    /**
     * The objects of an array field, such as a page's images.
     *
     * @return none when the field is missing or null
     * @throws ProtocolException when the field is not an array, or an element is not an object
     */
    public static List<JsonNode> objects(JsonNode parent, String field, ErrorContext context) {
        JsonNode array = array(parent, field, context);
        List<JsonNode> objects = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonNode element = array.get(i);
            if (!element.isObject()) {
                throw new ProtocolException("\"" + field + "\"[" + i + "] is " + kind(element) + ", not an object", context);
            }
            objects.add(element);
        }
        return objects;
    }

    /**
     * The texts of an array field, such as a list of names.
     *
     * @return none when the field is missing or null
     * @throws ProtocolException when the field is not an array, or an element is not a non-blank text
     */
    public static List<String> texts(JsonNode parent, String field, ErrorContext context) {
        JsonNode array = array(parent, field, context);
        List<String> texts = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonNode element = array.get(i);
            if (!element.isTextual() || element.asText().isBlank()) {
                throw new ProtocolException("\"" + field + "\"[" + i + "] is " + kind(element) + ", not a name", context);
            }
            texts.add(element.asText());
        }
        return texts;
    }

    /** An array field; an empty one when it is missing or null. */
    private static JsonNode array(JsonNode parent, String field, ErrorContext context) {
        JsonNode array = parent.get(field);
        if (array == null || array.isNull()) {
            return Json.objectNode().arrayNode();
        }
        if (!array.isArray()) {
            throw new ProtocolException("\"" + field + "\" is " + kind(array) + ", not an array", context);
        }
        return array;
    }

    /**
     * A field that must be there: a non-blank text (a number is taken as its digits).
     *
     * @throws ProtocolException when it is missing, null, blank or not a scalar
     */
    public static String requiredText(JsonNode node, String field, ErrorContext context) {
        String text = text(node, field);
        if (text == null) {
            JsonNode value = node.get(field);
            throw new ProtocolException("\"" + field + "\" is " + (value == null ? "missing" : kind(value)), context);
        }
        return text;
    }

    /** A text field; null when it is missing, null, blank, or not a scalar (an object or an array). */
    public static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isValueNode() || value.isNull()) {
            return null;
        }
        String text = value.asText();
        return text.isBlank() ? null : text;
    }

    /**
     * A whole number from 0 to {@code max}, written as a number or as its digits; null when it is
     * missing, null, or anything else (a word, a fraction, a negative or larger number): a value
     * the cloud did not give in a usable form is unknown, never 0 or a capped guess.
     */
    public static Long wholeNumber(JsonNode node, String field, long max) {
        BigDecimal value = decimal(node, field);
        if (value == null || value.signum() < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            return null;
        }
        try {
            return value.longValueExact();
        } catch (ArithmeticException fraction) {
            return null;
        }
    }

    /** A decimal written as a number or as text; null when it is missing, null or not a number. */
    public static BigDecimal decimal(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return value.isFloatingPointNumber() && !Double.isFinite(value.doubleValue()) ? null : value.decimalValue();
        }
        if (!value.isTextual() || value.asText().length() > MAX_DIGITS * 2) {
            return null;
        }
        try {
            return new BigDecimal(value.asText().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * A count a page's answer gives, such as its total.
     *
     * @return the count, or {@code absent} when the field is missing or null
     * @throws ProtocolException when it is not a whole number from 0 to {@link Long#MAX_VALUE}
     */
    public static long count(JsonNode node, String field, long absent, ErrorContext context) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return absent;
        }
        Long count = wholeNumber(node, field, Long.MAX_VALUE);
        if (count == null) {
            throw new ProtocolException("\"" + field + "\" is " + kind(value) + ", not a count", context);
        }
        return count;
    }

    /**
     * A status code as clouds write them, a number or its digits.
     *
     * @return the code exactly as written, as a whole number of any size
     * @throws ProtocolException when it is missing or not a whole number
     */
    public static BigInteger code(JsonNode node, String field, ErrorContext context) {
        BigDecimal value = decimal(node, field);
        if (value != null && value.abs().compareTo(BigDecimal.TEN.pow(MAX_DIGITS)) < 0) {
            try {
                return value.toBigIntegerExact();
            } catch (ArithmeticException fraction) {
                // reported below
            }
        }
        JsonNode raw = node.get(field);
        throw new ProtocolException("the answer's \"" + field + "\" is " + (raw == null ? "missing" : kind(raw))
                + ", not a whole number", context);
    }

    /** What a node is, for messages, showing at most a little of a value. */
    static String kind(JsonNode node) {
        if (node.isNull()) {
            return "null";
        }
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "an array";
        }
        String text = node.asText();
        String shown = text.length() <= 40 ? text : text.substring(0, 40) + "...";
        return node.isTextual() ? "the text \"" + shown + "\"" : shown;
    }
}

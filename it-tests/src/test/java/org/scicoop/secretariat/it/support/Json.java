package org.scicoop.secretariat.it.support;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one way the system tests read JSON (the application's answers, Keycloak's): JSON-P, with paths such as
 * {@code content.partners[1].linked} or {@code [0].outcome} (dots between names, {@code [n]} for array elements,
 * {@code ""} for the whole document), turned into JSON Pointers. A path that leads nowhere, or to {@code null},
 * gives {@code null}: the API's documents leave out what they do not have.
 */
public final class Json {

    private Json() {
    }

    public static JsonStructure parse(String json) {
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new StringReader(json))) {
            return reader.read();
        } catch (JsonParsingException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    /** The value at {@code path}, or null when there is none or it is JSON's {@code null}. */
    public static JsonValue at(String json, String path) {
        JsonValue value;
        try {
            value = jakarta.json.Json.createPointer(pointer(path)).getValue(parse(json));
        } catch (JsonException e) {
            return null;
        }
        return value.getValueType() == JsonValue.ValueType.NULL ? null : value;
    }

    /** A string as itself, a number or a boolean as written, null when absent. */
    public static String text(String json, String path) {
        JsonValue value = at(json, path);
        return value == null ? null : value instanceof JsonString string ? string.getString() : value.toString();
    }

    public static long number(String json, String path) {
        return decimal(json, path).longValueExact();
    }

    public static BigDecimal decimal(String json, String path) {
        if (!(at(json, path) instanceof JsonNumber number)) {
            throw new AssertionError("no number at " + path + " in " + json);
        }
        return number.bigDecimalValue();
    }

    /** True or false, null when absent. */
    public static Boolean bool(String json, String path) {
        JsonValue value = at(json, path);
        return value == null ? null : value.getValueType() == JsonValue.ValueType.TRUE ? Boolean.TRUE
                : value.getValueType() == JsonValue.ValueType.FALSE ? Boolean.FALSE : null;
    }

    /** The elements of the array at {@code path}; empty when there is none. */
    public static List<JsonValue> list(String json, String path) {
        return at(json, path) instanceof JsonArray array ? array : List.of();
    }

    /** The objects of the array at {@code path}; empty when there is none. */
    public static List<JsonObject> objects(String json, String path) {
        return list(json, path).stream().map(JsonValue::asJsonObject).toList();
    }

    /** A JSON object with these members, to compare with what was read. */
    public static JsonObject object(Map<String, ?> members) {
        return jakarta.json.Json.createObjectBuilder(new HashMap<String, Object>(members)).build();
    }

    /** {@code content.partners[1].id} as the JSON Pointer {@code /content/partners/1/id}. */
    private static String pointer(String path) {
        StringBuilder pointer = new StringBuilder();
        for (String step : path.isEmpty() ? new String[0] : path.split("\\.")) {
            int bracket = step.indexOf('[');
            String name = bracket < 0 ? step : step.substring(0, bracket);
            if (!name.isEmpty()) {
                pointer.append('/').append(name.replace("~", "~0").replace("/", "~1"));
            }
            while (bracket >= 0) {
                int close = step.indexOf(']', bracket);
                pointer.append('/').append(step, bracket + 1, close);
                bracket = step.indexOf('[', close);
            }
        }
        return pointer.toString();
    }
}

package org.scicoop.secretariat.it.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The hostile inputs of the fuzz suite (issue 11), as tables: values for path and query parameters, headers, whole
 * JSON bodies, and JSON values by the kind of field they replace (from the OpenAPI schema). A value marked
 * {@code refused} is never legal for that kind of field: the API must answer it with a 4xx problem document, not
 * accept it. Every other value may be accepted or refused, but never with a 5xx or a leak.
 */
final class Hostile {

    /** What a field holds, as the OpenAPI schema says. */
    enum Kind { STRING, DATETIME, ENUM, INTEGER, NUMBER, BOOLEAN, ARRAY, OBJECT, ANY }

    /** A raw JSON text to put in a field's place, and whether it must be refused there. */
    record Value(String json, boolean refused) {
    }

    /** A request header to send, and whether the request must then be refused. */
    record Header(String name, String value, boolean refused) {
    }

    private Hostile() {
    }

    static final String LONG = "x".repeat(100_000);

    /** Raw path segments (already percent-encoded where needed). */
    static final List<String> PATH_SEGMENTS = List.of("%20", "0", "-1", "2147483648", "9223372036854775808",
            "99999999999999999999", "abc", "%E2%80%AE", "%E2%80%8B%E2%80%8B", "%00", "%C0%AF", "a%2Fb", "..%2F..",
            "x".repeat(3000), "%F0%9F%98%80", "%FF");

    /** Raw query values (percent-encoded). */
    static final List<String> QUERY_VALUES = List.of("", "-1", "0", "2147483647", "2147483648",
            "99999999999999999999", "1e3", "2.5", "abc", "true%20", "%00", "%E2%80%AE", "x".repeat(10_000), "%25",
            "%27%20or%201=1%20--", "%FF%FE");

    static List<Header> headers(boolean versioned, boolean withBody, boolean multipart) {
        List<Header> headers = new ArrayList<>(List.of(
                new Header("Accept-Language", "!!!", false),
                new Header("Accept-Language", "en;q=abc", false),
                new Header("Accept-Language", ",,,;;;", false),
                new Header("Accept-Language", "*;q=2", false),
                new Header("Accept-Language", "x".repeat(5000), false),
                new Header("Accept-Language", "zh-Hans-CN-x-private-tag-tagtagtagtagtag;q=0.5, fr;q=0.9", false),
                new Header("Accept-Language", "éè中文", false),
                new Header("Accept", "text/html", false),
                new Header("Accept", "garbage", false),
                new Header("Accept", "application/json;q=abc", false),
                new Header("Authorization", "Bearer garbage", true),
                new Header("Authorization", "Bearer " + "x".repeat(5000), true),
                new Header("Authorization", "Basic Zm9vOmJhcg==", false)));
        if (versioned) {
            for (String ifMatch : List.of("garbage", "\"1", "W/\"x\"", "*", "\"" + "9".repeat(30) + "\"", "\"-1\"")) {
                headers.add(new Header("If-Match", ifMatch, true));
            }
        }
        if (withBody) {
            List<String> types = multipart
                    ? List.of("multipart/form-data", "multipart/form-data; boundary=", "multipart/form-data; boundary=\"\"",
                    "application/json", "text/plain")
                    : List.of("text/plain", "application/json; charset=UTF-16", "application/xml", "multipart/form-data",
                    "application/x-www-form-urlencoded", "garbage");
            for (String type : types) {
                headers.add(new Header("Content-Type", type, !type.equals("application/json; charset=UTF-16")));
            }
        }
        return headers;
    }

    /** Whole bodies that are not one well-formed JSON value of the right shape: all refused. */
    static List<byte[]> bodies(String valid) {
        byte[] utf8 = valid.getBytes(StandardCharsets.UTF_8);
        List<byte[]> bodies = new ArrayList<>();
        for (String text : List.of("{\"code\":", "[]", "\"text\"", "42", "null", "true", "", "{'code':'x'}",
                "{\"a\":NaN}", "/* comment */" + valid, valid + " garbage", valid + "{}", valid + ",",
                "[".repeat(100_000), duplicateFirstKey(valid), "{\"x\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}")) {
            bodies.add(text.getBytes(StandardCharsets.UTF_8));
        }
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        bodies.add(bom);
        bodies.add(valid.getBytes(StandardCharsets.UTF_16));
        bodies.add(valid.getBytes(StandardCharsets.UTF_16LE));
        bodies.add(new byte[]{'{', '"', 'a', '"', ':', '"', (byte) 0xFF, (byte) 0xFE, '"', '}'});
        return bodies;
    }

    /** {@code {"a":1,"b":2}} as {@code {"a":1,"a":1,"b":2}}. */
    private static String duplicateFirstKey(String valid) {
        JsonObject object = org.scicoop.secretariat.it.support.Json.parse(valid).asJsonObject();
        String first = object.keySet().iterator().next();
        return "{" + jsonString(first) + ":" + object.get(first) + "," + valid.substring(1);
    }

    /** The values a field of this kind must survive; {@code sample} is the field's valid value. */
    static List<Value> values(Kind kind, JsonValue sample, List<String> enumValues) {
        List<Value> values = new ArrayList<>();
        boolean text = kind == Kind.STRING || kind == Kind.DATETIME || kind == Kind.ENUM;
        boolean number = kind == Kind.INTEGER || kind == Kind.NUMBER;
        values.add(new Value("null", false));
        values.add(new Value("{}", kind != Kind.OBJECT && kind != Kind.ANY));
        values.add(new Value("[]", kind != Kind.ARRAY && kind != Kind.ANY));
        values.add(new Value("true", kind != Kind.BOOLEAN && kind != Kind.ANY));
        values.add(new Value("\"abc\"", kind != Kind.STRING && kind != Kind.ANY));
        values.add(new Value("123", text || kind == Kind.BOOLEAN || kind == Kind.ARRAY || kind == Kind.OBJECT));
        if (text) {
            values.add(new Value("\"\"", kind != Kind.STRING));
            values.add(new Value("\"   \"", kind != Kind.STRING));
            values.add(new Value("\"\\u200B\\u200B\"", kind != Kind.STRING));
            values.add(new Value("\"\\u0000x\"", true));
            values.add(new Value("\"a\\u202Eb\"", true));
            values.add(new Value("\"\\ud800x\"", true));
            values.add(new Value("\"x\\u0007y\"", true));
            values.add(new Value("\"" + LONG + "\"", true));
            values.add(new Value("\"<script>alert(1)</script>\"", kind != Kind.STRING));
            values.add(new Value("\"\\uD83D\\uDE00 ok\"", kind != Kind.STRING));
        }
        if (kind == Kind.DATETIME) {
            for (String instant : List.of("2027-02-30T00:00:00Z", "2027-01-01", "+999999999-12-31T23:59:59Z",
                    "-999999999-01-01T00:00:00Z", "2027-01-01T00:00:00", "1900-01-01T00:00:00Z", "2027-13-01T00:00:00Z",
                    "2027-01-01T25:00:00Z", "9999-12-31T23:59:59Z", "0000-01-01T00:00:00Z")) {
                values.add(new Value(jsonString(instant), true));
            }
        }
        if (kind == Kind.ENUM && !enumValues.isEmpty()) {
            values.add(new Value("\"NOPE\"", true));
            values.add(new Value(jsonString(enumValues.get(0).toLowerCase(Locale.ROOT)), true));
            values.add(new Value(jsonString(" " + enumValues.get(0)), true));
        }
        if (number) {
            values.add(new Value("2.5", kind == Kind.INTEGER));
            values.add(new Value("-1", false));
            values.add(new Value("0", false));
            values.add(new Value("1e2", false));
            values.add(new Value("\"1\"", true));
            // past every integer and amount of the API (amounts have at most 17 digits before the point)
            for (String huge : List.of("9223372036854775808", "18446744073709551635", "1e2147483647",
                    "-1e2147483647", "1e-2147483647", "123456789012345678901234567890.5")) {
                values.add(new Value(huge, true));
            }
            // past an int32, a fair amount
            values.add(new Value("2147483648", kind == Kind.INTEGER));
        }
        if (kind == Kind.BOOLEAN) {
            values.add(new Value("\"true\"", true));
            values.add(new Value("0", true));
            values.add(new Value("1", true));
        }
        if (kind == Kind.ARRAY && sample != null && sample.getValueType() == JsonValue.ValueType.ARRAY
                && !sample.asJsonArray().isEmpty()) {
            String element = sample.asJsonArray().get(0).toString();
            values.add(new Value("[" + String.join(",", java.util.Collections.nCopies(1000, element)) + "]", true));
            values.add(new Value("[null]", false));
        }
        if (kind == Kind.OBJECT) {
            values.add(new Value("{\"unknown\": 1}", false));
        }
        return values;
    }

    static String jsonString(String text) {
        return jakarta.json.Json.createValue(text).toString();
    }

    /** The kind of a field from its (resolved) schema. */
    static Kind kind(JsonObject schema) {
        if (schema == null) {
            return Kind.ANY;
        }
        if (schema.containsKey("enum")) {
            return Kind.ENUM;
        }
        String type = type(schema);
        return switch (type) {
            case "string" -> "date-time".equals(schema.getString("format", "")) ? Kind.DATETIME : Kind.STRING;
            case "integer" -> Kind.INTEGER;
            case "number" -> Kind.NUMBER;
            case "boolean" -> Kind.BOOLEAN;
            case "array" -> Kind.ARRAY;
            case "object" -> Kind.OBJECT;
            default -> Kind.ANY;
        };
    }

    /** The schema's type: a name, or the first that is not "null" of a list of names (OpenAPI 3.1). */
    private static String type(JsonObject schema) {
        JsonValue type = schema.get("type");
        if (type instanceof JsonString name) {
            return name.getString();
        }
        if (type != null && type.getValueType() == JsonValue.ValueType.ARRAY) {
            return type.asJsonArray().getValuesAs(JsonString.class).stream().map(JsonString::getString)
                    .filter(name -> !name.equals("null")).findFirst().orElse("");
        }
        return schema.containsKey("properties") ? "object" : "";
    }

    static List<String> enumValues(JsonObject schema) {
        return schema == null || !schema.containsKey("enum") ? List.of()
                : schema.getJsonArray("enum").stream().filter(v -> v instanceof JsonString)
                .map(v -> ((JsonString) v).getString()).toList();
    }
}

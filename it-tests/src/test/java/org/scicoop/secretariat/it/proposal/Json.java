package org.scicoop.secretariat.it.proposal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON reader for the API's answers (objects become maps, arrays lists, numbers BigDecimal),
 * with paths such as {@code content.partners[1].id}: the proposals' documents are nested and their
 * properties come in alphabetical order, so the first match of a pattern is not the field one means.
 */
final class Json {

    private final String text;
    private int at;

    private Json(String text) {
        this.text = text;
    }

    static Object parse(String text) {
        Json json = new Json(text);
        Object value = json.value();
        json.space();
        if (json.at != text.length()) {
            throw new IllegalArgumentException("trailing text at " + json.at + ": " + text);
        }
        return value;
    }

    /** The value at {@code path} (dots between names, [n] for list elements), or null when absent. */
    static Object at(String body, String path) {
        Object current = parse(body);
        for (String step : path.split("\\.")) {
            String name = step.contains("[") ? step.substring(0, step.indexOf('[')) : step;
            if (!name.isEmpty()) {
                if (!(current instanceof Map<?, ?> map)) {
                    return null;
                }
                current = map.get(name);
            }
            int bracket = step.indexOf('[');
            while (bracket >= 0 && current != null) {
                int close = step.indexOf(']', bracket);
                int index = Integer.parseInt(step.substring(bracket + 1, close));
                current = current instanceof List<?> list && index < list.size() ? list.get(index) : null;
                bracket = step.indexOf('[', close);
            }
        }
        return current;
    }

    static String text(String body, String path) {
        Object value = at(body, path);
        return value == null ? null : value instanceof BigDecimal number ? number.toPlainString() : value.toString();
    }

    static long number(String body, String path) {
        Object value = at(body, path);
        if (!(value instanceof BigDecimal number)) {
            throw new AssertionError("no number at " + path + " in " + body);
        }
        return number.longValueExact();
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(String body, String path) {
        Object value = at(body, path);
        return value instanceof List<?> list ? (List<Object>) list : List.of();
    }

    private Object value() {
        space();
        char c = text.charAt(at);
        switch (c) {
            case '{':
                return object();
            case '[':
                return array();
            case '"':
                return string();
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", null);
            default:
                return number();
        }
    }

    private Map<String, Object> object() {
        Map<String, Object> map = new LinkedHashMap<>();
        at++;
        space();
        if (text.charAt(at) == '}') {
            at++;
            return map;
        }
        while (true) {
            space();
            String name = string();
            space();
            expect(':');
            map.put(name, value());
            space();
            if (text.charAt(at) == ',') {
                at++;
            } else {
                expect('}');
                return map;
            }
        }
    }

    private List<Object> array() {
        List<Object> list = new ArrayList<>();
        at++;
        space();
        if (text.charAt(at) == ']') {
            at++;
            return list;
        }
        while (true) {
            list.add(value());
            space();
            if (text.charAt(at) == ',') {
                at++;
            } else {
                expect(']');
                return list;
            }
        }
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = text.charAt(at++);
            if (c == '"') {
                return out.toString();
            }
            if (c == '\\') {
                char escaped = text.charAt(at++);
                switch (escaped) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        at += 4;
                    }
                    default -> out.append(escaped);
                }
            } else {
                out.append(c);
            }
        }
    }

    private BigDecimal number() {
        int start = at;
        while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        if (start == at) {
            throw new IllegalArgumentException("unexpected character at " + at + ": " + text);
        }
        return new BigDecimal(text.substring(start, at));
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, at)) {
            throw new IllegalArgumentException("expected " + word + " at " + at);
        }
        at += word.length();
        return value;
    }

    private void expect(char c) {
        if (text.charAt(at) != c) {
            throw new IllegalArgumentException("expected " + c + " at " + at + ": " + text);
        }
        at++;
    }

    private void space() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }
}

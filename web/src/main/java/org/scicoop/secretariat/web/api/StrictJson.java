package org.scicoop.secretariat.web.api;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import org.scicoop.secretariat.platform.boundary.BadInput;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The API's one reading of JSON bodies (RFC 8259 as I-JSON, RFC 7493, narrows it), strict where JSON-B is lenient:
 * UTF-8 only (no byte order mark), one value and nothing after it, no member twice in an object, at most
 * {@link #MAX_DEPTH} levels and {@link #MAX_BYTES} bytes. The value is then bound to a record, component by
 * component, without coercion: a whole number only where the record takes one and only when it fits (2.5, 2^63 or
 * {@code 1e2147483647} for a {@code long} are refused, not truncated or wrapped), {@code true}/{@code false} only
 * for booleans (and given: a missing {@code boolean} is refused, not false), enums by their exact names, instants
 * only as full RFC 3339 date-times, texts without NUL and other control characters (tab and line breaks apart) or
 * unpaired surrogates. Members the record does not take are ignored: what a client GETs it may PUT back.
 * <p>
 * Every refusal names its place as a JSON pointer ({@code /commitments/0/amount}; the empty pointer is the whole
 * body) with a message key, all of them at once ({@link Refused}). The range rules of the values (a title's length,
 * a month between 1 and 120) are the service's Bean Validation constraints, checked after binding.
 */
public final class StrictJson {

    /** A proposal with fifty partners and a hundred milestones, each text at its longest, is about 200 KB. */
    public static final int MAX_BYTES = 1024 * 1024;
    /** The deepest body of the API nests four levels (proposal, content, partners, a new organisation). */
    public static final int MAX_DEPTH = 32;
    /** Digits and exponent of a decimal: far beyond any amount, far below what costs time to compute. */
    private static final int MAX_DIGITS = 60;
    private static final int MAX_ERRORS = 20;
    private static final Pattern INSTANT = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?([Zz]|[+-]\\d{2}:\\d{2})");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private StrictJson() {
    }

    /** What was refused, where (a JSON pointer into the body), as a message key with its values. */
    public record Invalid(String pointer, String messageKey, List<Object> arguments) {

        Invalid(String pointer, String messageKey, Object... arguments) {
            this(pointer, messageKey, List.of(arguments));
        }
    }

    /** The body cannot be read as the record it should be: each place that is wrong. 413 when it is too large. */
    public static class Refused extends BadInput {

        private final transient List<Invalid> invalid;
        private final int status;

        Refused(int status, List<Invalid> invalid) {
            super("problem.invalid");
            this.status = status;
            this.invalid = List.copyOf(invalid);
        }

        Refused(Invalid invalid) {
            this(400, List.of(invalid));
        }

        public List<Invalid> invalid() {
            return invalid;
        }

        public int status() {
            return status;
        }
    }

    /** {@code body} as read; a request without one (RESTEasy passes null for an empty body) is a 400. */
    public static <T> T required(T body) {
        if (body == null) {
            throw new BadInput("problem.input.jsonBody");
        }
        return body;
    }

    /** Reads {@code body} (at most {@link #MAX_BYTES} of it) as a {@code type}, a record. */
    public static <T> T read(InputStream body, Class<T> type) throws IOException {
        return type.cast(read(body, (Type) type));
    }

    /** Reads {@code body} as a {@code type}, a record (or a list of records); refuses what does not fit. */
    public static Object read(InputStream body, Type type) throws IOException {
        byte[] bytes = body.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new Refused(413, List.of(new Invalid("", "problem.json.tooLarge", MAX_BYTES / 1024)));
        }
        Object tree = parse(text(bytes));
        if (tree == JsonValue.NULL) {
            throw new Refused(new Invalid("", "problem.json.object"));
        }
        List<Invalid> invalid = new ArrayList<>();
        Object bound = bind(tree, type, "", invalid);
        if (!invalid.isEmpty()) {
            throw new Refused(400, invalid.subList(0, Math.min(MAX_ERRORS, invalid.size())));
        }
        return bound;
    }

    // ---------------------------------------------------------------- text and syntax

    private static String text(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            throw new Refused(new Invalid("", "problem.json.encoding"));
        }
        if (text.startsWith("\uFEFF") || text.indexOf('\0') >= 0) {
            // a byte order mark, or UTF-16 without one ({" as 7B 00 22 00): JSON never holds a raw NUL
            throw new Refused(new Invalid("", "problem.json.encoding"));
        }
        if (text.isBlank()) {
            throw new Refused(new Invalid("", "problem.json.empty"));
        }
        return text;
    }

    /**
     * The JSON value as maps (in the order given), lists, strings, {@link Num}bers, booleans and
     * {@link JsonValue#NULL}; a member given twice, nesting past {@link #MAX_DEPTH} or anything after the value
     * refused.
     */
    static Object parse(String text) {
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            if (!parser.hasNext()) {
                throw new Refused(new Invalid("", "problem.json.empty"));
            }
            Object value = value(parser, parser.next(), "", 1);
            boolean more;
            try {
                more = parser.hasNext();
            } catch (JsonParsingException trailing) {
                more = true;
            }
            if (more) {
                JsonLocation at = parser.getLocation();
                throw new Refused(new Invalid("", "problem.json.trailing", at.getLineNumber(), at.getColumnNumber()));
            }
            return value;
        } catch (JsonParsingException malformed) {
            JsonLocation at = malformed.getLocation();
            throw new Refused(new Invalid("", "problem.json.malformed", at == null ? 1 : at.getLineNumber(),
                    at == null ? 1 : at.getColumnNumber()));
        } catch (JsonException | IllegalStateException | java.util.NoSuchElementException malformed) {
            throw new Refused(new Invalid("", "problem.json.malformed", 1, 1));
        }
    }

    /** A number as written: its type decides whether it fits. */
    record Num(String text) {
    }

    private static Object value(JsonParser parser, JsonParser.Event event, String pointer, int depth) {
        switch (event) {
            case START_OBJECT -> {
                deep(depth, pointer);
                Map<String, Object> members = new LinkedHashMap<>();
                for (JsonParser.Event next = parser.next(); next != JsonParser.Event.END_OBJECT; next = parser.next()) {
                    String name = parser.getString();
                    String at = pointer + "/" + escaped(name);
                    if (members.containsKey(name)) {
                        throw new Refused(new Invalid(at, "problem.json.duplicate"));
                    }
                    members.put(name, value(parser, parser.next(), at, depth + 1));
                }
                return members;
            }
            case START_ARRAY -> {
                deep(depth, pointer);
                List<Object> elements = new ArrayList<>();
                for (JsonParser.Event next = parser.next(); next != JsonParser.Event.END_ARRAY; next = parser.next()) {
                    elements.add(value(parser, next, pointer + "/" + elements.size(), depth + 1));
                }
                return elements;
            }
            case VALUE_STRING -> {
                return parser.getString();
            }
            case VALUE_NUMBER -> {
                return new Num(parser.getString());
            }
            case VALUE_TRUE -> {
                return Boolean.TRUE;
            }
            case VALUE_FALSE -> {
                return Boolean.FALSE;
            }
            case VALUE_NULL -> {
                return JsonValue.NULL;
            }
            default -> throw new Refused(new Invalid(pointer, "problem.json.malformed", 1, 1));
        }
    }

    private static void deep(int depth, String pointer) {
        if (depth > MAX_DEPTH) {
            throw new Refused(new Invalid(pointer, "problem.json.tooDeep", MAX_DEPTH));
        }
    }

    /** A member's name in a JSON pointer (RFC 6901): {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
    static String escaped(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    /**
     * A field of a constraint violation as a JSON pointer into the body ({@code create.command.commitments[0].amount}
     * is {@code /commitments/0/amount}), or the name of a parameter that is not the body ({@code update.code} is
     * {@code code}).
     */
    static String pointer(String propertyPath) {
        String[] parts = propertyPath.split("\\.", 3);
        if (parts.length < 3) {
            return parts[parts.length - 1];
        }
        StringBuilder pointer = new StringBuilder();
        for (String node : parts[2].split("\\.")) {
            if (node.startsWith("<")) {
                continue; // <list element>, <map value>: the index before names the element
            }
            int index = node.indexOf('[');
            pointer.append('/').append(escaped(index < 0 ? node : node.substring(0, index)));
            if (index >= 0 && node.endsWith("]")) {
                pointer.append('/').append(node, index + 1, node.length() - 1);
            }
        }
        return pointer.toString();
    }

    // ---------------------------------------------------------------- binding

    private static Object bind(Object node, Type type, String pointer, List<Invalid> invalid) {
        Class<?> raw = raw(type);
        if (node == null || node == JsonValue.NULL) {
            if (raw.isPrimitive()) {
                invalid.add(new Invalid(pointer, "problem.json.required"));
            }
            return null;
        }
        if (raw == String.class) {
            return node instanceof String text ? text(text, pointer, invalid)
                    : refused(invalid, pointer, "problem.json.string");
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return node instanceof Boolean truth ? truth : refused(invalid, pointer, "problem.json.boolean");
        }
        if (raw == int.class || raw == Integer.class) {
            Long whole = whole(node, Integer.MIN_VALUE, Integer.MAX_VALUE, pointer, invalid);
            return whole == null ? null : whole.intValue();
        }
        if (raw == long.class || raw == Long.class) {
            return whole(node, Long.MIN_VALUE, Long.MAX_VALUE, pointer, invalid);
        }
        if (raw == BigDecimal.class) {
            return decimal(node, pointer, invalid);
        }
        if (raw == Instant.class) {
            return instant(node, pointer, invalid);
        }
        if (raw == LocalDate.class) {
            return date(node, pointer, invalid);
        }
        if (raw.isEnum()) {
            return constant(node, raw, pointer, invalid);
        }
        if (raw == List.class) {
            if (!(node instanceof List<?> elements)) {
                return refused(invalid, pointer, "problem.json.array");
            }
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            List<Object> bound = new ArrayList<>(elements.size());
            for (int i = 0; i < elements.size(); i++) {
                bound.add(bind(elements.get(i), element, pointer + "/" + i, invalid));
            }
            return Collections.unmodifiableList(bound);
        }
        if (raw.isRecord()) {
            return node instanceof Map<?, ?> members ? record(members, raw, pointer, invalid)
                    : refused(invalid, pointer, "problem.json.object");
        }
        throw new IllegalStateException("The API reads no " + type + " from JSON");
    }

    private static Object refused(List<Invalid> invalid, String pointer, String messageKey, Object... arguments) {
        invalid.add(new Invalid(pointer, messageKey, arguments));
        return null;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> plain) {
            return plain;
        }
        if (type instanceof ParameterizedType generic) {
            return (Class<?>) generic.getRawType();
        }
        throw new IllegalStateException("The API reads no " + type + " from JSON");
    }

    private static Object record(Map<?, ?> members, Class<?> type, String pointer, List<Invalid> invalid) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        int before = invalid.size();
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            values[i] = bind(members.get(component.getName()), component.getGenericType(),
                    pointer + "/" + escaped(component.getName()), invalid);
        }
        if (invalid.size() > before) {
            return null;
        }
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return canonical.newInstance(values);
        } catch (InvocationTargetException refused) {
            if (refused.getCause() instanceof RuntimeException rule) {
                throw rule;
            }
            throw new IllegalStateException(refused.getCause());
        } catch (ReflectiveOperationException unusable) {
            throw new IllegalStateException("Cannot make a " + type.getName(), unusable);
        }
    }

    /** A text without NUL and other control characters (tab and line breaks apart) or unpaired surrogates. */
    private static String text(String text, String pointer, List<Invalid> invalid) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
                return (String) refused(invalid, pointer, "problem.json.characters");
            }
        }
        return text;
    }

    /** A whole number within {@code min} and {@code max}: {@code 100} and {@code 1e2} are, {@code 2.5} is not. */
    private static Long whole(Object node, long min, long max, String pointer, List<Invalid> invalid) {
        BigDecimal number = node instanceof Num num ? number(num.text()) : null;
        if (number != null) {
            BigDecimal whole = number.stripTrailingZeros();
            if (whole.scale() <= 0 && whole.compareTo(BigDecimal.valueOf(min)) >= 0
                    && whole.compareTo(BigDecimal.valueOf(max)) <= 0) {
                return whole.longValueExact();
            }
        }
        refused(invalid, pointer, "problem.json.integer", min, max);
        return null;
    }

    private static BigDecimal decimal(Object node, String pointer, List<Invalid> invalid) {
        BigDecimal number = node instanceof Num num ? number(num.text()) : null;
        if (number == null) {
            return (BigDecimal) refused(invalid, pointer, "problem.json.number", MAX_DIGITS);
        }
        return number.scale() < 0 ? number.setScale(0) : number;
    }

    /**
     * The number, or null when its digits or exponent pass {@link #MAX_DIGITS}: comparing or scaling
     * {@code 1e2147483647} would cost time or fail.
     */
    private static BigDecimal number(String text) {
        if (text.length() > 4 * MAX_DIGITS) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(text);
            return number.precision() <= MAX_DIGITS && Math.abs((long) number.scale()) <= MAX_DIGITS ? number : null;
        } catch (NumberFormatException | ArithmeticException unusable) {
            return null;
        }
    }

    private static Instant instant(Object node, String pointer, List<Invalid> invalid) {
        if (node instanceof String text && INSTANT.matcher(text).matches()) {
            try {
                return OffsetDateTime.parse(text.toUpperCase(java.util.Locale.ROOT),
                        DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
            } catch (DateTimeException impossible) {
                // 2027-02-30, 25:00, an offset of 99 hours
            }
        }
        return (Instant) refused(invalid, pointer, "problem.json.instant");
    }

    private static LocalDate date(Object node, String pointer, List<Invalid> invalid) {
        if (node instanceof String text && DATE.matcher(text).matches()) {
            try {
                return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
            } catch (DateTimeException impossible) {
                // 2027-02-30
            }
        }
        return (LocalDate) refused(invalid, pointer, "problem.json.date");
    }

    private static Object constant(Object node, Class<?> type, String pointer, List<Invalid> invalid) {
        if (node instanceof String name) {
            for (Object constant : type.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(name)) {
                    return constant;
                }
            }
        }
        return refused(invalid, pointer, "problem.json.oneOf", Arrays.stream(type.getEnumConstants())
                .map(constant -> ((Enum<?>) constant).name()).collect(Collectors.joining(", ")));
    }
}

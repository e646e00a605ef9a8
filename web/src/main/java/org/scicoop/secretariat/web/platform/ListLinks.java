package org.scicoop.secretariat.web.platform;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * The one way a filtered list says its filters in a link: the list's own address with them (to bookmark or send) and
 * its export's, and how a link's values become filters — a known value filters, anything else shows everything
 * rather than an error.
 */
public final class ListLinks {

    private ListLinks() {
    }

    /** {@code path} with the filters as query parameters ({@code list.xhtml?call=…&country=KE}). */
    public static String link(String path, Map<String, String> filters) {
        StringBuilder url = new StringBuilder(path);
        char separator = path.indexOf('?') < 0 ? '?' : '&';
        for (Map.Entry<String, String> filter : filters.entrySet()) {
            url.append(separator).append(filter.getKey()).append('=')
                    .append(URLEncoder.encode(filter.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        return url.toString();
    }

    /** The list's export of what the filters select, as {@code csv}, {@code xlsx} or {@code pdf}. */
    public static String export(String format, Map<String, String> filters) {
        return link("export?format=" + format, filters);
    }

    /** A filter's value when given (trimmed), else null. */
    public static String given(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** A two-letter country code (upper case); anything else is no filter. */
    public static String countryCode(String value) {
        return value != null && value.trim().matches("[A-Za-z]{2}") ? value.trim().toUpperCase(Locale.ROOT) : null;
    }

    /** One of the enum's names, exactly; anything else is no filter. */
    public static <E extends Enum<E>> String oneOf(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).anyMatch(n -> n.equals(value)) ? value : null;
    }

    /** Puts the filter when it has a value (trimmed). */
    public static void putIfGiven(Map<String, String> filters, String name, String value) {
        String given = given(value);
        if (given != null) {
            filters.put(name, given);
        }
    }
}

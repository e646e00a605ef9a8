package org.scicoop.secretariat.web.platform;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * An iCalendar object (RFC 5545) written line by line: content lines end in CRLF and are folded at 75 octets (a
 * continuation starts with a space, and never splits a character's UTF-8 bytes); text values are escaped
 * (backslash, semicolon, comma, line breaks). Small on purpose — the members' feed has all-day events only, so it
 * needs no time zone component — and checked against a full parser (ical4j, in the tests).
 */
public final class ICalendar {

    public static final String MEDIA_TYPE = "text/calendar";

    private static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final StringBuilder out = new StringBuilder();

    /** {@code BEGIN:name}. */
    public ICalendar begin(String component) {
        return line("BEGIN:" + component);
    }

    /** {@code END:name}. */
    public ICalendar end(String component) {
        return line("END:" + component);
    }

    /** A property whose value is written as given (a number, a code, a duration, a URI). */
    public ICalendar value(String name, String value) {
        return line(name + ":" + value);
    }

    /** A property of type TEXT, escaped. */
    public ICalendar text(String name, String text) {
        return line(name + ":" + escape(text));
    }

    /** A property of type DATE: a calendar day, no time, no zone. */
    public ICalendar date(String name, LocalDate day) {
        return line(name + ";VALUE=DATE:" + DATE.format(day));
    }

    /** A property of type DATE-TIME in UTC ({@code …Z}). */
    public ICalendar utc(String name, Instant instant) {
        return line(name + ":" + UTC.format(instant));
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private ICalendar line(String line) {
        out.append(fold(line)).append("\r\n");
        return this;
    }

    /** A TEXT value (RFC 5545, 3.3.11): backslash, semicolon and comma escaped, line breaks as {@code \n}. */
    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** A content line folded at 75 octets of UTF-8 (RFC 5545, 3.1), without its final CRLF. */
    static String fold(String line) {
        StringBuilder folded = new StringBuilder(line.length() + 8);
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int width = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + width > MAX_OCTETS) {
                folded.append("\r\n ");
                octets = 1;
            }
            folded.appendCodePoint(codePoint);
            octets += width;
            i += Character.charCount(codePoint);
        }
        return folded.toString();
    }
}

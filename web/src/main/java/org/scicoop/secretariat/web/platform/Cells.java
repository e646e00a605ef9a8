package org.scicoop.secretariat.web.platform;

/**
 * Spreadsheet-safe text: a cell that starts like a formula ({@code = + - @}, tab or carriage return)
 * is prefixed with an apostrophe, so that a spreadsheet shows it as text instead of running it
 * (CSV/formula injection).
 */
public final class Cells {

    private Cells() {
    }

    public static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }

    /** A CSV field (RFC 4180): made safe, then quoted when it holds a separator, quote or line break. */
    public static String csv(String text) {
        String safe = safe(text);
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}

package org.scicoop.secretariat.platform.rules;

import java.text.Normalizer;

/**
 * The one hygiene of the texts people type and others read (names, titles, acronyms, reasons, summaries): Unicode
 * NFC, without surrounding white space or invisible characters. Refused, with the field's label: text that holds
 * nothing visible (only zero-width spaces, say: an invisible, unclickable link in a list), and text with characters
 * that are not text or that change how the text around them is shown — control characters, the bidirectional
 * embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069: "exe.pdf" shown for "fdp.exe"), unpaired
 * surrogates and the noncharacters U+FFFE/U+FFFF. Line breaks are text only in {@link #paragraphs}.
 * <p>
 * {@code label} is the message key of the field's name (e.g. {@code call.field.title}), so the refusal says which
 * field in the reader's language ({@link Label}).
 */
public final class PlainText {

    private PlainText() {
    }

    /** The name of a field, as the key of its label in the messages. */
    public record Label(String key) {
    }

    /** One line of text (a name, a title, an acronym); null for null or blank. A pasted tab becomes a space. */
    public static String line(String value, String label) {
        return clean(value == null ? null : value.replace('\t', ' '), label, false);
    }

    /** Text that may run over several lines (a summary, an abstract, a reason); line breaks become {@code \n}. */
    public static String paragraphs(String value, String label) {
        return clean(value == null ? null : value.replace("\r\n", "\n").replace('\r', '\n'), label, true);
    }

    /** {@link #line}, refused ({@code rule.text.required}) when blank. */
    public static String requiredLine(String value, String label) {
        return required(line(value, label), label);
    }

    /** {@link #paragraphs}, refused ({@code rule.text.required}) when blank. */
    public static String requiredParagraphs(String value, String label) {
        return required(paragraphs(value, label), label);
    }

    private static String required(String text, String label) {
        RuleViolation.require(text != null, "rule.text.required", new Label(label));
        return text;
    }

    private static String clean(String value, String label, boolean multiline) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || !allowed(c, multiline)) {
                throw new RuleViolation("rule.text.characters", new Label(label));
            }
        }
        String normalised = Normalizer.normalize(value, Normalizer.Form.NFC);
        int start = 0;
        int end = normalised.length();
        while (start < end && invisible(normalised.codePointAt(start))) {
            start += Character.charCount(normalised.codePointAt(start));
        }
        while (end > start && invisible(normalised.codePointBefore(end))) {
            end -= Character.charCount(normalised.codePointBefore(end));
        }
        if (start == end) {
            if (normalised.isBlank()) {
                return null;
            }
            throw new RuleViolation("rule.text.invisible", new Label(label));
        }
        return normalised.substring(start, end);
    }

    private static boolean allowed(char c, boolean multiline) {
        if (c == '\n' || c == '\t') {
            return multiline;
        }
        if (Character.getType(c) == Character.CONTROL || c == '\u2028' || c == '\u2029') {
            return false;
        }
        return !(c >= '\u202A' && c <= '\u202E') && !(c >= '\u2066' && c <= '\u2069') && c != '\uFFFE' && c != '\uFFFF';
    }

    /** White space, format characters (zero-width space, joiners, marks, soft hyphen) and blank fillers. */
    static boolean invisible(int codePoint) {
        if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.FORMAT || type == Character.CONTROL
                || codePoint == 0x115F || codePoint == 0x1160 || codePoint == 0x3164 || codePoint == 0xFFA0
                || codePoint == 0x2800 || codePoint == 0x034F;
    }
}

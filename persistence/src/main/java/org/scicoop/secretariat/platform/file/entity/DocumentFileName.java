package org.scicoop.secretariat.platform.file.entity;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A file name as it may be stored and sent back in a header or a URL: no directories, no control
 * or separator characters, no quotes, at most 120 characters, ending in {@code .pdf}. Letters of any
 * script are kept (a Chinese guide keeps its Chinese name). The name every uploaded PDF is shown and
 * downloaded under: call documents and proposal attachments.
 */
public final class DocumentFileName {

    static final int MAX_LENGTH = 120;

    private DocumentFileName() {
    }

    public static String sanitise(String uploaded) {
        String name = uploaded == null ? "" : uploaded;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        StringBuilder safe = new StringBuilder();
        name.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_') {
                safe.appendCodePoint(c);
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                safe.append('-');
            }
        });
        String cleaned = safe.toString().replaceAll("-{2,}", "-").replaceAll("\\.{2,}", ".")
                .replaceAll("^[.\\-_]+", "");
        String base = cleaned.toLowerCase(Locale.ROOT).endsWith(".pdf")
                ? cleaned.substring(0, cleaned.length() - 4) : cleaned;
        base = base.replaceAll("[.\\-_]+$", "");
        if (base.isEmpty()) {
            base = "document";
        }
        int max = MAX_LENGTH - 4;
        if (base.codePointCount(0, base.length()) > max) {
            base = base.substring(0, base.offsetByCodePoints(0, max));
        }
        return base + ".pdf";
    }
}

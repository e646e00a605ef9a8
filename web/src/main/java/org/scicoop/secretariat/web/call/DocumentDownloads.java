package org.scicoop.secretariat.web.call;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The headers a downloaded call document carries, in one place for the download servlet and the
 * API: a {@code Content-Disposition} that cannot be turned into another header (RFC 6266, with
 * {@code filename*} for names in any script), and the checksum as a strong {@code ETag}.
 */
public final class DocumentDownloads {

    private DocumentDownloads() {
    }

    /** {@code attachment; filename="ascii.pdf"; filename*=UTF-8''percent-encoded.pdf}. */
    public static String contentDisposition(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "document.pdf" : fileName;
        StringBuilder ascii = new StringBuilder();
        name.codePoints().forEach(c -> ascii.append(
                c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_') ? (char) c : '_'));
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    public static String etag(String sha256) {
        return "\"" + sha256 + "\"";
    }

    /**
     * The checksum the client says it holds, from {@code If-None-Match} (one tag or a list; weak
     * tags count, a cached PDF is the same bytes), or null.
     */
    public static String knownChecksum(String ifNoneMatch) {
        if (ifNoneMatch == null) {
            return null;
        }
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::trim)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .map(tag -> tag.replace("\"", ""))
                .filter(tag -> tag.matches("[0-9a-f]{64}"))
                .findFirst().orElse(null);
    }
}

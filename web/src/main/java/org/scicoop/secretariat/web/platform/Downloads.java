package org.scicoop.secretariat.web.platform;

import jakarta.ejb.EJBAccessException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.scicoop.secretariat.platform.boundary.NotFound;
import org.scicoop.secretariat.platform.control.StoredContent;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.BiFunction;

/**
 * The one way a stored PDF is downloaded (call documents, proposal attachments; later milestone reports), by a
 * servlet or the API: {@code application/pdf} as an attachment (an inline PDF would meet the strict CSP), a
 * {@code Content-Disposition} that cannot be turned into another header (RFC 6266, with {@code filename*} for names
 * in any script), {@code nosniff}, the checksum as a strong {@code ETag}, and 304 without the bytes when the client
 * names that checksum in {@code If-None-Match} (the service then leaves the bytes out). The bytes stream: the
 * service answers the file's {@link StoredContent}, whose size is the {@code Content-Length} and which writes itself
 * to the response a slice at a time, so a download holds one slice of the heap whatever the file's size.
 */
public final class Downloads {

    public static final String PDF = "application/pdf";

    private Downloads() {
    }

    /** The API's answer: the PDF, or 304 when {@code content} is null (the client holds this very file). */
    public static Response pdf(String sha256, String fileName, StoredContent content, String cacheControl) {
        EntityTag tag = new EntityTag(sha256);
        if (content == null) {
            return Response.notModified(tag).header("X-Content-Type-Options", "nosniff")
                    .header("Cache-Control", cacheControl).build();
        }
        return Response.ok((StreamingOutput) content::writeTo, PDF).tag(tag)
                .header("Content-Length", content.size())
                .header("Content-Disposition", contentDisposition(fileName))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", cacheControl)
                .build();
    }

    /**
     * A servlet's answer: the PDF, or 304 when {@code content} is null (the client holds this very file). A
     * {@code HEAD} (which the servlet's default {@code doHead} answers by running the GET and dropping the body) gets
     * the headers without a byte of the file read.
     */
    public static void pdf(HttpServletRequest request, HttpServletResponse response, String sha256, String fileName,
                           StoredContent content, String cacheControl) throws IOException {
        response.setHeader("ETag", etag(sha256));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", cacheControl);
        if (content == null) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(PDF);
        response.setContentLengthLong(content.size());
        response.setHeader("Content-Disposition", contentDisposition(fileName));
        if (!"HEAD".equals(request.getMethod())) {
            content.writeTo(response.getOutputStream());
        }
    }

    /** A stored PDF a download servlet found: its checksum, name and content (null: the client holds it). */
    public record Found(String sha256, String fileName, StoredContent content) {
    }

    /**
     * A download servlet's whole answer for an address {@code /{id}/…/{id}/{name}} with {@code count} ids: {@code find}
     * takes the ids and the checksum the client holds and answers the file; a malformed address, a file that is not
     * there or not the reader's to see is 404 alike.
     */
    public static void pdf(HttpServletRequest request, HttpServletResponse response, int count,
                           BiFunction<long[], String, Found> find) throws IOException {
        long[] parsed = ids(request.getPathInfo(), count);
        if (parsed == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Found file;
        try {
            file = find.apply(parsed, knownChecksum(request.getHeader("If-None-Match")));
        } catch (NotFound | EJBAccessException unknown) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        pdf(request, response, file.sha256(), file.fileName(), file.content(), "private, no-cache");
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

    /**
     * The numbers at the start of a path such as {@code /12/3/name.pdf}: its first {@code count}
     * segments, each a number; null when the path does not start so.
     */
    public static long[] ids(String pathInfo, int count) {
        if (pathInfo == null) {
            return null;
        }
        String[] parts = pathInfo.split("/", -1);
        if (parts.length < count + 1 || !parts[0].isEmpty()) {
            return null;
        }
        long[] ids = new long[count];
        for (int i = 0; i < count; i++) {
            if (!parts[i + 1].matches("[0-9]{1,18}")) {
                return null;
            }
            ids[i] = Long.parseLong(parts[i + 1]);
        }
        return ids;
    }
}

package org.scicoop.secretariat.web.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Makes the public pages cacheable for anonymous visitors: each gets an {@code ETag} computed from
 * what it shows (its language included, its per-response CSP nonce left out), and a browser or proxy
 * that sends it back in {@code If-None-Match} gets {@code 304 Not Modified} without the body. The
 * {@code 304} carries no Content-Security-Policy at all: a 304's headers replace the stored response's (RFC 9111,
 * 4.3.4), and the cached page must keep the policy with its own nonce (web.security.SecurityHeadersFilter).
 * <p>
 * {@code Last-Modified} is when this server first produced the page's current content (the first
 * time it rendered that {@code ETag}): a page changes with its calls, with the clock (a call opens,
 * a deadline passes) and with each release, and its rendering is the one place that sees all three.
 * After a restart the date moves forward, which costs a client one full response, never a stale one.
 * {@code If-None-Match} takes precedence over {@code If-Modified-Since} (RFC 9110, 13.2.2).
 */
@WebFilter(filterName = "PublicPageCaching", urlPatterns = {"/index.xhtml", "/calls.xhtml", "/call.xhtml",
        "/privacy.xhtml", ""})
public class PublicPageCaching extends HttpFilter {

    /** What differs between two renderings of the same page: CSP nonces and PrimeFaces' script ids. */
    private static final Pattern PER_RESPONSE = Pattern.compile(
            "nonce=\"[^\"]*\"|csp\\.init\\('[^']*'\\)|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final String CSP = "Content-Security-Policy";
    /** The renderings remembered for their dates: every language and zone of every public page. */
    private static final int REMEMBERED = 10_000;

    private final Map<String, Instant> firstRendered = new ConcurrentHashMap<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"GET".equals(request.getMethod()) || request.getUserPrincipal() != null
                || request.getSession(false) != null) {
            chain.doFilter(request, response);
            return;
        }
        Buffered buffered = new Buffered(response);
        chain.doFilter(request, buffered);
        if (buffered.errorSent) {
            // the page asked for the error page (a call that is not there: 404); the container renders it
            return;
        }
        byte[] body = buffered.body();
        if (buffered.getStatus() != HttpServletResponse.SC_OK) {
            response.getOutputStream().write(body);
            return;
        }
        String etag = "\"" + digest(PER_RESPONSE.matcher(new String(body, StandardCharsets.UTF_8)).replaceAll("")) + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "public, max-age=60, must-revalidate");
        response.setHeader("Vary", "Accept-Language, Cookie");
        Instant modified = firstRendered(etag);
        response.setDateHeader("Last-Modified", modified.toEpochMilli());
        String ifNoneMatch = request.getHeader("If-None-Match");
        boolean unchanged = ifNoneMatch != null
                ? ifNoneMatch.contains(etag) || ifNoneMatch.trim().equals("*")
                : notModifiedSince(request, modified);
        if (unchanged) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            // a null value removes the header: the filter's policy and undertow-handlers.conf's fallback alike
            response.setHeader(CSP, null);
            return;
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private Instant firstRendered(String etag) {
        if (firstRendered.size() >= REMEMBERED && !firstRendered.containsKey(etag)) {
            firstRendered.clear();
        }
        return firstRendered.computeIfAbsent(etag, tag -> Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    private static boolean notModifiedSince(HttpServletRequest request, Instant modified) {
        long since;
        try {
            since = request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException unparseable) {
            return false;
        }
        return since >= 0 && !modified.isAfter(Instant.ofEpochMilli(since));
    }

    private static String digest(String content) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 22);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Holds the body until the filter knows the ETag. */
    private static final class Buffered extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private PrintWriter writer;
        private ServletOutputStream stream;

        private boolean errorSent;

        Buffered(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendError(int status) throws IOException {
            errorSent = true;
            super.sendError(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            errorSent = true;
            super.sendError(status, message);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("blocking only");
                    }

                    @Override
                    public void write(int b) {
                        bytes.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        bytes.write(b, off, len);
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
            }
            return writer;
        }

        @Override
        public void flushBuffer() {
            if (writer != null) {
                writer.flush();
            }
        }

        @Override
        public void setContentLength(int length) {
            // the filter sets the length of what it finally sends
        }

        @Override
        public void setContentLengthLong(long length) {
            // the filter sets the length of what it finally sends
        }

        byte[] body() {
            if (writer != null) {
                writer.flush();
            }
            return bytes.toByteArray();
        }
    }
}

package org.scicoop.secretariat.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.scicoop.secretariat.platform.control.SecurityLog;
import org.scicoop.secretariat.platform.control.Settings;
import org.scicoop.secretariat.web.api.ApiErrorPages;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Request bodies have a limit per path, checked before a byte of them is read: a signed-in user's upload (the API's
 * proposal attachment, milestone report attachment and call document, the three pages with a file field) takes {@link Settings#maxUploadRequestBytes()},
 * every other request — all anonymous ones — {@link Settings#maxBodyBytes()}. A body declared larger
 * ({@code Content-Length}) is refused at once with 413 (a problem document on the API) and the connection closed, so
 * the server does not read it. A body without a length (chunked) is refused with 411 outside the API (browsers always
 * send the length of a form; the container would parse one without it itself, up to Undertow's {@code max-post-size},
 * only the outer bound: 100 MB, server/src/main/wildfly/configure.cli); on the API it is counted as it is read and
 * refused when it passes the limit.
 */
@WebFilter(filterName = "RequestBodyLimits", urlPatterns = "/*")
public class RequestBodyLimits extends HttpFilter {

    private static final Pattern UPLOADS = Pattern.compile(
            "/api/v1/proposals/[0-9]+/attachments|/api/v1/calls/[^/]+/documents"
                    + "|/api/v1/projects/[0-9]+/milestones/[0-9]+/reports/draft/attachments"
                    + "|/app/calls/view\\.xhtml|/app/proposals/proposal\\.xhtml|/app/projects/report\\.xhtml");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        long limit = limit(path, request.getUserPrincipal() != null);
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            refuse(request, response, path, declared, limit, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        boolean chunked = declared < 0 && request.getHeader("Transfer-Encoding") != null;
        if (!chunked) {
            chain.doFilter(request, response);
            return;
        }
        if (!path.startsWith("/api/")) {
            // a browser always says how long its form is; the container would parse one without a length itself
            refuse(request, response, path, -1, limit, HttpServletResponse.SC_LENGTH_REQUIRED);
            return;
        }
        Counted counted = new Counted(request, limit);
        chain.doFilter(counted, response);
        if (counted.exceeded && !response.isCommitted()) {
            response.reset();
            refuse(request, response, path, -1, limit, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        }
    }

    /** The limit of a body sent to {@code path}: an upload's only for a signed-in user. */
    static long limit(String path, boolean signedIn) {
        return signedIn && UPLOADS.matcher(path).matches() ? Settings.maxUploadRequestBytes() : Settings.maxBodyBytes();
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String path, long declared,
                               long limit, int status) throws IOException {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("method", request.getMethod());
        details.put("path", path);
        details.put("declared", declared < 0 ? "chunked" : declared);
        details.put("limit", limit);
        SecurityLog.warning(status == HttpServletResponse.SC_LENGTH_REQUIRED ? "request.lengthRequired"
                : "request.tooLarge", request.getRemoteUser() == null ? "anonymous" : request.getRemoteUser(),
                details);
        // the body stays unread: the connection ends with the answer instead of draining it
        response.setHeader("Connection", "close");
        if (path.startsWith("/api/")) {
            ApiErrorPages.problem(request, response, status);
        } else {
            response.sendError(status);
        }
    }

    /** A request whose body, read through {@link #getInputStream()}, ends with an error once past the limit. */
    private static final class Counted extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream counting;
        private boolean exceeded;

        Counted(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (counting == null) {
                ServletInputStream in = super.getInputStream();
                counting = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) throws IOException {
                        read += n;
                        if (read > limit) {
                            exceeded = true;
                            throw new IOException("request body over its limit of " + limit + " bytes");
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return counting;
        }
    }
}

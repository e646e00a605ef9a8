package org.scicoop.secretariat.web.api;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.ws.rs.core.Response;
import org.scicoop.secretariat.platform.boundary.BadInput;
import org.scicoop.secretariat.web.i18n.Language;
import org.scicoop.secretariat.web.platform.Refusals;
import org.scicoop.secretariat.web.platform.Texts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What the framework refuses before the API's mappers see a request (an {@code Accept}, {@code Accept-Language} or
 * {@code Content-Type} it cannot parse, a path that is not UTF-8) it answers with the container's error page, in
 * HTML. On {@code /api/*} that page is a problem document in the caller's language instead, like every other
 * refusal of the API ({@link ProblemMappers}).
 */
@WebFilter(filterName = "ApiErrorPages", urlPatterns = "/api/*")
public class ApiErrorPages extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void sendError(int status) throws IOException {
                sendError(status, null);
            }

            @Override
            public void sendError(int status, String message) throws IOException {
                if (isCommitted()) {
                    super.sendError(status, message);
                    return;
                }
                problem(request, response, status);
            }
        });
    }

    /** Answers {@code status} on {@code /api/*} as a problem document in the caller's language, logged as a refusal. */
    public static void problem(HttpServletRequest request, HttpServletResponse response, int status)
            throws IOException {
        String title = title(status);
        String detail = ProblemMappers.frameworkDetail(status, locale(request), null);
        write(request, response, status, title, detail == null ? title : detail, null);
        Refusals.refused(request.getRemoteUser(), request.getMethod() + " " + request.getRequestURI(), status,
                new BadInput("refused by the framework before the API"));
    }

    /**
     * Answers a filter's refusal by a rule of its own on {@code /api/*}: {@code status}, the rule's {@code code} and
     * the text of {@code messageKey} in the caller's language. The filter logs the refusal itself (its security event).
     */
    public static void problem(HttpServletRequest request, HttpServletResponse response, int status, String code,
                               String messageKey) throws IOException {
        write(request, response, status, title(status), Texts.of(locale(request), messageKey), code);
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, int status, String title,
                              String detail, String code) throws IOException {
        JsonObjectBuilder problem = Json.createObjectBuilder().add("type", "about:blank").add("title", title)
                .add("status", status).add("detail", detail).add("instance", request.getRequestURI());
        if (code != null) {
            problem.add("code", code);
        }
        byte[] body = problem.build().toString().getBytes(StandardCharsets.UTF_8);
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    private static String title(int status) {
        Response.StatusType known = Response.Status.fromStatusCode(status);
        return known == null ? "Error" : known.getReasonPhrase();
    }

    private static Locale locale(HttpServletRequest request) {
        return Language.fromAcceptLanguage(request.getHeader("Accept-Language")).locale();
    }
}

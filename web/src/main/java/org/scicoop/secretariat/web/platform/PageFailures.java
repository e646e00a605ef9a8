package org.scicoop.secretariat.web.platform;

import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.omnifaces.filter.FacesExceptionFilter;

import java.io.IOException;

/**
 * The pages' expected failures, each answered with its styled page and one line in the log (through
 * {@link Refusals}) instead of the 500 page and two stack traces:
 * <ul>
 * <li>a postback to a page the server no longer holds (the session ended, the server restarted, a tab left open
 * overnight): 400 with the "page expired" page. OmniFaces' {@code FacesExceptionFilter} is told not to log it
 * ({@code org.omnifaces.EXCEPTION_TYPES_TO_IGNORE_IN_LOGGING} in {@code web.xml});</li>
 * <li>the database out of reach ({@link DatabaseOutage}: restarting, stopped): 503 with {@code Retry-After} and the
 * "briefly unavailable" page in the reader's language.</li>
 * </ul>
 * Declared in {@code web.xml}, first of the filters on every path but the API's (whose failures are problem
 * documents: {@code web.api.ProblemMappers}), so that a failure in a filter that reads the database (the login's
 * {@code LoginRecorder}) is answered too. Ajax postbacks are answered by {@link AjaxFailures} with the same pages.
 * Inside it, on the Faces servlet, OmniFaces' {@link FacesExceptionFilter} ({@link Unwrapping}) unwraps Faces'
 * exceptions for the container's error pages.
 */
public class PageFailures extends HttpFilter {

    static final String EXPIRED_PAGE = "/error/expired.xhtml";
    static final String UNAVAILABLE_PAGE = "/error/unavailable.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException thrown) {
            if (response.isCommitted() || request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                throw thrown;
            }
            ViewExpiredException expired = expiredIn(thrown);
            if (expired != null) {
                answer(request, response, HttpServletResponse.SC_BAD_REQUEST, expired, EXPIRED_PAGE);
            } else if (DatabaseOutage.causes(thrown)) {
                answer(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, thrown, UNAVAILABLE_PAGE);
            } else {
                throw thrown;
            }
        }
    }

    private static void answer(HttpServletRequest request, HttpServletResponse response, int status,
                               Throwable refusal, String page) throws ServletException, IOException {
        Refusals.refused(request.getRemoteUser(), request.getMethod() + " " + request.getRequestURI(), status,
                refusal);
        response.reset();
        response.setStatus(status);
        if (status == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
            response.setIntHeader("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS);
        }
        // as the container's error dispatch would: Faces then renders the page instead of restoring a view
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, refusal);
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION_TYPE, refusal.getClass());
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
        request.getRequestDispatcher(page).forward(request, response);
    }

    private static ViewExpiredException expiredIn(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof ViewExpiredException expired) {
                return expired;
            }
            if (cause instanceof ServletException servlet && servlet.getRootCause() != null
                    && servlet.getRootCause() != cause.getCause()) {
                return expiredIn(servlet.getRootCause());
            }
        }
        return null;
    }

    /**
     * OmniFaces' {@link FacesExceptionFilter}, which OmniFaces registers itself only beside its own exception handler
     * factory ({@link AjaxFailures.Factory} extends it): declared in {@code web.xml} after {@link PageFailures}, and
     * without its stack trace for the database outage that {@link PageFailures} answers and logs in one line.
     */
    public static class Unwrapping extends FacesExceptionFilter {

        @Override
        protected void logException(HttpServletRequest request, Throwable exception, String location,
                                    String message, Object... parameters) {
            if (!DatabaseOutage.causes(exception)) {
                super.logException(request, exception, location, message, parameters);
            }
        }
    }
}

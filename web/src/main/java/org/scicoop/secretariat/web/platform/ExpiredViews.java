package org.scicoop.secretariat.web.platform;

import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * A postback to a page the server no longer holds (the session ended, the server restarted, a tab left
 * open overnight) is an expected refusal, not a failure: the user gets the styled "page expired" page
 * with status 400 and the log one line (through {@link Refusals}) instead of two stack traces. OmniFaces'
 * {@code FacesExceptionFilter} is told not to log it ({@code org.omnifaces.EXCEPTION_TYPES_TO_IGNORE_IN_LOGGING}
 * in {@code web.xml}); ajax postbacks are answered by OmniFaces' {@code FullAjaxExceptionHandler} with the
 * same page.
 */
@WebFilter(filterName = "ExpiredViews", servletNames = "Faces Servlet")
public class ExpiredViews extends HttpFilter {

    static final String PAGE = "/error/expired.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException thrown) {
            ViewExpiredException expired = expiredIn(thrown);
            if (expired == null || response.isCommitted()) {
                throw thrown;
            }
            Refusals.refused(request.getRemoteUser(), request.getMethod() + " " + request.getRequestURI(),
                    HttpServletResponse.SC_BAD_REQUEST, expired);
            response.reset();
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            // as the container's error dispatch would: Faces then renders the page instead of restoring a view
            request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, expired);
            request.setAttribute(RequestDispatcher.ERROR_EXCEPTION_TYPE, expired.getClass());
            request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpServletResponse.SC_BAD_REQUEST);
            request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
            request.getRequestDispatcher(PAGE).forward(request, response);
        }
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
}

package org.scicoop.secretariat.web.person;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.scicoop.secretariat.person.boundary.PersonService;
import org.scicoop.secretariat.web.security.TokenClaims;

import java.io.IOException;

/**
 * Creates or refreshes the logged-in person's record from the token, once per login session: the
 * first protected page after a login does it.
 */
@WebFilter(filterName = "LoginRecorder", urlPatterns = "/app/*")
public class LoginRecorder extends HttpFilter {

    private static final String RECORDED = LoginRecorder.class.getName();

    @Inject
    PersonService persons;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null) {
            HttpSession session = request.getSession();
            if (session.getAttribute(RECORDED) == null) {
                TokenClaims.of(request).ifPresent(persons::recordLogin);
                session.setAttribute(RECORDED, Boolean.TRUE);
            }
        }
        chain.doFilter(request, response);
    }
}

package org.scicoop.secretariat.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.scicoop.secretariat.person.entity.Roles;
import org.scicoop.secretariat.platform.control.SecurityLog;
import org.scicoop.secretariat.platform.control.Settings;
import org.scicoop.secretariat.web.api.ApiErrorPages;

import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * With {@code SECRETARIAT_REQUIRE_2FA} on (the default), a programme officer or administrator whose token (the ID
 * token of a page session, the access token of a request with a bearer token) does not show a second factor
 * ({@code amr}, see {@link TokenClaims#authenticationMethods}) is refused, and the event logged
 * ({@code login.secondFactorMissing}, with the path). On the pages ({@code /app/*}) the login is ended here and in
 * Keycloak and the page says to sign in again with the code; on the API ({@code /api/*}) the request gets a 403
 * problem document ({@code code} {@code secondFactorRequired}), and the token stays what it is. The realm asks
 * officers and administrators for the code itself (browser, password-grant and post-broker-login flows); this is the
 * application's own check, for a realm imported without it or changed since, and for tokens of a flow that asks for
 * no code. The sign-in that enrols an authenticator ends here too: Keycloak's AMR mapper counts the code of a
 * completed login step, not the one typed to enrol.
 */
@WebFilter(filterName = "SecondFactorGuard") // mapped to /app/* and /api/* in web.xml, so that it runs first
public class SecondFactorGuard extends HttpFilter {

    static final String PAGE = "/error/second-factor.xhtml";

    /** The problem document's {@code code} on the API, and the key of its detail ({@code problem.} before it). */
    static final String CODE = "secondFactorRequired";

    /** RFC 8176's methods that are a second factor beside the password: one-time code, hardware or software key. */
    private static final Set<String> SECOND_FACTORS = Set.of("otp", "hwk", "swk", "mfa");

    private static final List<String> PRIVILEGED = List.of(Roles.PROGRAMME_OFFICER, Roles.ADMIN);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() == null || !Settings.requireSecondFactor()
                || !PRIVILEGED.stream().anyMatch(request::isUserInRole)) {
            chain.doFilter(request, response);
            return;
        }
        List<String> methods = TokenClaims.authenticationMethods(request);
        if (showsSecondFactor(methods)) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("path", path);
        details.put("roles", PRIVILEGED.stream().filter(request::isUserInRole).toList());
        details.put("amr", String.join(",", methods));
        SecurityLog.warning("login.secondFactorMissing", request.getRemoteUser(), details);
        if (path.startsWith("/api/")) {
            // a bearer request has no session of its own to end: the token is refused, the caller signs in again
            ApiErrorPages.problem(request, response, HttpServletResponse.SC_FORBIDDEN, CODE, "problem." + CODE);
            return;
        }
        request.logout(); // ends Keycloak's single sign-on as well: the next sign-in asks for the password and code
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        request.getRequestDispatcher(PAGE).forward(request, response);
    }

    static boolean showsSecondFactor(Collection<String> methods) {
        return methods.stream().anyMatch(SECOND_FACTORS::contains);
    }
}

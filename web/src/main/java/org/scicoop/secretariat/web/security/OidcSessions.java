package org.scicoop.secretariat.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The HTTP sessions of each Keycloak session ({@code sid} of the ID token), so that a back-channel logout
 * ({@link BackChannelLogout}) ends them. A signed-in page request records its session; a session that ends is
 * forgotten. (One server: a cluster would have to pass the logout on to every node.)
 */
@WebFilter(filterName = "OidcSessions", urlPatterns = "/app/*")
@WebListener
public class OidcSessions extends HttpFilter implements HttpSessionListener {

    private static final String SID = OidcSessions.class.getName() + ".sid";
    private static final Map<String, Set<HttpSession>> BY_SID = new ConcurrentHashMap<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && request.getUserPrincipal() != null && session.getAttribute(SID) == null) {
            TokenClaims.sessionId(request).ifPresent(sid -> {
                session.setAttribute(SID, sid);
                BY_SID.computeIfAbsent(sid, key -> ConcurrentHashMap.newKeySet()).add(session);
            });
        }
        chain.doFilter(request, response);
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        Object sid = event.getSession().getAttribute(SID);
        if (sid instanceof String key) {
            BY_SID.computeIfPresent(key, (k, sessions) -> {
                sessions.remove(event.getSession());
                return sessions.isEmpty() ? null : sessions;
            });
        }
    }

    /** Ends the HTTP sessions of this Keycloak session; how many. */
    static int end(String sid) {
        Set<HttpSession> sessions = BY_SID.remove(sid);
        if (sessions == null) {
            return 0;
        }
        int ended = 0;
        for (HttpSession session : sessions) {
            try {
                session.invalidate();
                ended++;
            } catch (IllegalStateException alreadyEnded) {
                // it ended on its own meanwhile
            }
        }
        return ended;
    }
}

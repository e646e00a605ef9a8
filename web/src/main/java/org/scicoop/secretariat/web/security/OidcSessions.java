package org.scicoop.secretariat.web.security;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.omnifaces.util.Servlets;
import org.scicoop.secretariat.platform.boundary.EndedSignIns;
import org.scicoop.secretariat.platform.control.SecurityLog;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Ends the application sessions of a Keycloak session that ended ({@code sid} of the ID token): Keycloak's
 * back-channel logout ({@link BackChannelLogout}) reaches one node, which records the session as ended
 * ({@link EndedSignIns}, in the database) and knows it at once; every node reads what ended every
 * {@link #POLL} seconds. A signed-in page request whose session belongs to an ended Keycloak session ends that HTTP
 * session there and then and is sent to the same address again, which is Keycloak's login now — on whichever node of
 * a cluster the session is served.
 */
@WebFilter(filterName = "OidcSessions", urlPatterns = "/app/*")
@WebListener
public class OidcSessions extends HttpFilter implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(OidcSessions.class.getName());
    private static final String SID = OidcSessions.class.getName() + ".sid";
    static final Duration POLL = Duration.ofSeconds(2);
    /** What the last read may have missed: a row committed late, another node's clock a little behind. */
    private static final Duration OVERLAP = Duration.ofMinutes(1);
    private static final Duration FORGET_EVERY = Duration.ofHours(1);

    /** The Keycloak sessions known to have ended, each with when it was recorded. */
    private static final Map<String, Instant> ENDED = new ConcurrentHashMap<>();

    @Inject
    EndedSignIns endedSignIns;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> reading;
    private Instant readUpTo;
    private Instant forgotAt = Instant.EPOCH;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && request.getUserPrincipal() != null) {
            Object sid = session.getAttribute(SID);
            if (sid == null) {
                TokenClaims.sessionId(request).ifPresent(id -> session.setAttribute(SID, id));
            } else if (ENDED.containsKey((String) sid)) {
                session.invalidate();
                SecurityLog.info("session.ended", request.getUserPrincipal().getName(), Map.of("keycloakSession", sid));
                // the same address again, without a session: Keycloak's login (in a Faces ajax request, its redirect)
                String query = request.getQueryString();
                Servlets.facesRedirect(request, response, request.getRequestURI() + (query == null ? "" : "?" + query));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** Records, here and for every node, that the Keycloak session {@code sid} ended. */
    static void end(EndedSignIns endedSignIns, String sid) {
        ENDED.put(sid, Instant.now());
        endedSignIns.record(sid);
    }

    @Override
    public void contextInitialized(ServletContextEvent event) {
        // a node that starts learns what ended while it was down, as far back as anything is kept
        readUpTo = Instant.EPOCH;
        reading = scheduler.scheduleWithFixedDelay(this::read, 0, POLL.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (reading != null) {
            reading.cancel(false);
        }
        ENDED.clear();
    }

    private void read() {
        try {
            for (EndedSignIns.Ended ended : endedSignIns.since(readUpTo.minus(OVERLAP))) {
                ENDED.putIfAbsent(ended.sid(), ended.at());
                if (ended.at().isAfter(readUpTo)) {
                    readUpTo = ended.at();
                }
            }
            Instant now = Instant.now();
            if (now.isAfter(forgotAt.plus(FORGET_EVERY))) {
                forgotAt = now;
                endedSignIns.forgetOld();
                ENDED.values().removeIf(at -> at.isBefore(now.minus(EndedSignIns.KEPT)));
            }
        } catch (RuntimeException unavailable) {
            // the database is down or the application is stopping: the next read catches up (OVERLAP)
            LOG.log(Level.FINE, "Could not read the ended Keycloak sessions", unavailable);
        }
    }
}

package org.scicoop.secretariat.web.platform;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Keeps anonymous visits to public pages free of HTTP sessions, so that crawlers cannot fill the
 * server's memory. Public views are transient, yet Mojarra still asks for a session when PrimeFaces
 * puts its CSP nonce into the view map; for an anonymous GET outside {@code /app/} and {@code /api/}
 * that request gets a session that lives only as long as the request and is never sent as a cookie.
 */
@WebFilter(filterName = "StatelessPublicPages", urlPatterns = "*.xhtml",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class StatelessPublicPages extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(isAnonymousPublicRead(request) ? new RequestLocalSession(request) : request, response);
    }

    private static boolean isAnonymousPublicRead(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                && !path.startsWith("/app/")
                && !path.startsWith("/api/")
                && request.getUserPrincipal() == null
                && request.getSession(false) == null;
    }

    private static final class RequestLocalSession extends HttpServletRequestWrapper {

        private HttpSession session;

        RequestLocalSession(HttpServletRequest request) {
            super(request);
        }

        @Override
        public HttpSession getSession() {
            return getSession(true);
        }

        @Override
        public HttpSession getSession(boolean create) {
            if (session == null && create) {
                session = new Throwaway(getServletContext());
            }
            return session;
        }
    }

    /** A session object that exists for one request only: nothing in it outlives the response. */
    private static final class Throwaway implements HttpSession {

        private final Map<String, Object> attributes = new HashMap<>();
        private final ServletContext context;
        private final String id = UUID.randomUUID().toString();
        private final long created = System.currentTimeMillis();

        Throwaway(ServletContext context) {
            this.context = context;
        }

        @Override
        public long getCreationTime() {
            return created;
        }

        @Override
        public String getId() {
            return id;
        }

        @Override
        public long getLastAccessedTime() {
            return created;
        }

        @Override
        public ServletContext getServletContext() {
            return context;
        }

        @Override
        public void setMaxInactiveInterval(int interval) {
            // nothing outlives the request anyway
        }

        @Override
        public int getMaxInactiveInterval() {
            return 0;
        }

        @Override
        public Object getAttribute(String name) {
            return attributes.get(name);
        }

        @Override
        public Enumeration<String> getAttributeNames() {
            return Collections.enumeration(attributes.keySet());
        }

        @Override
        public void setAttribute(String name, Object value) {
            attributes.put(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            attributes.remove(name);
        }

        @Override
        public void invalidate() {
            attributes.clear();
        }

        @Override
        public boolean isNew() {
            return true;
        }
    }
}

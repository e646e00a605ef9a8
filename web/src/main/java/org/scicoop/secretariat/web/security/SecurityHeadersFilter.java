package org.scicoop.secretariat.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.scicoop.secretariat.web.platform.Links;

import java.io.IOException;

/**
 * The full Content-Security-Policy for everything the application itself serves. The static security
 * headers, and a strict fallback policy, are set for every response (the login redirects included)
 * by {@code WEB-INF/undertow-handlers.conf}; this replaces that fallback policy. Scripts on Faces
 * pages are further limited by PrimeFaces' nonce-based policy: a browser enforces both.
 */
@WebFilter(filterName = "SecurityHeadersFilter", urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    @Inject
    Links links;

    private String policy;

    @Override
    public void init() {
        policy = String.join("; ",
                "default-src 'self'",
                "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
                "style-src 'self' 'unsafe-inline'",
                "img-src 'self' data:",
                "font-src 'self' data:",
                "connect-src 'self'",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self' " + links.getKeycloakOrigin(),
                "frame-ancestors 'none'");
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", policy);
        if (request.getRequestURI().startsWith(request.getContextPath() + "/app/")
                || request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}

package org.scicoop.secretariat.web.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Every endpoint not marked {@link Public} needs a valid bearer token. The OIDC mechanism has
 * already checked the token (signature, expiry, audience) when the request reaches here; this only
 * refuses requests that came without one, as a problem document with a {@code WWW-Authenticate} hint.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (isPublic() || request.getSecurityContext().getUserPrincipal() != null) {
            return;
        }
        // A token that came but did not authenticate is invalid, expired, or meant for another client.
        boolean tokenRefused = request.getHeaderString(HttpHeaders.AUTHORIZATION) != null;
        Response unauthorized = Problem.response(Response.Status.UNAUTHORIZED, tokenRefused
                        ? "The bearer token is invalid, has expired, or was not issued for the secretariat-web client."
                        : "A bearer token issued by the secretariat's Keycloak for the secretariat-web client is required.",
                request.getUriInfo().getRequestUri().getPath());
        request.abortWith(Response.fromResponse(unauthorized)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"secretariat\""
                        + (tokenRefused ? ", error=\"invalid_token\"" : ""))
                .build());
    }

    private boolean isPublic() {
        return resource.getResourceMethod() != null
                && (resource.getResourceMethod().isAnnotationPresent(Public.class)
                || resource.getResourceClass().isAnnotationPresent(Public.class));
    }
}

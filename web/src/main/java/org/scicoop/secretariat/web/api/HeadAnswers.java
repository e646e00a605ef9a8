package org.scicoop.secretariat.web.api;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.ext.Provider;

/**
 * A {@code HEAD} of a download answers its headers without reading the file. JAX-RS answers a {@code HEAD} by running
 * the {@code GET}, and RESTEasy then writes the entity and drops the bytes, so a {@code HEAD} of a 20 MB PDF read all
 * its bytes from the file store. A streamed entity whose length the resource already gave
 * ({@link org.scicoop.secretariat.web.platform.Downloads#pdf}) is left out here; the length, the ETag and the rest stay.
 * The download servlets do the same for the pages' links.
 */
@Provider
public class HeadAnswers implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (HttpMethod.HEAD.equals(request.getMethod()) && response.getEntity() instanceof StreamingOutput
                && response.getHeaders().containsKey(HttpHeaders.CONTENT_LENGTH)) {
            Object length = response.getHeaders().getFirst(HttpHeaders.CONTENT_LENGTH);
            response.setEntity(null);
            response.getHeaders().putSingle(HttpHeaders.CONTENT_LENGTH, length);
        }
    }
}

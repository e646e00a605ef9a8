package org.scicoop.secretariat.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** An RFC 9457 problem document: the only shape an API error takes. */
public record Problem(String type, String title, int status, String detail, String instance) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);

    public static Response response(Response.Status status, String detail, String instance) {
        return response(status.getStatusCode(), status.getReasonPhrase(), detail, instance);
    }

    public static Response response(int status, String title, String detail, String instance) {
        return Response.status(status)
                .type(MEDIA)
                .entity(new Problem("about:blank", title, status, detail, instance))
                .build();
    }
}

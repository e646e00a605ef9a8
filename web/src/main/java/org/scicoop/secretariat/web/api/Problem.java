package org.scicoop.secretariat.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * An RFC 9457 problem document: the only shape an API error takes. Beyond the standard members,
 * {@code code} names the refused rule (stable, for programs) and {@code errors} lists each invalid
 * field of a request.
 */
public record Problem(String type, String title, int status, String detail, String instance, String code,
                      List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);

    public record FieldError(String field, String message) {
    }

    public static Response response(Response.Status status, String detail, String instance) {
        return response(status.getStatusCode(), status.getReasonPhrase(), detail, instance);
    }

    public static Response response(int status, String title, String detail, String instance) {
        return build(new Problem("about:blank", title, status, detail, instance, null, null));
    }

    public static Response build(Problem problem) {
        return Response.status(problem.status()).type(MEDIA).entity(problem).build();
    }
}

package org.scicoop.secretariat.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns every failure into a problem document; never a stack trace, never an HTML error page. */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    @Provider
    public static class AccessDenied implements ExceptionMapper<EJBAccessException> {
        @Context
        UriInfo uri;

        AccessDenied withUri(UriInfo uri) {
            this.uri = uri;
            return this;
        }

        @Override
        public Response toResponse(EJBAccessException e) {
            return Problem.response(Response.Status.FORBIDDEN, "Your roles do not allow this request.",
                    uri.getRequestUri().getPath());
        }
    }

    @Provider
    public static class InvalidInput implements ExceptionMapper<ConstraintViolationException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(ConstraintViolationException e) {
            String detail = e.getConstraintViolations().stream()
                    .map(v -> v.getPropertyPath() + ": " + v.getMessage()).sorted()
                    .reduce((a, b) -> a + "; " + b).orElse("Invalid request.");
            return Problem.response(Response.Status.BAD_REQUEST, detail, uri.getRequestUri().getPath());
        }
    }

    @Provider
    public static class HttpError implements ExceptionMapper<WebApplicationException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(WebApplicationException e) {
            Response original = e.getResponse();
            String detail = original.getStatus() == 404 ? "There is no such resource." : e.getMessage();
            return Problem.response(original.getStatus(), original.getStatusInfo().getReasonPhrase(), detail,
                    uri.getRequestUri().getPath());
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(Throwable e) {
            Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
            if (cause instanceof EJBAccessException denied) {
                return new AccessDenied().withUri(uri).toResponse(denied);
            }
            if (cause instanceof IllegalArgumentException invalid) {
                return Problem.response(Response.Status.BAD_REQUEST, invalid.getMessage(),
                        uri.getRequestUri().getPath());
            }
            LOG.log(Level.SEVERE, "Unexpected failure of " + uri.getRequestUri().getPath(), e);
            return Problem.response(Response.Status.INTERNAL_SERVER_ERROR,
                    "Something went wrong on our side. It has been logged.", uri.getRequestUri().getPath());
        }
    }
}

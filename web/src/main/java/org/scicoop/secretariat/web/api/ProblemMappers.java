package org.scicoop.secretariat.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import org.scicoop.secretariat.platform.boundary.BadInput;
import org.scicoop.secretariat.platform.boundary.ConcurrentChange;
import org.scicoop.secretariat.platform.boundary.NotAllowed;
import org.scicoop.secretariat.platform.boundary.NotFound;
import org.scicoop.secretariat.platform.boundary.Unavailable;
import org.scicoop.secretariat.platform.rules.RuleViolation;
import org.scicoop.secretariat.proposal.control.MemberAccounts;
import org.scicoop.secretariat.proposal.control.ProposalAccess;
import org.scicoop.secretariat.proposal.entity.Proposal;
import org.scicoop.secretariat.web.i18n.Language;
import org.scicoop.secretariat.web.platform.DatabaseOutage;
import org.scicoop.secretariat.web.platform.Refusals;
import org.scicoop.secretariat.web.platform.Texts;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure of the API becomes a problem document, its detail in the caller's language
 * ({@code Accept-Language}); never a stack trace, never an HTML error page.
 */
@Provider
public class ProblemMappers implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());
    private static final MessageInterpolator INTERPOLATOR =
            Validation.buildDefaultValidatorFactory().getMessageInterpolator();

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @Context
    Request request;

    @Context
    SecurityContext security;

    /**
     * Invalid input gets its own mapper: RESTEasy brings one for {@code ValidationException} that is
     * more specific than {@code Throwable} and would answer in its own format. It hands the exception to the
     * one mapper above.
     */
    @Provider
    public static class InvalidInput implements ExceptionMapper<ConstraintViolationException> {

        @Context
        Providers providers;

        @Override
        public Response toResponse(ConstraintViolationException invalid) {
            return providers.getExceptionMapper(Throwable.class).toResponse(invalid);
        }
    }

    /** The problem document; an expected refusal is one line in the log, a failure its stack trace once. */
    @Override
    public Response toResponse(Throwable thrown) {
        Response problem = problem(thrown);
        String user = security == null || security.getUserPrincipal() == null ? null
                : security.getUserPrincipal().getName();
        String action = (request == null ? "" : request.getMethod() + " ") + uri.getRequestUri().getPath();
        if (problem.getStatus() >= 500 && !(unwrap(thrown) instanceof Unavailable) && !DatabaseOutage.causes(thrown)) {
            Refusals.failed(user, action, thrown);
        } else {
            Refusals.refused(user, action, problem.getStatus(), unwrap(thrown));
        }
        return problem;
    }

    private Response problem(Throwable thrown) {
        Throwable e = unwrap(thrown);
        String path = uri.getRequestUri().getPath();
        Locale locale = Language.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)).locale();
        if (DatabaseOutage.causes(thrown)) {
            // the database is restarting or out of reach: a passing failure, the client tries again (docs, "Faults")
            return Response.fromResponse(Problem.build(new Problem("about:blank", "Service Unavailable", 503,
                            Texts.of(locale, "problem.databaseUnavailable"), path, "databaseUnavailable", null)))
                    .header(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS).build();
        }
        if (e instanceof EJBAccessException) {
            return Problem.response(Response.Status.FORBIDDEN, Texts.of(locale, "problem.forbidden"), path);
        }
        if (e instanceof NotFound) {
            return Problem.response(Response.Status.NOT_FOUND, Texts.of(locale, "problem.notFound"), path);
        }
        if (e instanceof NotAllowed notCoordinator) {
            // a reader of the proposal (a partner, an officer) asked for the coordinator's change: they may see
            // the proposal, so saying why reveals nothing
            return Problem.build(new Problem("about:blank", "Forbidden", 403, Texts.of(locale, notCoordinator), path,
                    notCoordinator.messageKey(), null));
        }
        if (e instanceof Proposal.NotSubmittable refused) {
            return new FindingsProblem("about:blank", "Unprocessable Content", 422, Texts.of(locale, refused), path,
                    refused.messageKey(), refused.findings()).response();
        }
        if (e instanceof Unavailable unavailable) {
            // the log of the account service says why; the caller learns only that it is a passing failure
            return Problem.response(Response.Status.SERVICE_UNAVAILABLE,
                    Texts.of(locale, unavailable.messageKey()), path);
        }
        if (e instanceof StrictJson.Refused unreadable) {
            List<Problem.FieldError> errors = unreadable.invalid().stream()
                    .map(i -> new Problem.FieldError(i.pointer(), Texts.of(locale, i.messageKey(),
                            i.arguments().toArray()))).toList();
            return Problem.build(new Problem("about:blank", Response.Status.fromStatusCode(unreadable.status())
                    .getReasonPhrase(), unreadable.status(), Texts.of(locale, "problem.invalid"), path, "invalid",
                    errors));
        }
        if (e instanceof BadInput invalid) {
            return Problem.response(Response.Status.BAD_REQUEST,
                    Texts.of(locale, invalid.messageKey(), invalid.arguments().toArray()), path);
        }
        if (e instanceof RuleViolation violation) {
            return violation(violation, locale, path);
        }
        if (e instanceof Versions.Required) {
            return Problem.build(new Problem("about:blank", "Precondition Required", 428,
                    Texts.of(locale, "problem.ifMatchRequired"), path, "ifMatchRequired", null));
        }
        if (e instanceof ConcurrentChange change) {
            return Problem.build(new Problem("about:blank", "Precondition Failed", 412,
                    Texts.of(locale, "problem.concurrentChange", change.currentVersion()), path, "concurrentChange",
                    null));
        }
        if (e instanceof ConstraintViolationException invalid) {
            List<Problem.FieldError> errors = invalid.getConstraintViolations().stream()
                    .map(v -> new Problem.FieldError(field(v), message(v, locale)))
                    .sorted(Comparator.comparing(Problem.FieldError::field)).toList();
            return Problem.build(new Problem("about:blank", "Bad Request", 400, Texts.of(locale, "problem.invalid"),
                    path, "invalid", errors));
        }
        if (e instanceof IllegalArgumentException invalid) {
            // a library's or our own internal message: logged, never shown to the client
            LOG.log(Level.FINE, "Bad request to " + path, invalid);
            return Problem.response(Response.Status.BAD_REQUEST, Texts.of(locale, "problem.badRequest"), path);
        }
        if (e instanceof WebApplicationException web) {
            return framework(web.getResponse(), locale, path);
        }
        return Problem.response(Response.Status.INTERNAL_SERVER_ERROR, Texts.of(locale, "problem.unexpected"), path);
    }

    /**
     * The framework's refusals (no such path, method or media type, a parameter it could not convert) in the
     * caller's language: its own texts name its classes and the resource's Java method.
     */
    private static Response framework(Response original, Locale locale, String path) {
        int status = original.getStatus();
        String allowed = original.getHeaderString(HttpHeaders.ALLOW);
        String title = original.getStatusInfo().getReasonPhrase();
        String detail = frameworkDetail(status, locale, allowed);
        Response.ResponseBuilder problem = Response.status(status).type(Problem.MEDIA)
                .entity(new Problem("about:blank", title, status, detail == null ? title : detail, path, null, null));
        return allowed == null ? problem.build() : problem.header(HttpHeaders.ALLOW, allowed).build();
    }

    /** What a refusal of the framework with this status means for the caller; null when it has no words of its own. */
    static String frameworkDetail(int status, Locale locale, String allowed) {
        return switch (status) {
            case 400 -> Texts.of(locale, "problem.badRequest");
            case 404 -> Texts.of(locale, "problem.notFound");
            case 405 -> Texts.of(locale, "problem.methodNotAllowed", allowed == null ? "" : allowed);
            case 406 -> Texts.of(locale, "problem.notAcceptable");
            case 413 -> Texts.of(locale, "problem.tooLarge");
            case 415 -> Texts.of(locale, "problem.unsupportedMediaType");
            default -> null;
        };
    }

    /** A rule's refusal: 422 with the rule's key as {@code code}, and its field when it names one. */
    static Response violation(RuleViolation violation, Locale locale, String path) {
        String detail = Texts.of(locale, violation);
        return Problem.build(new Problem("about:blank", "Unprocessable Content", 422, detail, path,
                violation.messageKey(), violation.field() == null ? null
                : List.of(new Problem.FieldError(violation.field(), detail))));
    }

    /** The violation's message in the caller's language (Hibernate Validator ships the translations). */
    private static String message(ConstraintViolation<?> violation, Locale locale) {
        MessageInterpolator.Context context = new MessageInterpolator.Context() {
            @Override
            public ConstraintDescriptor<?> getConstraintDescriptor() {
                return violation.getConstraintDescriptor();
            }

            @Override
            public Object getValidatedValue() {
                return violation.getInvalidValue();
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                throw new jakarta.validation.ValidationException("not supported: " + type);
            }
        };
        try {
            return INTERPOLATOR.interpolate(violation.getMessageTemplate(), context, locale);
        } catch (RuntimeException fallback) {
            return violation.getMessage();
        }
    }

    /** The cause that says why: inside an EJB's wrapper, or the framework's wrapper of a body reader's refusal. */
    private static Throwable unwrap(Throwable thrown) {
        Throwable e = thrown;
        while (e.getCause() != null && (e instanceof EJBException && !(e instanceof EJBAccessException)
                || e instanceof WebApplicationException && e.getCause() instanceof RuleViolation)) {
            e = e.getCause();
        }
        return e;
    }

    private static String field(ConstraintViolation<?> violation) {
        return StrictJson.pointer(violation.getPropertyPath().toString());
    }
}

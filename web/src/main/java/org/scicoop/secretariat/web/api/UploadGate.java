package org.scicoop.secretariat.web.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.scicoop.secretariat.platform.control.PdfContent;
import org.scicoop.secretariat.platform.control.Settings;
import org.scicoop.secretariat.web.i18n.Language;
import org.scicoop.secretariat.web.platform.Texts;
import org.scicoop.secretariat.web.platform.UploadBudget;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The API's uploads (call documents, proposals' and milestone reports' attachments), before their body is read: a
 * body longer than the operation's largest file and {@link #FRAMING} cannot hold a file it would take, and is
 * refused at once with the file's rule ({@code rule.document.tooLarge}, 422, as a file found too large while it
 * streams) and the connection closed, unread; otherwise the upload takes a place among the uploads in progress
 * ({@link UploadBudget}), given back with the response; one that waited too long gets 503 with Retry-After. The
 * resource then reads the body as it streams ({@link MultipartUpload}), its file part into a
 * {@link org.scicoop.secretariat.platform.control.ReceivedFile}.
 */
@Provider
// before any filter that could read the body (priority USER and later)
@Priority(Priorities.ENTITY_CODER)
public class UploadGate implements ContainerRequestFilter, ContainerResponseFilter {

    /** What a body may hold beside its file: the parts' boundaries and headers, a title, a kind, a language. */
    static final long FRAMING = 1024L * 1024;
    private static final Logger LOG = Logger.getLogger(UploadGate.class.getName());
    private static final String TAKEN = UploadGate.class.getName() + ".taken";
    /** The resource methods that take an upload, by their class (every API request is looked up here). */
    private static final Map<Class<?>, String> UPLOADS = Map.of(ProposalsResource.class, "attach",
            ProjectsResource.class, "attach", CallsResource.class, "attachDocument");
    /** Set by {@link MultipartUpload} when it refused a file before its body ended: the answer ends the connection. */
    static final String BODY_LEFT_UNREAD = UploadGate.class.getName() + ".bodyLeftUnread";

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Long largest = largest(resource.getResourceClass(), resource.getResourceMethod());
        if (largest == null || !HttpMethod.POST.equals(request.getMethod())) {
            return;
        }
        Language language = Language.fromAcceptLanguage(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        String path = request.getUriInfo().getRequestUri().getPath();
        if (request.getLength() > largest + FRAMING) {
            request.abortWith(Response.fromResponse(ProblemMappers.violation(PdfContent.tooLarge(largest),
                            language.locale(), path))
                    // the body stays unread: the connection ends with the answer instead of draining it
                    .header("Connection", "close").build());
            return;
        }
        if (UploadBudget.take()) {
            request.setProperty(TAKEN, Boolean.TRUE);
            return;
        }
        LOG.warning(() -> "An upload of " + request.getLength() + " bytes waited " + UploadBudget.WAIT_SECONDS
                + " s for its turn and was turned away");
        Response busy = Problem.response(Response.Status.SERVICE_UNAVAILABLE,
                Texts.of(language.locale(), "problem.proposal.uploadsBusy"), path);
        request.abortWith(Response.fromResponse(busy).header(HttpHeaders.RETRY_AFTER, 30).build());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(BODY_LEFT_UNREAD) != null) {
            // the rest of the body stays unread: the connection ends with the answer instead of draining it
            response.getHeaders().putSingle("Connection", "close");
        }
        if (request.getProperty(TAKEN) != null) {
            request.removeProperty(TAKEN);
            UploadBudget.release();
        }
    }

    /** The largest file the operation takes, or null for an operation that takes none. */
    static Long largest(Class<?> resourceClass, Method method) {
        if (method == null) {
            return null;
        }
        if (!method.getName().equals(UPLOADS.get(resourceClass))) {
            return null;
        }
        return resourceClass == CallsResource.class ? Settings.maxDocumentBytes() : Settings.maxProposalAttachmentBytes();
    }
}

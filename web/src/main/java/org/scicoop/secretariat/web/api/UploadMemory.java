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
import org.scicoop.secretariat.platform.control.Settings;
import org.scicoop.secretariat.web.i18n.Language;
import org.scicoop.secretariat.web.platform.Texts;
import org.scicoop.secretariat.web.platform.UploadBudget;

import java.util.OptionalInt;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The API's uploads (proposals' and milestone reports' attachments) reserve its share of the {@link UploadBudget} before RESTEasy reads its body, and
 * gives it back with the response; an upload that waited too long gets 503 with Retry-After.
 */
@Provider
// before RESTEasy's EntityPartFilter (priority USER), which reads and parses the whole body
@Priority(Priorities.ENTITY_CODER)
public class UploadMemory implements ContainerRequestFilter, ContainerResponseFilter {

    private static final Logger LOG = Logger.getLogger(UploadMemory.class.getName());
    private static final String RESERVED = UploadMemory.class.getName() + ".reserved";
    /** The resources whose {@code attach} takes a file: proposals' attachments, milestone reports' attachments. */
    private static final Set<Class<?>> UPLOADING = Set.of(ProposalsResource.class, ProjectsResource.class);

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!UPLOADING.contains(resource.getResourceClass()) || resource.getResourceMethod() == null
                || !"attach".equals(resource.getResourceMethod().getName())
                || !HttpMethod.POST.equals(request.getMethod())) {
            return;
        }
        OptionalInt reserved = UploadBudget.reserve(request.getLength(), Settings.maxProposalAttachmentBytes());
        if (reserved.isPresent()) {
            request.setProperty(RESERVED, reserved.getAsInt());
            return;
        }
        LOG.warning(() -> "An upload of " + request.getLength() + " bytes waited " + UploadBudget.WAIT_SECONDS
                + " s for memory and was turned away");
        Response busy = Problem.response(Response.Status.SERVICE_UNAVAILABLE,
                Texts.of(Language.fromAcceptLanguage(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)).locale(),
                        "problem.proposal.uploadsBusy"), request.getUriInfo().getRequestUri().getPath());
        request.abortWith(Response.fromResponse(busy).header(HttpHeaders.RETRY_AFTER, 30).build());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object reserved = request.getProperty(RESERVED);
        if (reserved instanceof Integer megabytes) {
            request.removeProperty(RESERVED);
            UploadBudget.release(megabytes);
        }
    }
}

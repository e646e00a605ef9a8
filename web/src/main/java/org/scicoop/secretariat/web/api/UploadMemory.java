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

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Keeps the proposals' (and milestone reports') uploads within the heap on deadline day. An upload holds its file several times
 * over while it is parsed, checked and stored (RESTEasy's copy of the body and mime4j's of the part, both
 * in growing buffers, the bytes read, the entity's copy, the persistence context's snapshot): about
 * {@link #COPIES} times its size. 200 consortia uploading
 * 5 MB at once filled a 512 MB heap and every upload failed (benchmarks/surge.sh). So an upload first
 * reserves that much of a budget (half the heap), before its body is read: the others wait their turn,
 * their bodies still in the network's buffers, and get 503 with Retry-After only if the wait exceeds
 * {@link #WAIT_SECONDS}. The disk and the database, not the heap, set the pace.
 */
@Provider
// before RESTEasy's EntityPartFilter (priority USER), which reads and parses the whole body
@Priority(Priorities.ENTITY_CODER)
public class UploadMemory implements ContainerRequestFilter, ContainerResponseFilter {

    static final int COPIES = 8;
    static final int WAIT_SECONDS = 120;
    private static final Logger LOG = Logger.getLogger(UploadMemory.class.getName());
    private static final long MEGABYTE = 1024 * 1024;
    private static final String RESERVED = UploadMemory.class.getName() + ".reserved";
    /** The budget in megabytes: half the heap. */
    private static final int BUDGET = (int) Math.max(COPIES, Runtime.getRuntime().maxMemory() / 2 / MEGABYTE);
    private static final Semaphore MEMORY = new Semaphore(BUDGET, true);
    /** The resources whose {@code attach} takes a file: proposals' attachments, milestone reports' attachments. */
    private static final java.util.Set<Class<?>> UPLOADING = java.util.Set.of(ProposalsResource.class,
            ProjectsResource.class);

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!UPLOADING.contains(resource.getResourceClass()) || resource.getResourceMethod() == null
                || !"attach".equals(resource.getResourceMethod().getName())
                || !HttpMethod.POST.equals(request.getMethod())) {
            return;
        }
        int megabytes = reservation(request.getLength());
        try {
            if (MEMORY.tryAcquire(megabytes, WAIT_SECONDS, TimeUnit.SECONDS)) {
                request.setProperty(RESERVED, megabytes);
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.warning(() -> "An upload of " + request.getLength() + " bytes waited " + WAIT_SECONDS
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
            MEMORY.release(megabytes);
        }
    }

    /**
     * What an upload of {@code length} bytes reserves, in megabytes: its copies, at most the whole budget
     * (a file over the limit is refused once read, and must not wait forever); an unknown length counts
     * as the largest file allowed.
     */
    static int reservation(int length) {
        long bytes = length < 0 ? Settings.maxProposalAttachmentBytes() : length;
        long megabytes = (bytes * COPIES + MEGABYTE - 1) / MEGABYTE;
        return (int) Math.max(1, Math.min(BUDGET, megabytes));
    }
}

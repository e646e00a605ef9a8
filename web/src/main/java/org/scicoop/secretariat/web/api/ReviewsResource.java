package org.scicoop.secretariat.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.scicoop.secretariat.evaluation.boundary.ReviewService;
import org.scicoop.secretariat.evaluation.boundary.ReviewView;
import org.scicoop.secretariat.evaluation.boundary.ScoresCommand;
import org.scicoop.secretariat.platform.boundary.PageRequest;
import org.scicoop.secretariat.web.i18n.Language;


/**
 * A reviewer's own reviews: declare a conflict of interest or none, then score, save, submit, reopen. Someone else's
 * review does not exist (404). Changes take {@code If-Match} with the review's ETag. The proposal itself is
 * {@code GET /proposals/{id}} once no conflict is declared.
 */
@Path("reviews")
@Tag(name = "reviews")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewsResource {

    @Inject
    ReviewService reviews;

    /** Reviews per response unless the client asks for fewer or more. */
    static final int DEFAULT_SIZE = 20;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    /** The declaration: a conflict of interest (with its reason) or none. */
    public record DeclarationCommand(boolean conflict, String reason) {
    }

    @GET
    @Operation(operationId = "listReviews", summary = "The caller's assignments with their declarations and review states (reviewers), a page "
            + "at a time, filtered by call and status; the total in X-Total-Count, the other pages in Link")
    @APIResponseSchema(value = ReviewView[].class, responseCode = "200")
    public Response mine(@BeanParam Paging paging, @QueryParam("call") String call,
                         @QueryParam("status") String status) {
        PageRequest asked = paging.request(DEFAULT_SIZE, PageRequest.MAX_SIZE, Paging.filters("call", call,
                "status", status));
        return Paging.ok(reviews.mine(asked), asked, uri).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getReview", summary = "One of the caller's reviews, with their own scores and comments; ETag: its version")
    @APIResponseSchema(value = ReviewView.class, responseCode = "200")
    public Response get(@PathParam("id") long id) {
        return Versions.ok(reviews.get(id));
    }

    @POST
    @Path("{id}/declaration")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "declareInterest", summary = "Declare no conflict of interest (the proposal opens) or a conflict with its reason (the "
            + "assignment goes back to the officers, who are told). If-Match: the review's ETag.")
    @APIResponseSchema(value = ReviewView.class, responseCode = "200")
    public Response declare(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            DeclarationCommand command) {
        return Versions.change(ifMatch,
                version -> reviews.declare(id, version, command.conflict(), command.reason(), language().code()));
    }

    @PUT
    @Path("{id}/scores")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "saveReview", summary = "Keep the scores and comments as a draft (one entry per criterion, in the call's order; "
            + "either may be empty). If-Match: the review's ETag.")
    @APIResponseSchema(value = ReviewView.class, responseCode = "200")
    public Response save(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                         ScoresCommand command) {
        return Versions.change(ifMatch, version -> reviews.save(id, version, command));
    }

    @POST
    @Path("{id}/submission")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "submitReview", summary = "Save and submit: every criterion needs its score and comment. If-Match: the review's ETag.")
    @APIResponseSchema(value = ReviewView.class, responseCode = "200")
    public Response submit(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           ScoresCommand command) {
        return Versions.change(ifMatch, version -> reviews.submit(id, version, command));
    }

    @POST
    @Path("{id}/reopening")
    @Operation(operationId = "reopenReview", summary = "Back to a draft, until the officer starts the consensus. If-Match: the review's ETag.")
    @APIResponseSchema(value = ReviewView.class, responseCode = "200")
    public Response reopen(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return Versions.change(ifMatch, version -> reviews.reopen(id, version));
    }

    private Language language() {
        return Language.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

}

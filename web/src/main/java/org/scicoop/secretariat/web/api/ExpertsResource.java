package org.scicoop.secretariat.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.scicoop.secretariat.evaluation.boundary.ExpertCommand;
import org.scicoop.secretariat.evaluation.boundary.ExpertInvitation;
import org.scicoop.secretariat.evaluation.boundary.ExpertInvited;
import org.scicoop.secretariat.evaluation.boundary.ExpertService;
import org.scicoop.secretariat.evaluation.boundary.ExpertView;

import java.util.List;

/**
 * The reviewer pool: officers invite experts by e-mail, record and correct them, administrators read them; a reviewer reads and changes
 * their own expertise at {@code /experts/me}. ETags are the expert's version.
 */
@Path("experts")
@Tag(name = "evaluation")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class ExpertsResource {

    @Inject
    ExpertService experts;

    @Context
    UriInfo uri;

    /** The thematic areas a reviewer reviews, by code. */
    public record Expertise(List<String> expertise) {
    }

    @GET
    @Operation(operationId = "listExperts", summary = "The reviewer pool, by name (officers, administrators; a few hundred experts at most)")
    @APIResponseSchema(value = ExpertView[].class, responseCode = "200")
    public List<ExpertView> list() {
        return experts.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addExpert", summary = "Record an expert of the pool (officers): the account's username, name, e-mail, organisation, "
            + "country, thematic areas")
    @APIResponseSchema(value = ExpertView.class, responseCode = "201")
    public Response add(ExpertCommand command) {
        ExpertView added = experts.add(command);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(added.id())).build())
                .tag(Versions.etag(added.version())).entity(added).build();
    }

    @POST
    @Path("invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "inviteExpert", summary = "Invite an expert by e-mail (officers): an account that can only "
            + "be a reviewer's is created (Keycloak sends its set-password e-mail), or a reviewer's verified account is "
            + "linked; the expert enters the pool and gets the programme's invitation in their language. Any other "
            + "account holding the address is refused (422, the field /email). The same address again answers the "
            + "expert it has (200) and sends the e-mails again")
    @APIResponseSchema(value = ExpertInvited.class, responseCode = "201",
            responseDescription = "The expert added to the pool; Location: the expert")
    @APIResponse(responseCode = "200", description = "The address already had its expert in the pool",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ExpertInvited.class)))
    public Response invite(ExpertInvitation invitation) {
        ExpertInvited invited = experts.invite(StrictJson.required(invitation));
        ExpertView expert = invited.expert();
        return (invited.added()
                ? Response.created(uri.getBaseUriBuilder().path(ExpertsResource.class)
                .path(Long.toString(expert.id())).build())
                : Response.ok()).tag(Versions.etag(expert.version())).entity(invited).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "describeExpert", summary = "Correct an expert (officers); If-Match: the expert's ETag")
    @APIResponseSchema(value = ExpertView.class, responseCode = "200")
    public Response describe(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             ExpertCommand command) {
        return Versions.change(ifMatch, version -> experts.describe(id, version, command));
    }

    @GET
    @Path("me")
    @Operation(operationId = "getMyExpertise", summary = "The caller's own record in the pool (reviewers)")
    @APIResponseSchema(value = ExpertView.class, responseCode = "200")
    public Response mine() {
        ExpertView mine = experts.mine();
        return Versions.ok(mine);
    }

    @PUT
    @Path("me/expertise")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeMyExpertise", summary = "A reviewer changes the thematic areas they review; If-Match: their record's ETag")
    @APIResponseSchema(value = ExpertView.class, responseCode = "200")
    public Response changeExpertise(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Expertise expertise) {
        return Versions.change(ifMatch,
                version -> experts.changeExpertise(version, StrictJson.required(expertise).expertise()));
    }
}

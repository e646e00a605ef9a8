package org.scicoop.secretariat.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.scicoop.secretariat.evaluation.boundary.AllocationView;
import org.scicoop.secretariat.evaluation.boundary.SignOffService;
import org.scicoop.secretariat.evaluation.boundary.SignOffView;

import java.math.BigDecimal;

/**
 * A national contact's part of a call's evaluation: their country's partners (confirm each nationally eligible or
 * not), their agencies' top-ups, and the allocation's lines that concern their country. Other countries' partners
 * and agencies do not exist here (404).
 */
@Path("calls/{code}/national-sign-off")
@Tag(name = "evaluation")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class NationalSignOffResource {

    @Inject
    SignOffService signOff;

    /** A partner's national eligibility: {@code eligible}, or not with the reason. */
    public record Confirmation(boolean eligible, String reason) {
    }

    /** A national top-up of an agency's budget for the call, in its currency. */
    public record TopUpCommand(long agencyId, BigDecimal amount, String reason) {
    }

    @GET
    @Operation(operationId = "getNationalSignOff", summary = "The caller's country's partners in the call's submitted proposals with their "
            + "confirmations, and their agencies' budgets with top-ups (national contacts, after the deadline)")
    @APIResponseSchema(value = SignOffView.class, responseCode = "200")
    public SignOffView get(@PathParam("code") String code) {
        return signOff.view(code);
    }

    @PUT
    @Path("partners/{partnerId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "confirmNationalEligibility", summary = "Confirm a partner of the caller's country nationally eligible, or not with the reason")
    @APIResponseSchema(value = SignOffView.class, responseCode = "200")
    public SignOffView confirm(@PathParam("code") String code, @PathParam("partnerId") long partnerId,
                               Confirmation confirmation) {
        Confirmation given = StrictJson.required(confirmation);
        return signOff.confirm(code, partnerId, given.eligible(), given.reason());
    }

    @POST
    @Path("top-ups")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addNationalTopUp", summary = "Raise an agency's budget for the call (an agency of the caller's country; recorded, "
            + "never changed)")
    @APIResponseSchema(value = SignOffView.class, responseCode = "200")
    public SignOffView topUp(@PathParam("code") String code, TopUpCommand command) {
        TopUpCommand given = StrictJson.required(command);
        return signOff.topUp(code, given.agencyId(), given.amount(), given.reason());
    }

    @GET
    @Path("allocation")
    @Operation(operationId = "getNationalAllocation", summary = "The allocation's lines of proposals with a partner from the caller's country, and "
            + "its agencies' and the common fund's use")
    @APIResponseSchema(value = AllocationView.class, responseCode = "200")
    public AllocationView allocation(@PathParam("code") String code) {
        return signOff.allocation(code);
    }
}

package org.scicoop.secretariat.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.scicoop.secretariat.reference.boundary.FundingAgencyService;
import org.scicoop.secretariat.reference.boundary.NationalRulesView;

/**
 * A funding agency's national eligibility rules, kept by administrators and the national contacts of the agency's
 * country (another country's agency does not exist for a contact: 404). The ETag is the agency's version.
 */
@Path("agencies")
@Tag(name = "reference data")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class AgenciesResource {

    @Inject
    FundingAgencyService agencies;

    @GET
    @Path("{id}/national-rules")
    @Operation(operationId = "getNationalRules", summary = "An agency's national eligibility rules: organisation types it funds (empty: all), the "
            + "most it grants a partner, the longest project, the declarations its partners make")
    @APIResponseSchema(value = NationalRulesView.class, responseCode = "200")
    public Response get(@PathParam("id") long id) {
        NationalRulesView rules = agencies.nationalRules(id);
        return Versions.ok(rules);
    }

    @PUT
    @Path("{id}/national-rules")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setNationalRules", summary = "Replace an agency's national eligibility rules (send them as GET answered, changed); "
            + "If-Match: the agency's ETag. Proposals are checked against them from their next save.")
    @APIResponseSchema(value = NationalRulesView.class, responseCode = "200")
    public Response set(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                        NationalRulesView rules) {
        return Versions.change(ifMatch, version -> agencies.setNationalRules(id, version, rules));
    }
}

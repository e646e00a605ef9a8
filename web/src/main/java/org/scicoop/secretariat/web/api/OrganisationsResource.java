package org.scicoop.secretariat.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.scicoop.secretariat.platform.boundary.PageRequest;
import org.scicoop.secretariat.reference.boundary.OrganisationRow;
import org.scicoop.secretariat.reference.boundary.OrganisationService;

@Path("organisations")
@Tag(name = "reference data")
@SecurityRequirement(name = "keycloak")
public class OrganisationsResource {

    @Inject
    OrganisationService organisations;

    /** Organisations per response unless the client asks for fewer or more. */
    static final int DEFAULT_SIZE = 20;

    @Context
    UriInfo uri;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listOrganisations", summary = "The organisations (administrators only), a page at a time, sorted and filtered by name, "
            + "country and type; the total in X-Total-Count, the other pages in Link")
    @APIResponseSchema(value = OrganisationRow[].class, responseCode = "200")
    public Response organisations(@BeanParam Paging paging,
                                  @QueryParam("name") String name,
                                  @QueryParam("country") String country,
                                  @QueryParam("type") String type) {
        PageRequest asked = paging.request(DEFAULT_SIZE, PageRequest.MAX_SIZE,
                Paging.filters("name", name, "country", country, "type", type));
        return Paging.ok(organisations.list(asked), asked, uri).build();
    }
}

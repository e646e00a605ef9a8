package org.scicoop.secretariat.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.scicoop.secretariat.platform.boundary.Page;
import org.scicoop.secretariat.platform.boundary.PageRequest;
import org.scicoop.secretariat.reference.boundary.OrganisationRow;
import org.scicoop.secretariat.reference.boundary.OrganisationService;

import java.util.HashMap;
import java.util.Map;

@Path("organisations")
@Tag(name = "reference data")
@SecurityRequirement(name = "keycloak")
public class OrganisationsResource {

    @Inject
    OrganisationService organisations;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The organisations, paged and filtered (administrators only)")
    public Page<OrganisationRow> organisations(@QueryParam("first") @DefaultValue("0") int first,
                                               @QueryParam("size") @DefaultValue("20") int size,
                                               @QueryParam("sort") String sort,
                                               @QueryParam("descending") boolean descending,
                                               @QueryParam("name") String name,
                                               @QueryParam("country") String country,
                                               @QueryParam("type") String type) {
        Map<String, String> filters = new HashMap<>();
        if (name != null) {
            filters.put("name", name);
        }
        if (country != null) {
            filters.put("country", country);
        }
        if (type != null) {
            filters.put("type", type);
        }
        return organisations.list(new PageRequest(first, size, sort, !descending, filters));
    }
}

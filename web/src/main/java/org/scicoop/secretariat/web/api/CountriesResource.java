package org.scicoop.secretariat.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.scicoop.secretariat.reference.boundary.ReferenceDataService;

@Path("countries")
@Public
@Tag(name = "reference data")
public class CountriesResource {

    @Inject
    ReferenceDataService referenceData;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "All ISO 3166 countries with their World Bank income group (open data, no token)")
    public Response countries() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(3600);
        return Response.ok(referenceData.countries()).cacheControl(cache).build();
    }
}

package org.scicoop.secretariat.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.scicoop.secretariat.platform.boundary.Page;
import org.scicoop.secretariat.platform.boundary.PageRequest;
import org.scicoop.secretariat.reference.boundary.CountryView;
import org.scicoop.secretariat.reference.boundary.ReferenceDataService;

import java.util.List;

@Path("countries")
@Public
@Tag(name = "reference data")
public class CountriesResource {

    @Inject
    ReferenceDataService referenceData;

    /** Countries per response unless the client asks for fewer: the collections' largest page (about 250 in all). */
    static final int DEFAULT_SIZE = PageRequest.MAX_SIZE;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listCountries", summary = "The ISO 3166 countries with their World Bank income group (open data, no "
            + "token), 200 a page unless the client asks for fewer; the total in X-Total-Count, the other pages in Link")
    @APIResponseSchema(value = CountryView[].class, responseCode = "200")
    public Response countries(@BeanParam Paging paging, @Context UriInfo uri) {
        PageRequest asked = paging.request(DEFAULT_SIZE, DEFAULT_SIZE);
        List<CountryView> all = referenceData.countries();
        List<CountryView> rows = all.stream().skip(asked.first()).limit(asked.size()).toList();
        CacheControl cache = new CacheControl();
        cache.setMaxAge(3600);
        return Paging.ok(new Page<>(rows, all.size()), asked, uri).cacheControl(cache).build();
    }
}

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
import org.scicoop.secretariat.person.boundary.PersonService;
import org.scicoop.secretariat.person.boundary.PersonView;
import org.scicoop.secretariat.platform.boundary.Page;
import org.scicoop.secretariat.platform.boundary.PageRequest;

import java.util.HashMap;
import java.util.Map;

@Path("persons")
@Tag(name = "persons")
@SecurityRequirement(name = "keycloak")
public class PersonsResource {

    @Inject
    PersonService persons;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "People who have logged in (programme officers and administrators only)")
    public Page<PersonView> persons(@QueryParam("first") @DefaultValue("0") int first,
                                    @QueryParam("size") @DefaultValue("20") int size,
                                    @QueryParam("sort") String sort,
                                    @QueryParam("descending") boolean descending,
                                    @QueryParam("country") String country,
                                    @QueryParam("name") String name) {
        Map<String, String> filters = new HashMap<>();
        if (country != null) {
            filters.put("country", country);
        }
        if (name != null) {
            filters.put("name", name);
        }
        return persons.persons(new PageRequest(first, size, sort, !descending, filters));
    }
}

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
import org.scicoop.secretariat.person.boundary.PersonService;
import org.scicoop.secretariat.person.boundary.PersonView;
import org.scicoop.secretariat.platform.boundary.PageRequest;

@Path("persons")
@Tag(name = "persons")
@SecurityRequirement(name = "keycloak")
public class PersonsResource {

    @Inject
    PersonService persons;

    /** People per response unless the client asks for fewer or more. */
    static final int DEFAULT_SIZE = 20;

    @Context
    UriInfo uri;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listPersons", summary = "People who have logged in (programme officers and administrators only), a page at a time, "
            + "filtered by country and name; the total in X-Total-Count, the other pages in Link")
    @APIResponseSchema(value = PersonView[].class, responseCode = "200")
    public Response persons(@BeanParam Paging paging,
                            @QueryParam("country") String country,
                            @QueryParam("name") String name) {
        PageRequest asked = paging.request(DEFAULT_SIZE, PageRequest.MAX_SIZE,
                Paging.filters("country", country, "name", name));
        return Paging.ok(persons.persons(asked), asked, uri).build();
    }
}

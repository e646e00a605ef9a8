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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.scicoop.secretariat.person.boundary.PersonAccount;
import org.scicoop.secretariat.person.boundary.PersonService;
import org.scicoop.secretariat.platform.boundary.PageRequest;

/** The administrators' list of people with what Keycloak gives them now (the page {@code /app/admin/people.xhtml}). */
@Path("people")
@Tag(name = "persons")
@SecurityRequirement(name = "keycloak")
public class PeopleResource {

    /** People per response unless the client asks for fewer or more. */
    static final int DEFAULT_SIZE = 20;

    @Inject
    PersonService persons;

    @Context
    UriInfo uri;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listPeople", summary = "Everyone who has signed in (administrators only), a page at a time, "
            + "each with what Keycloak gives now: the application's realm roles, the country attribute, whether the "
            + "account exists and is enabled, whether a one-time-code authenticator is configured (keycloak: null when "
            + "Keycloak could not be asked), and the account's page in the realm's admin console. Filters: q (name, "
            + "username or e-mail), country (of the last sign-in), role (held in Keycloak now; 503 while Keycloak cannot "
            + "be asked). Sort: name, email, country, lastLoginAt. The total is in X-Total-Count, the other pages in Link.")
    @APIResponseSchema(value = PersonAccount[].class, responseCode = "200")
    public Response people(@BeanParam Paging paging,
                           @QueryParam("q") @Parameter(description = "Text in the name, username or e-mail") String text,
                           @QueryParam("country") @Parameter(description = "ISO 3166-1 alpha-2 code") String country,
                           @QueryParam("role") @Parameter(description = "programme-officer, consortium-member, reviewer, "
                                   + "national-contact or admin") String role) {
        PageRequest asked = paging.request(DEFAULT_SIZE, PageRequest.MAX_SIZE,
                Paging.filters("text", text, "country", country, "role", role));
        return Paging.ok(persons.people(asked).page(), asked, uri).build();
    }
}

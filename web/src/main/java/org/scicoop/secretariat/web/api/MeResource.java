package org.scicoop.secretariat.web.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.scicoop.secretariat.person.boundary.PersonService;
import org.scicoop.secretariat.person.entity.IdentityClaims;
import org.scicoop.secretariat.person.entity.Roles;
import org.scicoop.secretariat.web.security.TokenClaims;

import java.util.List;

@Path("me")
@Tag(name = "persons")
@SecurityRequirement(name = "keycloak")
public class MeResource {

    @Context
    HttpServletRequest request;

    @Inject
    PersonService persons;

    public record Me(String username, String name, String country, String organisation, List<String> roles) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getMe", summary = "The caller: username, name, country and roles, as the token states them")
    public Me me() {
        IdentityClaims claims = TokenClaims.of(request).orElseThrow(() -> new NotAuthorizedException("Bearer"));
        List<String> roles = Roles.ALL.stream().filter(request::isUserInRole).toList();
        // An API client counts as a login too: the person's record follows the token.
        if (!roles.isEmpty()) {
            persons.recordLogin(claims);
        }
        return new Me(claims.username(), claims.displayName(), claims.countryCode(),
                claims.organisation(), roles);
    }
}

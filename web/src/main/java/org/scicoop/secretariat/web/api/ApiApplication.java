package org.scicoop.secretariat.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The secretariat's REST API for partner agencies' systems. Callers authenticate with a Keycloak
 * access token issued for the {@code secretariat-web} client (its audience is checked); endpoints
 * marked {@link Public} need none.
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(info = @Info(title = "SciCoop Secretariat API", version = "1",
        description = "Calls, consortia and projects of the SciCoop programme. Errors are RFC 9457 problem documents."))
@SecurityScheme(securitySchemeName = "keycloak", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class ApiApplication extends Application {
}

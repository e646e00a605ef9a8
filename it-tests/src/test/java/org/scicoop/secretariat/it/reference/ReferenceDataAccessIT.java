package org.scicoop.secretariat.it.reference;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.scicoop.secretariat.it.support.Bundles;
import org.scicoop.secretariat.it.support.DeployedApplication;
import org.scicoop.secretariat.it.support.Http;
import org.scicoop.secretariat.it.support.KeycloakTokens;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The reference-data screens and services are the administrators': anyone else is refused. */
class ReferenceDataAccessIT extends DeployedApplication {

    @ParameterizedTest
    @ValueSource(strings = {"agencies", "organisations", "themes", "countries"})
    void anOfficerIsRefusedTheAdministratorsPages(String page) {
        String officer = KeycloakTokens.accessToken("officer", "demo");

        HttpResponse<String> response = Http.get("/app/admin/" + page + ".xhtml",
                "Authorization", "Bearer " + officer, "Accept", "text/html");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).doesNotContain(Bundles.text("en", page + ".title"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"agencies", "organisations", "themes", "countries"})
    void anAdministratorOpensThem(String page) {
        String admin = KeycloakTokens.accessToken("admin", "demo");

        HttpResponse<String> response = Http.get("/app/admin/" + page + ".xhtml",
                "Authorization", "Bearer " + admin, "Accept", "text/html");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains(Bundles.text("en", page + ".title"));
    }

    @Test
    void theOrganisationServiceRefusesAnOfficer() {
        HttpResponse<String> response = Http.getWithToken("/api/v1/organisations",
                KeycloakTokens.accessToken("officer", "demo"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void theOrganisationServiceAnswersAnAdministratorFilteredInTheDatabase() {
        HttpResponse<String> response = Http.getWithToken("/api/v1/organisations?country=CN&type=UNIVERSITY",
                KeycloakTokens.accessToken("admin", "demo"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"name\":\"Tsinghua University\"").contains("\"rorId\":\"03cve4549\"")
                .doesNotContain("Chinese Academy of Sciences").doesNotContain("Sorbonne");
    }
}

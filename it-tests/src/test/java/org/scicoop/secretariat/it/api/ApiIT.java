package org.scicoop.secretariat.it.api;

import org.junit.jupiter.api.Test;
import org.scicoop.secretariat.it.support.DeployedApplication;
import org.scicoop.secretariat.it.support.Http;
import org.scicoop.secretariat.it.support.Json;
import org.scicoop.secretariat.it.support.KeycloakTokens;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** The REST API with real Keycloak tokens: authentication, audience, roles, and problem documents. */
class ApiIT extends DeployedApplication {

    @Test
    void meWithoutTokenIsUnauthorizedProblem() {
        HttpResponse<String> response = Http.get("/api/v1/me", "Accept", "application/json");

        assertThat(response.statusCode()).isEqualTo(401);
        assertProblem(response, 401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).startsWith("Bearer"));
    }

    @Test
    void meWithoutTokenNeverRedirectsEvenForBrowsersAcceptingAnything() {
        HttpResponse<String> response = Http.get("/api/v1/me", "Accept", "*/*");

        assertThat(response.statusCode()).isEqualTo(401);
        assertProblem(response, 401);
    }

    @Test
    void tokenFromTheCodeFlowWithPkceCarriesTheProfileClaimsAndOurAudience() {
        String token = KeycloakTokens.accessToken("member2", "demo");

        assertThat(KeycloakTokens.payload(token))
                .contains("\"secretariat-web\"")
                .contains("\"country\":\"KE\"")
                .contains("\"zoneinfo\":\"Africa/Nairobi\"")
                .contains("consortium-member");
    }

    @Test
    void meAnswersWithTheCallersNameCountryAndRoles() {
        HttpResponse<String> response = Http.getWithToken("/api/v1/me", KeycloakTokens.accessToken("member", "demo"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body())
                .contains("\"username\":\"member\"")
                .contains("\"name\":\"Camille Martin\"")
                .contains("\"country\":\"FR\"")
                .contains("\"roles\":[\"consortium-member\"]");
    }

    @Test
    void tokenIssuedToAnotherClientIsRejected() {
        String foreign = KeycloakTokens.tokenOfAnotherClient("member3", "demo");
        assertThat(KeycloakTokens.payload(foreign)).doesNotContain("secretariat-web");

        HttpResponse<String> response = Http.getWithToken("/api/v1/me", foreign);

        assertThat(response.statusCode()).isEqualTo(401);
        assertProblem(response, 401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).contains("error=\"invalid_token\""));
    }

    @Test
    void forgedTokenIsRejected() {
        String member = KeycloakTokens.accessToken("member", "demo");
        String[] parts = member.split("\\.");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                KeycloakTokens.payload(member).replace("consortium-member", "programme-officer")
                        .getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        HttpResponse<String> response = Http.getWithToken("/api/v1/persons", forged);

        assertThat(response.statusCode()).isEqualTo(401);
        assertProblem(response, 401);
    }

    @Test
    void consortiumMemberCallingAnOfficerOnlyServiceIsForbiddenProblem() {
        HttpResponse<String> response = Http.getWithToken("/api/v1/persons", KeycloakTokens.accessToken("member", "demo"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertProblem(response, 403);
        assertThat(response.body()).doesNotContain("Caused by").doesNotContainPattern("\\bat [a-z]+\\.[a-z]+\\.");
    }

    @Test
    void officerListsThePeopleWhoLoggedIn() {
        String token = KeycloakTokens.accessToken("officer", "demo");
        Http.getWithToken("/api/v1/me", token);

        HttpResponse<String> response = Http.getWithToken("/api/v1/persons?country=CN", token);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("[").contains("\"username\":\"officer\"");
        assertThat(response.headers().firstValue("X-Total-Count")).isPresent();
        assertThat(response.body()).doesNotContain("\"username\":\"member2\"");
    }

    @Test
    void invalidPagingIsABadRequestProblem() {
        HttpResponse<String> response = Http.getWithToken("/api/v1/persons?size=100000",
                KeycloakTokens.accessToken("admin", "demo"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertProblem(response, 400);
    }

    @Test
    void countriesArePublicOpenData() {
        HttpResponse<String> response = Http.get("/api/v1/countries", "Accept", "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("{\"code\":\"KE\",\"developing\":true,\"incomeGroup\":\"LOWER_MIDDLE\"")
                .contains("\"code\":\"DE\",\"developing\":false,\"incomeGroup\":\"HIGH\"");
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void unknownApiPathIsNotFoundProblem() {
        HttpResponse<String> response = Http.get("/api/v1/nothing-here", "Accept", "application/json");

        assertThat(response.statusCode()).isEqualTo(404);
        assertProblem(response, 404);
    }

    @Test
    void openApiDocumentDescribesTheApi() {
        HttpResponse<String> response = Http.get("/openapi", "Accept", "application/yaml");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("/api/v1/me").contains("/api/v1/countries").contains("keycloak");
    }

    @Test
    void theUploadsPartsAreDescribedThoughTheResourcesReadTheBodiesThemselves() {
        String openApi = Http.get("/openapi", "Accept", "application/json").body();

        for (String[] upload : new String[][]{{"/api/v1/proposals/{id}/attachments", "ProposalAttachmentForm"},
                {"/api/v1/calls/{code}/documents", "CallDocumentForm"},
                {"/api/v1/projects/{id}/milestones/{milestoneId}/reports/draft/attachments", "ReportAttachmentForm"}}) {
            assertThat(Json.text(openApi, "paths." + upload[0] + ".post.requestBody.content.multipart/form-data.schema"
                    + ".$ref")).as(upload[0]).isEqualTo("#/components/schemas/" + upload[1]);
            assertThat(Json.text(openApi, "components.schemas." + upload[1] + ".properties.file.format"))
                    .as(upload[1]).isEqualTo("binary");
        }
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":" + status).contains("\"title\":");
    }
}

package org.scicoop.secretariat.it.person;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.scicoop.secretariat.it.support.DeployedApplication;
import org.scicoop.secretariat.it.support.Http;
import org.scicoop.secretariat.it.support.KeycloakAdmin;
import org.scicoop.secretariat.it.support.KeycloakTokens;
import org.scicoop.secretariat.it.support.TestEnvironment;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scicoop.secretariat.it.support.KeycloakTokens.demoToken;

/**
 * The administrators' list of people (issue 15, point 4): what Keycloak gives each person now, for administrators
 * only; a role or country changed in Keycloak shows at once in the list and in the person's next token.
 */
class PeopleIT extends DeployedApplication {

    private static final String OFFICER_ID = "5e0c1d2a-0001-4c6b-9a51-3f1e2d7a0001";

    @Test
    void anAdministratorReadsWhatKeycloakGivesEachPersonNow() {
        Http.getWithToken("/api/v1/me", demoToken("officer"));

        HttpResponse<String> answer = Http.getWithToken("/api/v1/people?q=officer@secretariat", demoToken("admin"));

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonObject officer = only(answer);
        assertThat(officer.getString("username")).isEqualTo("officer");
        assertThat(officer.getString("displayName")).isEqualTo("Wei Li");
        assertThat(officer.getString("keycloakId")).isEqualTo(OFFICER_ID);
        assertThat(officer.getString("consoleUrl")).isEqualTo(TestEnvironment.keycloakUrl()
                + "/admin/secretariat/console/#/secretariat/users/" + OFFICER_ID + "/settings");
        JsonObject keycloak = officer.getJsonObject("keycloak");
        assertThat(keycloak.getBoolean("exists")).isTrue();
        assertThat(keycloak.getBoolean("enabled")).isTrue();
        assertThat(keycloak.getString("country")).isEqualTo("CN");
        assertThat(keycloak.getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString))
                .as("the application's roles only, not Keycloak's defaults").containsExactly("programme-officer");
        assertThat(keycloak.getBoolean("secondFactor")).as("the demo authenticator").isTrue();
        assertThat(answer.headers().firstValue("X-Total-Count")).contains("1");
    }

    @Test
    void theRoleFilterAsksKeycloakAndAnUnknownRoleIsABadRequest() {
        Http.getWithToken("/api/v1/me", demoToken("officer"));
        Http.getWithToken("/api/v1/me", demoToken("member"));

        HttpResponse<String> officers = Http.getWithToken("/api/v1/people?role=programme-officer&size=200",
                demoToken("admin"));
        assertThat(officers.statusCode()).isEqualTo(200);
        List<String> usernames = Json.createReader(new java.io.StringReader(officers.body())).readArray()
                .getValuesAs(JsonObject.class).stream().map(p -> p.getString("username")).toList();
        assertThat(usernames).contains("officer").doesNotContain("member", "admin");

        HttpResponse<String> bogus = Http.getWithToken("/api/v1/people?role=superuser", demoToken("admin"));
        assertThat(bogus.statusCode()).isEqualTo(400);
        assertThat(bogus.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(bogus.body()).contains("role");
    }

    @Test
    void everyOtherRoleIsRefusedTheListAndItsPage() {
        for (String user : List.of("officer", "member", "reviewer", "contact")) {
            HttpResponse<String> api = Http.getWithToken("/api/v1/people", demoToken(user));
            assertThat(api.statusCode()).as(user + " on the API").isEqualTo(403);
            assertThat(api.headers().firstValue("Content-Type")).as(user).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(Http.getWithToken("/app/admin/people.xhtml", demoToken(user)).statusCode())
                    .as(user + " on the page").isEqualTo(403);
        }
        HttpResponse<String> page = Http.getWithToken("/app/admin/people.xhtml", demoToken("admin"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(Http.get("/api/v1/people").statusCode()).as("no token").isEqualTo(401);
    }

    /**
     * A role and the country changed in Keycloak: the list shows them at once; the person's next token carries them
     * (an endpoint of the removed role answers 403).
     */
    @Test
    void aRoleAndACountryChangedInKeycloakShowAtOnceAndInThePersonsNextToken() {
        String username = "people-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "a-long-enough-password-" + username;
        String id = KeycloakAdmin.createUser(username, username + "@people.example", password, "FR",
                "consortium-member");
        String before = KeycloakTokens.accessToken(username, password);
        assertThat(Json.createReader(new java.io.StringReader(Http.getWithToken("/api/v1/me", before).body()))
                .readObject().toString()).contains("\"FR\"");
        assertThat(Http.getWithToken("/api/v1/proposals", before).statusCode()).as("a member's list").isEqualTo(200);

        JsonObject listed = only(Http.getWithToken("/api/v1/people?q=" + username, demoToken("admin")));
        assertThat(listed.getJsonObject("keycloak").getString("country")).isEqualTo("FR");
        assertThat(listed.getJsonObject("keycloak").getJsonArray("roles").toString()).contains("consortium-member");

        JsonObject user = Json.createReader(new java.io.StringReader(KeycloakAdmin.get("/users/" + id))).readObject();
        assertThat(KeycloakAdmin.put("/users/" + id, Json.createObjectBuilder(user)
                .add("attributes", Json.createObjectBuilder().add("country", Json.createArrayBuilder().add("KE")))
                .build().toString())).isEqualTo(204);
        assertThat(KeycloakAdmin.delete("/users/" + id + "/role-mappings/realm",
                "[" + KeycloakAdmin.get("/roles/consortium-member") + "]")).isEqualTo(204);

        JsonObject changed = only(Http.getWithToken("/api/v1/people?q=" + username, demoToken("admin")));
        assertThat(changed.getJsonObject("keycloak").getString("country")).as("at once").isEqualTo("KE");
        assertThat(changed.getJsonObject("keycloak").getJsonArray("roles")).as("at once").isEmpty();
        assertThat(changed.getString("countryCode")).as("the record keeps the last sign-in's").isEqualTo("FR");

        String after = KeycloakTokens.accessToken(username, password);
        assertThat(KeycloakTokens.payload(after)).contains("\"country\":\"KE\"").doesNotContain("consortium-member");
        assertThat(Http.getWithToken("/api/v1/proposals", after).statusCode()).as("the role is gone").isEqualTo(403);
    }

    private static JsonObject only(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        List<JsonObject> rows = Json.createReader(new java.io.StringReader(answer.body())).readArray()
                .getValuesAs(JsonObject.class);
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }
}

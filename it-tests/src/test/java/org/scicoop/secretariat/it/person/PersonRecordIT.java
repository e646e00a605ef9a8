package org.scicoop.secretariat.it.person;

import org.junit.jupiter.api.Test;
import org.scicoop.secretariat.it.support.DeployedApplication;
import org.scicoop.secretariat.it.support.Http;
import org.scicoop.secretariat.it.support.KeycloakTokens;
import org.scicoop.secretariat.it.support.TestEnvironment;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** A login creates the person's record from the token, in PostgreSQL, with an audit revision naming them. */
class PersonRecordIT extends DeployedApplication {

    @Test
    void loginCreatesThePersonFromTheTokenAndTheAuditTrailNamesThem() throws SQLException {
        Http.getWithToken("/api/v1/me", KeycloakTokens.accessToken("contact", "demo"));

        try (Connection db = DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + TestEnvironment.postgresPort() + "/postgres", "postgres", "postgres");
             PreparedStatement person = db.prepareStatement("""
                     select p.subject, p.given_name, p.family_name, p.email, p.country_code, p.organisation,
                            p.zoneinfo, r.username
                     from person p
                     join person_aud a on a.id = p.id and a.revtype = 0
                     join audit_revision r on r.id = a.rev
                     where p.username = 'contact'""")) {
            ResultSet row = person.executeQuery();
            assertThat(row.next()).as("a person row for 'contact'").isTrue();
            assertThat(row.getString("subject")).isNotBlank();
            assertThat(row.getString("family_name")).isEqualTo("Nkosi");
            assertThat(row.getString("email")).isEqualTo("contact@secretariat.example");
            assertThat(row.getString("country_code")).isEqualTo("ZA");
            assertThat(row.getString("organisation")).isEqualTo("National Research Foundation");
            assertThat(row.getString("zoneinfo")).isEqualTo("Africa/Johannesburg");
            assertThat(row.getString("username")).as("who made the revision").isEqualTo("contact");
        }
    }

    @Test
    void aSecondLoginAddsNoRevision() throws SQLException {
        Http.getWithToken("/api/v1/me", KeycloakTokens.accessToken("member3", "demo"));
        long before = revisionsOf("member3");

        Http.getWithToken("/api/v1/me", KeycloakTokens.accessToken("member3", "demo"));

        assertThat(revisionsOf("member3")).isEqualTo(before).isEqualTo(1);
    }

    private static long revisionsOf(String username) throws SQLException {
        try (Connection db = DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + TestEnvironment.postgresPort() + "/postgres", "postgres", "postgres");
             PreparedStatement count = db.prepareStatement(
                     "select count(*) from person_aud a join person p on p.id = a.id where p.username = ?")) {
            count.setString(1, username);
            ResultSet result = count.executeQuery();
            result.next();
            return result.getLong(1);
        }
    }
}

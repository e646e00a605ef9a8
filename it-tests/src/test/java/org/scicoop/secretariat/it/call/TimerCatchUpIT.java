package org.scicoop.secretariat.it.call;

import org.junit.jupiter.api.Test;
import org.scicoop.secretariat.it.support.Database;
import org.scicoop.secretariat.it.support.Http;
import org.scicoop.secretariat.it.support.Json;
import org.scicoop.secretariat.it.support.KeycloakTokens;
import org.scicoop.secretariat.it.support.RestartableApplication;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A deadline that passes while the application is down: the call is closed when it comes back,
 * once, by the system. The application is taken down and brought back by undeploying and
 * deploying the real EAR ({@link RestartableApplication}).
 */
class TimerCatchUpIT extends RestartableApplication {

    @Test
    void aCallWhoseDeadlinePassedWhileTheApplicationWasDownIsClosedWhenItComesBack() throws InterruptedException {
        start();
        String officer = KeycloakTokens.accessToken("officer", "demo");
        String code = "IT-DOWN-" + System.currentTimeMillis() % 100000;
        Instant deadline = Instant.now().plus(Duration.ofSeconds(8));
        String json = "{\"code\": \"" + code + "\", \"title\": \"Deadline while down\", \"summary\": \"s\","
                + " \"themes\": [\"HEALTH\"], \"opensAt\": \"" + Instant.now().minus(Duration.ofDays(1)) + "\","
                + " \"deadline\": \"" + deadline + "\", \"commonFundEur\": 1000, \"minPartners\": 3,"
                + " \"minCountries\": 2, \"developingPartnerRequired\": true, \"coordinatorCountryFunds\": true,"
                + " \"maxDurationMonths\": 36, \"commitments\": []}";
        HttpResponse<String> created = Http.send("POST", "/api/v1/calls", officer, json);
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(Http.send("POST", "/api/v1/calls/" + code + "/open", officer, null, "If-Match",
                created.headers().firstValue("ETag").orElseThrow()).statusCode()).isEqualTo(200);

        stop();
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), deadline).toMillis()) + 2000);
        assertThat(Database.single("select status from funding_call where code = ?", code))
                .as("nobody closed it while the application was down").isEqualTo("OPEN");

        start();
        try {
            String status = null;
            for (int attempt = 0; attempt < 40 && !"CLOSED".equals(status); attempt++) {
                status = Database.single("select status from funding_call where code = ?", code);
                Thread.sleep(250);
            }
            assertThat(status).isEqualTo("CLOSED");
            String call = Http.getWithToken("/api/v1/calls/" + code, officer).body();
            String closedAt = Json.text(call, "closedAt");
            assertThat(closedAt).as(call).isNotNull();
            assertThat(Instant.parse(closedAt)).isAfter(deadline);
            assertThat(Database.single("""
                    select count(*) from funding_call_aud a where a.code = ? and a.status = 'CLOSED'""", code))
                    .as("closed exactly once").isEqualTo("1");
            assertThat(Database.single("""
                    select r.username from funding_call_aud a join audit_revision r on r.id = a.rev
                    where a.code = ? and a.status = 'CLOSED'""", code)).isEqualTo("system");
        } finally {
            stop();
        }
    }
}

package org.scicoop.secretariat.it.project;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.scicoop.secretariat.it.proposal.ProposalsApi;
import org.scicoop.secretariat.it.support.Database;
import org.scicoop.secretariat.it.support.Http;
import org.scicoop.secretariat.it.support.Json;
import org.scicoop.secretariat.it.support.Mailbox;
import org.scicoop.secretariat.it.support.RestartableApplication;
import org.scicoop.secretariat.it.support.TestEnvironment;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scicoop.secretariat.it.support.KeycloakTokens.demoToken;

/**
 * Reminders (issue 14) on the system tests' server, whose reminder run comes every 5 seconds
 * ({@code SECRETARIAT_REMINDER_INTERVAL} in it-tests/pom.xml): a milestone due in two days reminds its responsible
 * partner's investigator and the coordinator, a draft proposal in a call closing in three days its coordinator —
 * each exactly once over several runs, and still once after the application was undeployed and deployed again, when
 * the persistent timer goes on running (a milestone added then is reminded too).
 */
class RemindersIT extends RestartableApplication {

    /** Two runs and a little more. */
    private static final Duration TWO_RUNS = Duration.ofSeconds(11);

    @Test
    void eachReminderArrivesOnceOverRunsAndARedeployment() throws Exception {
        start();
        try {
            ProposalsApi.Made funded = ProjectsApi.decided().call().second();
            String project = ProjectsApi.BASE + "/" + ProjectsApi.projectOf(funded, demoToken("officer"));
            long partner = funded.partnerIds().get(1);
            String investigator = Database.single("select pi_email from proposal_partner where id = ?", partner);
            String title = ProposalsApi.unique("Reminder check ");
            long milestone = dueInTwoDays(project, title, partner);
            String call = ProposalsApi.openCall(Instant.now().plus(Duration.ofDays(3)));
            ProposalsApi.Made draft = ProposalsApi.completeDraft("member", call, ProposalsApi.SORBONNE,
                    List.of(ProposalsApi.TSINGHUA, ProposalsApi.NAIROBI));

            MimeMessage reminder = Mailbox.await(funded.coordinatorEmail(), title);
            assertThat(reminder.getSubject()).contains(title);
            assertThat(Mailbox.text(reminder)).contains(TestEnvironment.appUrl() + "/app/projects/project.xhtml?id="
                    + project.substring(project.lastIndexOf('/') + 1) + "#milestone-" + milestone);
            Mailbox.await(investigator, title);
            MimeMessage deadline = Mailbox.await(draft.coordinatorEmail(), draft.acronym());
            assertThat(deadline.getSubject()).contains(draft.acronym(), call);
            assertThat(Mailbox.text(deadline)).contains(TestEnvironment.appUrl()
                    + "/app/proposals/proposal.xhtml?id=" + draft.id());

            Thread.sleep(TWO_RUNS.toMillis());
            assertOnce(funded.coordinatorEmail(), title);
            assertOnce(investigator, title);
            assertOnce(draft.coordinatorEmail(), draft.acronym());

            stop();
            start(); // a run a few seconds after the start catches up; none of the three is due again
            Thread.sleep(TWO_RUNS.toMillis());
            String later = ProposalsApi.unique("Reminder after the redeployment ");
            dueInTwoDays(project, later, partner);
            Mailbox.await(funded.coordinatorEmail(), later);
            assertOnce(funded.coordinatorEmail(), title);
            assertOnce(investigator, title);
            assertOnce(draft.coordinatorEmail(), draft.acronym());
            assertThat(Database.single("select count(*) from reminder_sent where kind = 'MILESTONE_DUE'"
                    + " and subject_id = ? and days_before = 3", milestone)).as("one row per recipient").isEqualTo("2");
        } finally {
            stop();
        }
    }

    private static void assertOnce(String address, String text) {
        assertThat(Mailbox.to(address, text)).as("reminders to " + address + " about " + text).hasSize(1);
    }

    /**
     * A milestone added by the officer (on the project's end date, which any project takes) and then due in two days
     * in the project's zone: set behind the application's back, because the shared project may start only next month
     * and a due date lies after the start.
     */
    private static long dueInTwoDays(String project, String title, long responsible) {
        String officer = demoToken("officer");
        String read = Http.getWithToken(project, officer).body();
        HttpResponse<String> added = Http.send("POST", project + "/milestones", officer, """
                {"title": "%s", "kind": "DELIVERABLE", "dueDate": "%s", "responsibleId": %d}"""
                .formatted(title, Json.text(read, "endDate"), responsible), "If-Match", Http.etag(project, officer));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        long id = Json.number(added.body(), "id");
        ZoneId zone = ZoneId.of(Json.text(read, "timeZone"));
        LocalDate due = LocalDate.now(zone).plusDays(2);
        assertThat(Database.update("update project_milestone set due_date = ?, overdue_from = ? where id = ?", due,
                due.plusDays(1).atStartOfDay(zone).toOffsetDateTime(), id)).isEqualTo(1);
        return id;
    }
}

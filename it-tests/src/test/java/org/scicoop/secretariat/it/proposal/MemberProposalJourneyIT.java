package org.scicoop.secretariat.it.proposal;

import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.scicoop.secretariat.it.support.Browser;
import org.scicoop.secretariat.it.support.Bundles;
import org.scicoop.secretariat.it.support.Database;
import org.scicoop.secretariat.it.support.DeployedApplication;
import org.scicoop.secretariat.it.support.Http;
import org.scicoop.secretariat.it.support.KeycloakTokens;
import org.scicoop.secretariat.it.support.Mailbox;
import org.scicoop.secretariat.it.support.TestEnvironment;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scicoop.secretariat.it.proposal.EditorSteps.fileInput;
import static org.scicoop.secretariat.it.proposal.EditorSteps.step;
import static org.scicoop.secretariat.it.proposal.EditorSteps.type;
import static org.scicoop.secretariat.it.support.Pdfs.pdf;

/**
 * A consortium applies in the browser: the coordinator drafts a proposal step by step with partners
 * from three countries, invites a partner's investigator, who then edits their own partner data (and
 * only theirs); the coordinator attaches the description, submits (the receipt arrives by e-mail and
 * as a PDF), reopens, changes and submits again; a member of another consortium gets a 404.
 */
class MemberProposalJourneyIT extends DeployedApplication {

    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aConsortiumDraftsInvitesSubmitsReopensAndResubmitsWhileOutsidersSeeNothing() throws Exception {
        String code = openCall();
        String acronym = "JRNY" + (System.currentTimeMillis() % 100000);
        Path folder = Files.createTempDirectory(TestEnvironment.buildDirectory(), "proposal-");
        Path description = Files.write(folder.resolve("Full description.pdf"), pdf("Full description of " + acronym));
        Path fake = Files.writeString(folder.resolve("fake.pdf"), "Plain text pretending to be a PDF.",
                StandardCharsets.UTF_8);
        long id;

        try (Browser member = new Browser()) {
            // applying: from the public call page, a plain link; the login on the way keeps the call
            member.open("/call.xhtml?code=" + code);
            member.waitFor(By.id("apply")).click();
            member.logInAs("member", "demo");
            member.waitFor(By.id("new-form:acronym")).sendKeys(acronym);
            assertThat(member.driver().findElement(By.id("apply-call-code")).getText()).isEqualTo(code);
            pickOrganisation(member, "new-form", "Sorbonne", "Sorbonne Université");
            member.waitForText(By.id("new-form:chosen"), text -> text.contains("Sorbonne Université"));
            member.driver().findElement(By.id("new-form:create")).click();

            member.waitForText(By.id("proposal-heading"), text -> text.contains(acronym));
            assertThat(member.driver().findElement(By.id("menu-my-proposals")).getText())
                    .isEqualTo(Bundles.text("en", "menu.myProposals"));
            id = Long.parseLong(member.driver().getCurrentUrl().replaceAll(".*[?&]id=([0-9]+).*", "$1"));
            assertThat(member.driver().findElement(By.id("proposal-status")).getText())
                    .isEqualTo(Bundles.text("en", "ProposalStatus.DRAFT"));
            assertThat(member.driver().findElement(By.id("step-findings-list")).getText())
                    .as("the first step says what is missing, in the server's words")
                    .contains(Bundles.text("en", "proposal.rule.titleMissing"));
            member.screenshot("proposal-step-call");

            // step 1: the text; the live check clears the findings as the fields are filled
            type(member, "proposal-form:title", "Coastal resilience by design");
            type(member, "proposal-form:abstract", "Nature-based protection for three coastal cities.");
            type(member, "proposal-form:keywords", "coasts, adaptation, cities");
            type(member, "proposal-form:duration_input", "24");
            member.waitFor(By.id("step-complete"));

            // step 2: partners from Kenya (member2's university) and Brazil
            step(member, "PARTNERS");
            assertThat(member.waitFor(By.id("step-findings-list")).getText())
                    .contains("The consortium has 1 partner");
            pickOrganisation(member, "proposal-form", "Nairobi", "University of Nairobi");
            member.waitForText(By.id("partners"), text -> text.contains("University of Nairobi"));
            pickOrganisation(member, "proposal-form", "Universidade de S", "Universidade de São Paulo");
            member.waitForText(By.id("partners"), text -> text.contains("Universidade de São Paulo"));
            type(member, "proposal-form:partner-rows:1:pi-name", "Wanjiru Kamau");
            type(member, "proposal-form:partner-rows:1:pi-email", "member2@secretariat.example");
            type(member, "proposal-form:partner-rows:2:pi-name", "Ana Souza");
            type(member, "proposal-form:partner-rows:2:pi-email", "ana.souza@usp.example");
            member.driver().findElement(By.id("proposal-form:save")).click();
            member.waitForText(By.id("proposal-form:messages"), text -> text.contains("was saved"));
            assertThat(member.driver().findElement(By.id("partners")).getText()).contains("Kenya", "Brazil", "France");

            member.driver().findElement(By.id("proposal-form:partner-rows:1:invite")).click();
            member.waitForText(By.id("proposal-form:messages"),
                    text -> text.contains("The invitation was sent to member2@secretariat.example."));
            assertThat(member.driver().findElement(By.id("partners")).getText())
                    .contains(Bundles.text("en", "proposal.partner.invited"));
            member.screenshot("proposal-step-partners");

            // step 3: the budget; Kenya is developing and does not fund the call: the common fund, in euros
            step(member, "BUDGET");
            assertThat(member.waitFor(By.id("budget")).getText())
                    .contains(Bundles.text("en", "FundingSource.COMMON_FUND") + " (EUR)")
                    .contains(Bundles.text("en", "proposal.partner.noRequest"));
            type(member, "proposal-form:budget-rows:0:requested_input", "120000");
            type(member, "proposal-form:budget-rows:1:requested_input", "80000");
            for (int row = 0; row < 3; row++) {
                type(member, "proposal-form:budget-rows:" + row + ":person-months_input", "12");
            }
            member.waitFor(By.id("step-complete"));
            member.screenshot("proposal-step-budget");

            // step 4: a milestone
            step(member, "MILESTONES");
            member.waitFor(By.id("proposal-form:add-milestone")).click();
            member.awaitAjax();
            type(member, "proposal-form:milestone-rows:0:milestone-title", "City adaptation plans");
            type(member, "proposal-form:milestone-rows:0:milestone-month_input", "18");
            member.waitFor(By.id("step-complete"));
            member.driver().findElement(By.id("proposal-form:save")).click();
            member.waitForText(By.id("proposal-form:messages"), text -> text.contains("was saved"));
        }

        try (Browser partner = new Browser()) {
            partner.logInToDashboard("member2");
            partner.open("/app/proposals/index.xhtml");
            partner.waitForText(By.id("proposals-form:proposals"), text -> text.contains(acronym));
            partner.driver().findElement(By.id("proposal-" + id)).click();
            partner.waitForText(By.id("proposal-heading"), text -> text.contains(acronym));
            assertThat(partner.driver().findElements(By.id("proposal-form:save"))).as("only the coordinator saves it all").isEmpty();

            step(partner, "BUDGET");
            assertThat(partner.driver().findElements(By.id("proposal-form:budget-rows:1:person-months_input")))
                    .as("their own partner row").hasSize(1);
            assertThat(partner.driver().findElements(By.id("proposal-form:budget-rows:0:person-months_input")))
                    .as("the coordinator's row is read-only").isEmpty();
            assertThat(partner.driver().findElements(By.id("proposal-form:budget-rows:2:person-months_input")))
                    .as("another partner's row is read-only").isEmpty();
            type(partner, "proposal-form:budget-rows:1:person-months_input", "20");
            partner.driver().findElement(By.id("proposal-form:save-partner")).click();
            partner.waitForText(By.id("proposal-form:messages"),
                    text -> text.contains(Bundles.text("en", "proposal.partner.saved")));
            assertThat(partner.driver().findElement(By.id("budget")).getText()).contains("20");
            partner.screenshot("proposal-partner-edits-own-row");
        }

        String receipt;
        String session;
        try (Browser member = new Browser()) {
            member.logInToDashboard("member");
            member.open("/app/proposals/proposal.xhtml?id=" + id);
            step(member, "ATTACHMENTS");
            member.waitFor(By.id("attachments-empty"));
            fileInput(member).sendKeys(fake.toAbsolutePath().toString());
            member.driver().findElement(By.id("upload-form:upload")).click();
            member.waitForText(By.id("upload-form:attachment-file-message"),
                    text -> text.equals(Bundles.text("en", "rule.document.notPdf")));
            fileInput(member).sendKeys(description.toAbsolutePath().toString());
            member.driver().findElement(By.id("upload-form:upload")).click();
            member.waitForText(By.id("attachments"), text -> text.contains("Full-description.pdf")
                    || text.contains("Full description.pdf"));
            session = member.driver().manage().getCookieNamed("JSESSIONID").getValue();
            String fileHref = member.driver().findElement(By.cssSelector("#attachments a.sc-document-link"))
                    .getAttribute("href");
            HttpResponse<byte[]> file = download(fileHref, session);
            assertThat(file.statusCode()).isEqualTo(200);
            assertThat(file.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).startsWith("attachment;"));
            assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(file.body()).isEqualTo(Files.readAllBytes(description));

            step(member, "REVIEW");
            member.waitFor(By.id("review-ready"));
            member.screenshot("proposal-review");
            member.driver().findElement(By.id("proposal-form:submit")).click();
            receipt = member.waitFor(By.id("receipt-number")).getText();
            assertThat(receipt).isEqualTo(code + "-P" + id + "-V1");
            assertThat(member.driver().findElement(By.id("receipt-time")).getText()).as("in the reader's zone, and in UTC")
                    .contains("(Europe/Paris)").endsWith("UTC");
            assertThat(member.driver().findElement(By.id("proposal-status")).getText())
                    .isEqualTo(Bundles.text("en", "ProposalStatus.SUBMITTED"));
            member.screenshot("proposal-submitted");

            MimeMessage mail = Mailbox.await("member@secretariat.example", receipt);
            assertThat(mail.getContent().toString()).contains(receipt).contains("UTC");

            HttpResponse<byte[]> pdf = download(member.driver().findElement(By.id("receipt-pdf")).getAttribute("href"), session);
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
            try (PDDocument document = Loader.loadPDF(pdf.body())) {
                assertThat(new PDFTextStripper().getText(document)).contains(receipt).contains(acronym)
                        .contains("University of Nairobi").contains("Universidade de São Paulo")
                        .as("who by name, when in the reader's zone and in UTC").contains("Camille Martin")
                        .contains("(Europe/Paris)").contains("UTC");
            }

            // reopen, change, submit again: two versions, each with its receipt
            member.driver().findElement(By.id("proposal-form:reopen")).click();
            member.waitForText(By.id("proposal-status"), text -> text.equals(Bundles.text("en", "ProposalStatus.REOPENED")));
            WebElement title = member.waitFor(By.id("proposal-form:title"));
            title.clear();
            type(member, "proposal-form:title", "Coastal resilience by design, second version");
            step(member, "REVIEW");
            member.waitFor(By.id("proposal-form:submit")).click();
            member.waitForText(By.id("receipt-number"), text -> text.equals(code + "-P" + id + "-V2"));
            assertThat(member.driver().findElements(By.cssSelector("#submissions tr.sc-submission"))).hasSize(2);
            assertThat(member.driver().findElement(By.id("submissions")).getText()).contains(receipt, code + "-P" + id + "-V2");
            assertThat(member.driver().findElements(By.cssSelector("#submissions td.sc-submitted-by")))
                    .as("each version names who submitted it, not their username").hasSize(2)
                    .allSatisfy(cell -> assertThat(cell.getText()).isEqualTo("Camille Martin"));
            assertThat(member.driver().findElement(By.id("proposal-heading")).getText()).contains("second version");
            member.screenshot("proposal-resubmitted");
        }

        try (Browser outsider = new Browser()) {
            outsider.logInToDashboard("member3");
            outsider.open("/app/proposals/proposal.xhtml?id=" + id);
            assertThat(outsider.waitFor(By.id("error-title")).getText()).isEqualTo(Bundles.text("en", "error.404.title"));
            assertThat(outsider.driver().getPageSource()).doesNotContain(acronym).doesNotContain("Coastal resilience");
            outsider.open("/app/proposals/index.xhtml");
            assertThat(outsider.waitFor(By.id("proposals-form:proposals")).getText()).doesNotContain(acronym);
            outsider.screenshot("proposal-outsider-404");
            String outsiderSession = outsider.driver().manage().getCookieNamed("JSESSIONID").getValue();
            assertThat(download(TestEnvironment.appUrl() + "/app/proposals/receipt/" + id + "/1.pdf", outsiderSession)
                    .statusCode()).isEqualTo(404);
        }
    }

    /** A new call of the test's own, open now: France funds it, it has a common fund, Kenya and Brazil do not fund it. */
    private static String openCall() {
        String token = KeycloakTokens.accessToken("officer", "demo");
        String code = "STI-2027-PROP-" + (System.currentTimeMillis() % 10000);
        String json = """
                {"code": "%s", "title": "Coastal resilience %s", "summary": "A call to apply to.",
                 "themes": ["CLIMATE_CHANGE"], "opensAt": "%s", "deadline": "%s", "commonFundEur": 500000,
                 "minPartners": 3, "minCountries": 2, "developingPartnerRequired": true,
                 "coordinatorCountryFunds": true, "maxDurationMonths": 36,
                 "commitments": [{"agencyId": %d, "amount": 1500000}]}""".formatted(code, code,
                Instant.now().minus(1, ChronoUnit.DAYS), Instant.now().plus(60, ChronoUnit.DAYS),
                Database.agencyId("FR", "ANR"));
        HttpResponse<String> created = Http.send("POST", "/api/v1/calls", token, json);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        HttpResponse<String> opened = Http.send("POST", "/api/v1/calls/" + code + "/open", token, null, "If-Match",
                created.headers().firstValue("ETag").orElseThrow());
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
        return code;
    }

    /** Searches the organisation picker of {@code form} and picks the row naming {@code name}. */
    private static void pickOrganisation(Browser browser, String form, String query, String name) {
        WebElement search = browser.waitFor(By.id(form + ":organisation-query"));
        search.clear();
        search.sendKeys(query);
        browser.waitForText(By.id(form + ":organisation-results"), text -> text.contains(name));
        browser.driver().findElement(By.xpath("//*[@id='" + form + ":organisation-results']//tr[td[contains(., '"
                + name + "')]]//button")).click();
        browser.awaitAjax();
    }

    /** Types into a field and leaves it, as people do: the change goes to the server (live check). */
    private static HttpResponse<byte[]> download(String url, String session) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", "JSESSIONID=" + session).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

}

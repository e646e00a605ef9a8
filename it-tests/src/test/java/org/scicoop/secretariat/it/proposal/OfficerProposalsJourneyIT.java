package org.scicoop.secretariat.it.proposal;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.scicoop.secretariat.it.support.AheadOfTheRun;
import org.scicoop.secretariat.it.support.Browser;
import org.scicoop.secretariat.it.support.Bundles;
import org.scicoop.secretariat.it.support.Database;
import org.scicoop.secretariat.it.support.DeployedApplication;
import org.scicoop.secretariat.it.support.Http;
import org.scicoop.secretariat.it.support.KeycloakTokens;
import org.scicoop.secretariat.it.support.TestEnvironment;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretariat's side of proposals, through the browser: after a call's deadline the officer lists
 * its proposals, filters them, exports exactly the filtered rows (CSV, Excel, PDF), reads the charts,
 * screens a proposal ineligible with reasons and then eligible; the coordinator reads each result; the
 * national contact for South Africa sees the submitted proposals with a South African partner and no
 * other; the dashboards count what each of them has to look at.
 */
class OfficerProposalsJourneyIT extends DeployedApplication {

    private static final BigDecimal EUR_200K = new BigDecimal("200000.00");

    private static final ProposalRows.Partner SORBONNE = new ProposalRows.Partner("Sorbonne Université", "AGENCY",
            "FR", "ANR", "EUR", EUR_200K, "member");
    private static final ProposalRows.Partner NAIROBI = new ProposalRows.Partner("University of Nairobi", "COMMON_FUND",
            null, null, "EUR", new BigDecimal("100000.00"), null);
    private static final ProposalRows.Partner CAPE_TOWN = new ProposalRows.Partner("University of Cape Town", "AGENCY",
            "ZA", "NRF", "ZAR", new BigDecimal("1000000.00"), null);
    private static final ProposalRows.Partner SAO_PAULO = new ProposalRows.Partner("Universidade de São Paulo",
            "SELF_FUNDED", null, null, null, BigDecimal.ZERO.setScale(2), null);

    /** The journey's call and its deadline, 55 s after it opened. */
    record Closing(String code, Instant deadline) {
    }

    /** Opened at the start of the run ({@link AheadOfTheRun}), so that its deadline passes while other classes run. */
    static final AheadOfTheRun.One<Closing> CLOSING = new AheadOfTheRun.One<>(() -> {
        Closing closing = new Closing("OPJ-" + System.currentTimeMillis() % 1_000_000,
                Instant.now().plusSeconds(55).truncatedTo(ChronoUnit.SECONDS));
        createAndOpen(KeycloakTokens.accessToken("officer", "demo"), closing.code(), closing.deadline());
        return closing;
    });

    @Test
    void afterTheDeadlineOfficersListExportAndScreenWhileCoordinatorsAndNationalContactsSeeWhatConcernsThem()
            throws Exception {
        Closing closing = CLOSING.take();
        String suffix = String.valueOf(System.currentTimeMillis() % 1_000_000);
        String code = closing.code();
        String later = "OPJ-L-" + suffix;
        String officerToken = KeycloakTokens.accessToken("officer", "demo");
        Instant deadline = closing.deadline();
        createAndOpen(officerToken, later, Instant.now().plus(30, ChronoUnit.DAYS));

        String withZa = "ZAP" + suffix;
        String withoutZa = "NOZA" + suffix;
        String draft = "DRAFT" + suffix;
        String laterDraft = "TILE" + suffix;
        Instant submitted = deadline.minusSeconds(30);
        long withZaId = ProposalRows.insert(code, "member", withZa, "Water for growing cities", "SUBMITTED",
                submitted, List.of(SORBONNE, NAIROBI, CAPE_TOWN));
        long withoutZaId = ProposalRows.insert(code, "member", withoutZa, "Forests and rivers", "SUBMITTED",
                submitted, List.of(SORBONNE, NAIROBI, SAO_PAULO));
        long draftId = ProposalRows.insert(code, "member", draft, "An unfinished draft", "DRAFT", null,
                List.of(SORBONNE, CAPE_TOWN));
        long laterDraftId = ProposalRows.insert(later, "member", laterDraft, "A draft for later", "DRAFT", null, List.of(SORBONNE));
        // without a South African partner: the South African contact sees nothing of the later call
        long laterSubmittedId = ProposalRows.insert(later, "member", "EARLY" + suffix, "Submitted before its deadline",
                "SUBMITTED", Instant.now(), List.of(SORBONNE, NAIROBI, SAO_PAULO));

        try (Browser officer = new Browser(); Browser member = new Browser(); Browser contact = new Browser()) {
            officer.logInToDashboard("officer");
            officer.open("/app/proposals/screening.xhtml?id=" + laterSubmittedId);
            assertThat(officer.waitFor(By.id("screening-pending")).getText())
                    .as("before the deadline nobody screens").isNotBlank();
            assertThat(officer.driver().findElements(By.id("screening-form"))).isEmpty();
            member.logInToDashboard("member");
            contact.logInToDashboard("contact");
            assertThat(member.waitFor(By.cssSelector("#work-list li[data-kind='proposal.draft'][data-reference='"
                    + laterDraftId + "']")).getText()).as("a member's drafts with their deadlines")
                    .contains(laterDraft).contains(later).contains(Bundles.text("en", "countdown.days").replace("{0,number,integer}", "29"));
            member.screenshot("proposals-dashboard-member");

            waitUntil(deadline.plusSeconds(2));

            // The officer's list of the call: every proposal, the drafts included
            officer.open("/app/proposals/list.xhtml?call=" + code);
            officer.waitForText(By.id("proposals-form:proposals"),
                    t -> t.contains(withZa) && t.contains(withoutZa) && t.contains(draft));
            assertThat(officer.driver().findElement(By.id("proposals-form:filter-call_label")).getText()).isEqualTo(code);
            assertThat(callChoices(officer)).as("the calls with proposals, not a published call without any")
                    .contains(code, later).doesNotContain("STI-2026-HLTH-01");

            // Charts of the submitted proposals, with their numbers as tables
            String byCountry = officer.waitFor(By.id("chart-country-table")).getText();
            assertThat(byCountry).contains("France", "Kenya", "South Africa", "Brazil");
            assertThat(rowOf(officer, "chart-country-table", "France")).as("two proposals, 2 × €200,000")
                    .contains("2").contains("€400,000.00");
            assertThat(rowOf(officer, "chart-country-table", "South Africa")).as("ZAR 1,000,000 at the demo rate")
                    .contains("€49,000.00");
            assertThat(officer.waitFor(By.id("chart-group-table")).getText())
                    .contains(Bundles.text("en", "incomeGroup.HIGH"));
            officer.screenshot("proposals-list-officer");
            ((JavascriptExecutor) officer.driver()).executeScript("document.getElementById('charts').scrollIntoView()");
            officer.screenshot("proposals-charts-officer");

            // Filtered by status, and the exports hold exactly the filtered rows
            officer.choose("proposals-form:filter-status", Bundles.text("en", "ProposalStatus.SUBMITTED"));
            officer.waitForText(By.id("proposals-form:proposals"),
                    t -> t.contains(withZa) && t.contains(withoutZa) && !t.contains(draft));
            String csvLink = officer.waitFor(By.id("proposals-form:export-csv")).getAttribute("href");
            assertThat(csvLink).contains("call=" + code).contains("status=SUBMITTED");
            String csv = new String(officer.download(csvLink), StandardCharsets.UTF_8);
            List<String> lines = csv.lines().toList();
            assertThat(lines).as("a header and the two submitted proposals").hasSize(3);
            assertThat(lines.get(0)).contains(Bundles.text("en", "proposals.column.acronym"),
                    Bundles.text("en", "proposals.column.requested"));
            assertThat(csv).contains(withZa).contains(withoutZa).doesNotContain(draft)
                    .contains("Water for growing cities").contains(Bundles.text("en", "ProposalStatus.SUBMITTED"));
            assertThat(lines.stream().filter(l -> l.contains(withZa)).findFirst().orElseThrow())
                    .as("partners, countries and the request in euros").contains(",3,").contains("France, Kenya, South Africa")
                    .contains("349000.00").as("the countries' codes in a column of their own").endsWith(",\"FR, KE, ZA\"");

            Map<String, String> workbook = unzip(officer.download(
                    officer.driver().findElement(By.id("proposals-form:export-xlsx")).getAttribute("href")));
            assertThat(workbook).as("an Excel workbook").containsKey("xl/workbook.xml");
            assertThat(workbook.get("xl/worksheets/sheet1.xml")).contains(withZa).contains(withoutZa)
                    .doesNotContain(draft);

            byte[] pdf = officer.download(officer.driver().findElement(By.id("proposals-form:export-pdf"))
                    .getAttribute("href"));
            assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            Path saved = TestEnvironment.buildDirectory().resolve("screenshots").resolve("proposals-export.pdf");
            Files.createDirectories(saved.getParent());
            Files.write(saved, pdf);
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertThat(new PDFTextStripper().getText(document)).contains(withZa).contains(withoutZa)
                        .doesNotContain(draft).contains(Bundles.text("en", "proposals.list.title"));
            }

            // Filtered by partner country too; the list's link brings the same filters back
            officer.choose("proposals-form:filter-country", "South Africa");
            officer.waitForText(By.id("proposals-form:proposals"), t -> t.contains(withZa) && !t.contains(withoutZa));
            String link = officer.waitFor(By.id("proposals-form:list-link")).getAttribute("href");
            assertThat(link).contains("call=" + code).contains("status=SUBMITTED").contains("country=ZA");
            officer.driver().get(link);
            officer.waitForText(By.id("proposals-form:proposals"), t -> t.contains(withZa) && !t.contains(withoutZa)
                    && !t.contains(draft));
            assertThat(officer.driver().findElement(By.id("proposals-form:filter-country_label")).getText())
                    .isEqualTo("South Africa");

            // The officer's home lists the screening to do, by call, once the deadline has passed
            officer.open("/app/dashboard.xhtml");
            WebElement toScreen = officer.waitFor(By.cssSelector(
                    "#work-list li[data-kind='proposal.screen'][data-reference='" + code + "']"));
            assertThat(toScreen.getText()).as("the call's submitted proposals, deadline passed")
                    .contains("2 submitted proposals to screen");
            assertThat(toScreen.findElement(By.tagName("a")).getAttribute("href"))
                    .endsWith("/app/proposals/list.xhtml?status=SUBMITTED&call=" + code);
            assertThat(officer.driver().findElements(By.cssSelector(
                    "#work-list li[data-kind='proposal.screen'][data-reference='" + later + "']")))
                    .as("no screening before a deadline").isEmpty();
            officer.open("/app/calls/view.xhtml?code=" + code);
            assertThat(officer.waitFor(By.id("call-proposals")).getText())
                    .isEqualTo(Bundles.text("en", "call.proposals").replace("{0}", "3"));

            // Screening: ineligible needs reasons; the coordinator reads them
            officer.open("/app/proposals/list.xhtml?call=" + code);
            officer.waitFor(By.id("screen-" + withZaId)).click();
            officer.waitFor(By.id("screening-form"));
            decide(officer, false);
            officer.driver().findElement(By.id("screening-form:screening-save")).click();
            officer.waitForText(By.id("screening-form"),
                    t -> t.contains(Bundles.text("en", "rule.proposal.reasonsRequired")));
            String reasons = "The Kenyan partner's request exceeds what the common fund allows.";
            officer.driver().findElement(By.id("screening-form:screening-reasons")).sendKeys(reasons);
            officer.driver().findElement(By.id("screening-form:screening-save")).click();
            officer.waitForText(By.id("screening-status"),
                    t -> t.equals(Bundles.text("en", "ProposalStatus.INELIGIBLE")));
            assertThat(officer.driver().findElement(By.id("screening-reasons-text")).getText()).isEqualTo(reasons);
            assertThat(officer.driver().findElement(By.id("proposal-status")).getText())
                    .isEqualTo(Bundles.text("en", "ProposalStatus.INELIGIBLE"));
            officer.screenshot("proposals-screening-ineligible");

            member.open("/app/proposals/screening.xhtml?id=" + withZaId);
            assertThat(member.waitFor(By.id("screening-status")).getText())
                    .isEqualTo(Bundles.text("en", "ProposalStatus.INELIGIBLE"));
            assertThat(member.driver().findElement(By.id("screening-reasons-text")).getText()).isEqualTo(reasons);
            assertThat(member.driver().findElements(By.id("screening-form"))).as("members do not screen").isEmpty();
            member.screenshot("proposals-screening-member");

            decide(officer, true);
            officer.driver().findElement(By.id("screening-form:screening-save")).click();
            officer.waitForText(By.id("screening-status"), t -> t.equals(Bundles.text("en", "ProposalStatus.ELIGIBLE")));
            member.open("/app/proposals/screening.xhtml?id=" + withZaId);
            assertThat(member.waitFor(By.id("screening-status")).getText())
                    .isEqualTo(Bundles.text("en", "ProposalStatus.ELIGIBLE"));
            assertThat(member.driver().findElements(By.id("screening-reasons-text"))).isEmpty();
            assertThat(Database.single("select screened_by from proposal where id = ?", withZaId)).isEqualTo("officer");

            // The national contact for South Africa: submitted proposals with a South African partner only
            contact.open("/app/dashboard.xhtml");
            assertThat(contact.waitFor(By.cssSelector("#work-list li[data-kind='proposal.country'][data-reference='"
                    + code + "']")).getText()).as("only the proposal with a South African partner")
                    .contains("1 submitted proposal with a partner from your country");
            contact.open("/app/proposals/list.xhtml?call=" + code);
            contact.waitForText(By.id("proposals-form:proposals"), t -> t.contains(withZa));
            assertThat(contact.driver().findElement(By.id("proposals-form:proposals")).getText())
                    .doesNotContain(withoutZa).as("never a draft").doesNotContain(draft);
            assertThat(contact.driver().findElement(By.id("country-notice")).getText()).contains("South Africa");
            assertThat(callChoices(contact)).as("the calls with proposals the contact may see: not the later call's draft")
                    .contains(code).doesNotContain(later);
            assertThat(contact.driver().findElements(By.id("charts-title"))).isEmpty();
            String contactsCsv = new String(contact.download(contact.driver()
                    .findElement(By.id("proposals-form:export-csv")).getAttribute("href")), StandardCharsets.UTF_8);
            assertThat(contactsCsv.lines().toList()).hasSize(2);
            assertThat(contactsCsv).contains(withZa).doesNotContain(withoutZa).doesNotContain(draft);
            contact.screenshot("proposals-list-contact");
            for (long hidden : List.of(withoutZaId, draftId)) {
                contact.open("/app/proposals/screening.xhtml?id=" + hidden);
                assertThat(contact.waitFor(By.id("error-title")).getText())
                        .isEqualTo(Bundles.text("en", "error.404.title"));
            }

            // The same pages in the other languages (screenshots for people to look at)
            for (String language : List.of("fr", "zh", "es")) {
                officer.open("/app/proposals/list.xhtml?call=" + code + "&lang=" + language);
                assertThat(officer.waitFor(By.id("page-title")).getText())
                        .isEqualTo(Bundles.text(language, "proposals.list.title"));
                officer.waitFor(By.id("chart-group-table"));
                officer.screenshot("proposals-list-" + language);
                officer.open("/app/proposals/screening.xhtml?id=" + withZaId);
                assertThat(officer.waitFor(By.id("screening-title")).getText())
                        .isEqualTo(Bundles.text(language, "screening.title"));
                officer.screenshot("proposals-screening-" + language);
            }
        }
    }

    static void createAndOpen(String token, String code, Instant deadline) {
        String json = """
                {"code": "%s", "title": "Proposals journey %s", "summary": "A call for the officers' journey.",
                 "themes": ["WATER"], "opensAt": "%s", "deadline": "%s", "commonFundEur": 500000,
                 "minPartners": 3, "minCountries": 2, "developingPartnerRequired": true,
                 "coordinatorCountryFunds": true, "maxDurationMonths": 36,
                 "commitments": [{"agencyId": %d, "amount": 1000000}, {"agencyId": %d, "amount": 20000000}]}"""
                .formatted(code, code, Instant.now().minusSeconds(5), deadline, Database.agencyId("FR", "ANR"),
                        Database.agencyId("ZA", "NRF"));
        HttpResponse<String> created = Http.send("POST", "/api/v1/calls", token, json);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        HttpResponse<String> opened = Http.send("POST", "/api/v1/calls/" + code + "/open", token, null, "If-Match",
                created.headers().firstValue("ETag").orElseThrow());
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
    }

    private static void waitUntil(Instant instant) throws InterruptedException {
        long millis = Duration.between(Instant.now(), instant).toMillis();
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }

    /** The row of a figures table whose heading cell is {@code heading}, as text. */
    /** The values the list's call filter offers (its select's options; the first, "any", has none). */
    private static List<String> callChoices(Browser browser) {
        return browser.driver().findElements(By.cssSelector("select[id='proposals-form:filter-call_input'] option"))
                .stream().map(option -> option.getAttribute("value")).toList();
    }

        private static String rowOf(Browser browser, String tableId, String heading) {
        return browser.driver().findElements(By.cssSelector("#" + tableId + " tbody tr")).stream()
                .map(WebElement::getText).filter(t -> t.startsWith(heading)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + heading + " in " + tableId));
    }

    private static void decide(Browser browser, boolean eligible) {
        browser.waitFor(By.cssSelector("label[for='screening-form:screening-decision:" + (eligible ? 0 : 1) + "']"))
                .click();
    }

    /** A file the browser's session may download, fetched over HTTP with its session cookie. */
    /** The parts of a workbook, read through the zip's central directory (as spreadsheet programs do). */
    private static Map<String, String> unzip(byte[] bytes) throws IOException {
        Path file = Files.createTempFile(TestEnvironment.buildDirectory(), "proposals-", ".xlsx");
        Files.write(file, bytes);
        Map<String, String> entries = new HashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                entries.put(entry.getName(), new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
            }
        } finally {
            Files.delete(file);
        }
        return entries;
    }
}

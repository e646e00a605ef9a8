package org.scicoop.secretariat.it.call;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.scicoop.secretariat.it.support.Browser;
import org.scicoop.secretariat.it.support.Bundles;
import org.scicoop.secretariat.it.support.DeployedApplication;
import org.scicoop.secretariat.it.support.Http;
import org.scicoop.secretariat.it.support.KeycloakTokens;
import org.scicoop.secretariat.it.support.TestEnvironment;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Officers export the filtered list of calls as a PDF that shows Chinese text. */
class CallsPdfExportIT extends DeployedApplication {

    @Test
    void anOfficerReadingChineseExportsOnlyTheFilteredCallsAsAPdfWithChineseText() throws Exception {
        String suffix = String.valueOf(System.currentTimeMillis() % 100000);
        String chinese = "PDF-CN-" + suffix;
        String other = "PDF-EN-" + suffix;
        String chineseTitle = "水资源与气候适应联合研究征集";
        String token = KeycloakTokens.accessToken("officer", "demo");
        assertThat(Http.send("POST", "/api/v1/calls", token, call(chinese, chineseTitle, "WATER")).statusCode())
                .isEqualTo(201);
        assertThat(Http.send("POST", "/api/v1/calls", token, call(other, "Forests of the Andes", "BIODIVERSITY"))
                .statusCode()).isEqualTo(201);

        try (Browser officer = new Browser()) {
            officer.logInToDashboard("officer");
            officer.open("/app/calls/index.xhtml?lang=zh");
            assertThat(officer.waitFor(By.id("calls-form:export-pdf")).getText())
                    .isEqualTo(Bundles.text("zh", "calls.export.pdf"));
            officer.choose("calls-form:filter-status", Bundles.text("zh", "CallStatus.DRAFT"));
            officer.choose("calls-form:filter-theme", "水资源");
            officer.waitForText(By.id("calls-form:calls"), text -> text.contains(chinese) && !text.contains(other));
            officer.screenshot("calls-list-zh-filtered");
            String href = officer.waitFor(By.id("calls-form:export-pdf")).getAttribute("href");
            assertThat(href).contains("format=pdf").contains("status=DRAFT").contains("theme=WATER");

            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(href + "&lang=zh"))
                            .header("Cookie", "JSESSIONID=" + officer.driver().manage().getCookieNamed("JSESSIONID").getValue())
                            .timeout(Duration.ofSeconds(60))
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
            assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                    d -> assertThat(d).contains(".pdf"));
            Path saved = TestEnvironment.buildDirectory().resolve("screenshots").resolve("calls-export-zh.pdf");
            Files.createDirectories(saved.getParent());
            Files.write(saved, response.body()); // for people to look at, beside the screenshots
            try (PDDocument pdf = Loader.loadPDF(response.body())) {
                String text = new PDFTextStripper().getText(pdf);
                assertThat(text).contains(chinese).contains(chineseTitle).contains("水资源")
                        .contains(Bundles.text("zh", "CallStatus.DRAFT"))
                        .doesNotContain(other)
                        .doesNotContain("STI-2026-CLIM-01").doesNotContain("STI-2027-ENER-01")
                        .contains(Bundles.text("zh", "calls.public.title"))
                        .as("the heading names the filters").contains(Bundles.text("zh", "calls.filter.status") + "："
                                + Bundles.text("zh", "CallStatus.DRAFT"), Bundles.text("zh", "calls.filter.theme") + "：水资源");
                for (String key : new String[]{"calls.column.code", "calls.column.title", "calls.filter.status",
                        "call.opens", "call.deadline", "calls.filter.theme"}) {
                    assertThat(text).contains(Bundles.text("zh", key));
                }
                assertThat(text).as("page numbers").contains("第 1 页");
                assertThat(text).as("labels, not codes").doesNotContain("WATER");
                for (PDPage page : pdf.getPages()) {
                    for (var name : page.getResources().getFontNames()) {
                        PDFont font = page.getResources().getFont(name);
                        assertThat(font.isEmbedded()).as("font %s is embedded", font.getName()).isTrue();
                    }
                }
            }

            // the same list as a spreadsheet in French: states and themes in words, the codes in a column of their own
            HttpResponse<String> csv = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(href.replace("format=pdf", "format=csv") + "&lang=fr"))
                            .header("Cookie", "JSESSIONID=" + officer.driver().manage().getCookieNamed("JSESSIONID").getValue())
                            .timeout(Duration.ofSeconds(60))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(csv.statusCode()).isEqualTo(200);
            List<String> lines = csv.body().lines().toList();
            assertThat(lines).as("the filtered drafts only (other tests add drafts on water)").noneMatch(line -> line.contains(other));
            assertThat(lines.get(0)).isEqualTo("\uFEFF" + String.join(",", Bundles.text("fr", "calls.column.code"),
                    Bundles.text("fr", "calls.column.title"), Bundles.text("fr", "calls.filter.status"),
                    Bundles.text("fr", "call.opens"), Bundles.text("fr", "call.deadline"),
                    Bundles.text("fr", "calls.filter.theme"), Bundles.text("fr", "calls.column.themeCodes")));
            assertThat(lines.stream().filter(line -> line.startsWith(chinese + ",")).findFirst().orElseThrow())
                    .startsWith(chinese + "," + chineseTitle + "," + Bundles.text("fr", "CallState.DRAFT") + ",")
                    .endsWith(",Ressources en eau,WATER");
        }
    }

    private static String call(String code, String title, String theme) {
        return "{\"code\": \"" + code + "\", \"title\": \"" + title + "\", \"summary\": \"s\", \"themes\": [\"" + theme
                + "\"], \"opensAt\": \"" + Instant.now().plus(Duration.ofDays(10)) + "\", \"deadline\": \""
                + Instant.now().plus(Duration.ofDays(100)) + "\", \"commonFundEur\": 1000, \"minPartners\": 3,"
                + " \"minCountries\": 2, \"developingPartnerRequired\": true, \"coordinatorCountryFunds\": true,"
                + " \"maxDurationMonths\": 36, \"commitments\": []}";
    }
}

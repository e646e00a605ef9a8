package org.scicoop.secretariat.it.call;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.scicoop.secretariat.it.support.Browser;
import org.scicoop.secretariat.it.support.Bundles;
import org.scicoop.secretariat.it.support.DeployedApplication;
import org.scicoop.secretariat.it.support.KeycloakTokens;
import org.scicoop.secretariat.it.support.TestEnvironment;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scicoop.secretariat.it.support.Pdfs.pdf;

/** An officer adds a call's documents in the browser; anyone then downloads them from the call's public page. */
class CallDocumentsJourneyIT extends DeployedApplication {

    @Test
    void anOfficerUploadsAPdfAFakeOneIsRefusedAndAVisitorDownloadsTheRealOne() throws IOException {
        String officerToken = KeycloakTokens.accessToken("officer", "demo");
        String code = CallDocuments.open(officerToken,
                CallDocuments.draft(officerToken, CallDocuments.newCode("STI-2027-DOCS")));
        Path folder = Files.createTempDirectory(TestEnvironment.buildDirectory(), "documents-");
        byte[] guide = pdf("Guide for applicants");
        Path realPdf = Files.write(folder.resolve("Guide for applicants.pdf"), guide);
        Path fakePdf = Files.writeString(folder.resolve("x.pdf"), "Plain text pretending to be a PDF.",
                StandardCharsets.UTF_8);

        try (Browser officer = new Browser()) {
            officer.logInToDashboard("officer");
            officer.open("/app/calls/view.xhtml?code=" + code);
            assertThat(officer.waitFor(By.id("documents-empty")).getText())
                    .isEqualTo(Bundles.text("en", "documents.empty.officer"));
            assertThat(officer.driver().findElement(By.id("documents-rule")).getText()).contains("10 MB", "20");

            officer.waitFor(By.id("upload-form:document-title")).sendKeys("Guide for applicants");
            officer.choose("upload-form:document-kind", Bundles.text("en", "DocumentKind.GUIDE"));
            fileInput(officer).sendKeys(realPdf.toAbsolutePath().toString());
            officer.driver().findElement(By.id("upload-form:upload-document")).click();

            officer.waitForText(By.id("call-documents"), text -> text.contains("Guide for applicants"));
            assertThat(officer.driver().findElement(By.id("call-documents")).getText())
                    .contains(Bundles.text("en", "DocumentKind.GUIDE"))
                    .contains("Guide-for-applicants.pdf")
                    .as("who added it, by name").contains("Wei Li");
            officer.screenshot("call-documents-uploaded");

            officer.waitFor(By.id("upload-form:document-title")).sendKeys("Not really a PDF");
            fileInput(officer).sendKeys(fakePdf.toAbsolutePath().toString());
            officer.driver().findElement(By.id("upload-form:upload-document")).click();

            officer.waitForText(By.id("upload-form:document-file-message"),
                    text -> text.equals(Bundles.text("en", "rule.document.notPdf")));
            officer.screenshot("call-documents-fake-refused");
            assertThat(officer.driver().findElement(By.id("upload-form:document-title")).getAttribute("value"))
                    .as("nothing typed is lost").isEqualTo("Not really a PDF");
            assertThat(officer.driver().findElements(By.cssSelector("#call-documents tbody tr"))).hasSize(1);
        }

        try (Browser visitor = new Browser()) {
            visitor.open("/call.xhtml?code=" + code);
            WebElement link = visitor.waitFor(By.cssSelector("#call-documents a.sc-document-link"));
            assertThat(link.getText()).isEqualTo("Guide for applicants");
            assertThat(visitor.driver().findElement(By.id("call-documents")).getText())
                    .contains(Bundles.text("en", "DocumentKind.GUIDE"));
            visitor.screenshot("call-documents-public");

            String href = URI.create(link.getAttribute("href")).getRawPath();
            HttpResponse<byte[]> download = CallDocuments.download(href);

            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.body()).isEqualTo(guide);
            assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
            assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                    d -> assertThat(d).startsWith("attachment;").contains("Guide-for-applicants.pdf"));
            assertThat(download.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
            assertThat(visitor.driver().manage().getCookieNamed("JSESSIONID")).isNull();
        }
    }

    @Test
    void anOfficerRemovesADocumentAfterConfirming() {
        String officerToken = KeycloakTokens.accessToken("officer", "demo");
        String code = CallDocuments.draft(officerToken, CallDocuments.newCode("STI-2027-DOCR"));
        CallDocuments.upload(officerToken, code, "Template for the budget", "TEMPLATE", "budget.pdf",
                pdf("Budget template"));

        try (Browser officer = new Browser()) {
            officer.logInToDashboard("officer");
            officer.open("/app/calls/view.xhtml?code=" + code);
            assertThat(officer.waitFor(By.id("call-documents")).getText()).contains("Template for the budget");

            officer.driver().findElement(By.cssSelector("#call-documents button[id$='remove-document']")).click();
            officer.waitFor(By.cssSelector(".ui-confirmdialog-yes")).click();

            officer.waitForText(By.id("documents-empty"), text -> text.equals(Bundles.text("en", "documents.empty.officer")));
            officer.waitForText(By.id("call-history"), text -> text.contains("Template for the budget"));
        }
    }

    private static WebElement fileInput(Browser browser) {
        return browser.driver().findElement(By.cssSelector("#upload-form input[type='file']"));
    }
}

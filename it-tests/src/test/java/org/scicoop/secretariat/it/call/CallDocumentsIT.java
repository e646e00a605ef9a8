package org.scicoop.secretariat.it.call;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.scicoop.secretariat.it.support.Bundles;
import org.scicoop.secretariat.it.support.Database;
import org.scicoop.secretariat.it.support.DeployedApplication;
import org.scicoop.secretariat.it.support.Http;
import org.scicoop.secretariat.it.support.Json;
import org.scicoop.secretariat.it.support.Pdfs;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scicoop.secretariat.it.call.CallDocuments.download;
import static org.scicoop.secretariat.it.call.CallDocuments.upload;
import static org.scicoop.secretariat.it.support.Pdfs.pdf;
import static org.scicoop.secretariat.it.support.KeycloakTokens.demoToken;

/** Call documents through the API and the public download address: who may add, who may read, which headers. */
class CallDocumentsIT extends DeployedApplication {

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void aDraftsDocumentIsForTheSecretariatOnly() throws Exception {
        String code = CallDocuments.draft(demoToken("officer"), CallDocuments.newCode("IT-DOC"));
        byte[] guide = pdf("Guide for applicants");

        HttpResponse<String> added = upload(demoToken("officer"), code, "Guide for applicants", "GUIDE", "Guide 2027.pdf", guide);

        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(added.body()).contains("\"title\":\"Guide for applicants\"").contains("\"kind\":\"GUIDE\"")
                .contains("\"fileName\":\"Guide-2027.pdf\"").contains("\"size\":" + guide.length)
                .contains("\"sha256\":\"" + sha256(guide) + "\"").contains("\"uploadedBy\":\"officer\"")
                .doesNotContain("publicHref");
        String id = Json.text(added.body(), "documents[0].id");
        assertThat(added.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/calls/" + code + "/documents/" + id));

        assertThat(download("/documents/" + code + "/" + id + "/Guide-2027.pdf").statusCode())
                .as("the public").isEqualTo(404);
        assertThat(Http.getWithToken("/api/v1/calls/" + code + "/documents/" + id, demoToken("member")).statusCode())
                .as("a consortium member").isEqualTo(404);
        assertThat(Http.getWithToken("/api/v1/calls/" + code + "/documents/" + id, demoToken("reviewer")).statusCode())
                .as("a reviewer: an external expert, who never sees drafts").isEqualTo(404);
        HttpResponse<byte[]> forAdmin = download("/api/v1/calls/" + code + "/documents/" + id,
                "Authorization", "Bearer " + demoToken("admin"));
        assertThat(forAdmin.statusCode()).isEqualTo(200);
        assertThat(forAdmin.body()).isEqualTo(guide);
        assertThat(forAdmin.headers().firstValue("Content-Type")).hasValue("application/pdf");
    }

    @Test
    void onlyOfficersAddDocuments() {
        String code = CallDocuments.draft(demoToken("officer"), CallDocuments.newCode("IT-DOC"));

        HttpResponse<String> refused = upload(demoToken("member"), code, "Guide", "GUIDE", "guide.pdf", pdf("member"));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(Http.getWithToken("/api/v1/calls/" + code, demoToken("officer")).body()).contains("\"documents\":[]");
    }

    @Test
    void aFileNamedPdfThatIsNotOneIsRefusedWithTheReasonInTheCallersLanguage() {
        String code = CallDocuments.draft(demoToken("officer"), CallDocuments.newCode("IT-DOC"));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

        HttpResponse<String> image = upload(demoToken("officer"), code, "Call text", "CALL_TEXT", "call.pdf", png,
                "Accept-Language", "fr");
        HttpResponse<String> text = upload(demoToken("officer"), code, "Call text", "CALL_TEXT", "call.pdf",
                "Just some text".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> broken = upload(demoToken("officer"), code, "Call text", "CALL_TEXT", "call.pdf",
                "%PDF-1.7\nbroken".getBytes(StandardCharsets.US_ASCII));

        assertThat(image.statusCode()).isEqualTo(422);
        assertThat(image.body()).contains("\"code\":\"rule.document.notPdf\"")
                .contains(Bundles.text("fr", "rule.document.notPdf"));
        assertThat(text.body()).contains("\"code\":\"rule.document.notPdf\"");
        assertThat(broken.body()).contains("\"code\":\"rule.document.unreadable\"");
        assertThat(Http.getWithToken("/api/v1/calls/" + code, demoToken("officer")).body()).contains("\"documents\":[]");
    }

    @Test
    void aFileOverTenMegabytesIsRefused() {
        String code = CallDocuments.draft(demoToken("officer"), CallDocuments.newCode("IT-DOC"));
        byte[] large = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, large, 0, 8);

        HttpResponse<String> refused = upload(demoToken("officer"), code, "Huge", "OTHER", "huge.pdf", large);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("\"code\":\"rule.document.tooLarge\"").contains("10 MB");
    }

    @Test
    void anyoneDownloadsAnOpenCallsDocumentWithSafeHeadersAndNoSession() throws Exception {
        String code = CallDocuments.open(demoToken("officer"), CallDocuments.draft(demoToken("officer"), CallDocuments.newCode("IT-DOC")));
        byte[] callText = pdf("Call text");
        HttpResponse<String> added = upload(demoToken("officer"), code, "Call text", "CALL_TEXT", "Call text.pdf", callText);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        String publicHref = Json.text(added.body(), "documents[0].publicHref");
        assertThat(publicHref).startsWith("/documents/" + code + "/").endsWith("/Call-text.pdf");

        HttpResponse<byte[]> response = download(publicHref);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(callText);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"Call-text.pdf\"; filename*=UTF-8''Call-text.pdf");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        String etag = "\"" + sha256(callText) + "\"";
        assertThat(response.headers().firstValue("ETag")).hasValue(etag);
        assertThat(response.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));

        HttpResponse<byte[]> again = download(publicHref, "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();

        String page = Http.get("/call.xhtml?code=" + code).body();
        assertThat(page).contains("href=\"" + publicHref + "\"").contains("Call text")
                .contains(Bundles.text("en", "DocumentKind.CALL_TEXT"));
        assertThat(Http.getWithToken("/api/v1/calls/" + code, demoToken("member")).body()).contains(publicHref);
    }

    @Test
    void aDocumentOfManySlicesStreamsWholeWithItsLengthToThePublicAndTheApi() throws Exception {
        String officer = demoToken("officer");
        String code = CallDocuments.open(officer, CallDocuments.draft(officer, CallDocuments.newCode("IT-DOC")));
        byte[] guide = Pdfs.ofSize(5 * 1024 * 1024 + 4321); // eleven slices of 512 KB, the last one short
        HttpResponse<String> added = upload(officer, code, "Guide", "GUIDE", "guide.pdf", guide);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        String publicHref = Json.text(added.body(), "documents[0].publicHref");
        String id = Json.text(added.body(), "documents[0].id");

        for (HttpResponse<byte[]> response : List.of(download(publicHref),
                download("/api/v1/calls/" + code + "/documents/" + id, "Authorization", "Bearer " + demoToken("member")))) {
            assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Length")).as(response.uri().toString())
                    .hasValue(String.valueOf(guide.length));
            assertThat(sha256(response.body())).as(response.uri().toString()).isEqualTo(sha256(guide));
            assertThat(response.headers().firstValue("ETag")).hasValue("\"" + sha256(guide) + "\"");
            assertThat(response.headers().firstValue("Content-Disposition"))
                    .hasValue("attachment; filename=\"guide.pdf\"; filename*=UTF-8''guide.pdf");
        }
        assertThat(download("/api/v1/calls/" + code + "/documents/" + id, "Authorization",
                "Bearer " + demoToken("member"), "If-None-Match", "\"" + sha256(guide) + "\"").statusCode())
                .isEqualTo(304);
    }

    @Test
    void aRemovedDocumentIsGoneForEveryoneAndACancelledCallsDocumentsStayAsTheyWere() {
        String code = CallDocuments.open(demoToken("officer"), CallDocuments.draft(demoToken("officer"), CallDocuments.newCode("IT-DOC")));
        String kept = Json.text(upload(demoToken("officer"), code, "Call text", "CALL_TEXT", "text.pdf", pdf("kept")).body(),
                "documents[0].publicHref");
        HttpResponse<String> second = upload(demoToken("officer"), code, "FAQ", "FAQ", "faq.pdf", pdf("faq"));
        Optional<JsonObject> faq = Json.objects(second.body(), "documents").stream()
                .filter(document -> document.getString("fileName").equals("faq.pdf")).findFirst();
        assertThat(faq).as(second.body()).isPresent();
        String faqHref = faq.get().getString("publicHref");
        String faqId = faq.get().get("id").toString();

        HttpResponse<String> removed = Http.send("DELETE", "/api/v1/calls/" + code + "/documents/" + faqId,
                demoToken("officer"), null, "If-Match", Http.etag("/api/v1/calls/" + code, demoToken("officer")));

        assertThat(removed.statusCode()).isEqualTo(200);
        assertThat(download(faqHref).statusCode()).isEqualTo(404);
        assertThat(download(kept).statusCode()).isEqualTo(200);

        Http.send("POST", "/api/v1/calls/" + code + "/cancel", demoToken("officer"), "{\"reason\": \"Budget withdrawn\"}",
                "If-Match", Http.etag("/api/v1/calls/" + code, demoToken("officer")));
        HttpResponse<String> late = upload(demoToken("officer"), code, "Late", "OTHER", "late.pdf", pdf("late"));
        assertThat(late.statusCode()).isEqualTo(422);
        assertThat(late.body()).contains("\"code\":\"rule.call.documentsFrozen\"");
        assertThat(download(kept).statusCode()).as("still published, documents kept").isEqualTo(200);
    }

    @Test
    void theSameFileTwiceIsRefused() {
        String code = CallDocuments.draft(demoToken("officer"), CallDocuments.newCode("IT-DOC"));
        byte[] guide = pdf("twice");
        upload(demoToken("officer"), code, "Guide", "GUIDE", "guide.pdf", guide);

        HttpResponse<String> again = upload(demoToken("officer"), code, "Guide again", "GUIDE", "guide.pdf", guide);

        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.body()).contains("\"code\":\"rule.call.documentDuplicate\"");
    }

    @Test
    void theSameNewFileUploadedToSeveralCallsAtOnceIsStoredOnceAndEveryUploadSucceeds() throws Exception {
        String officer = demoToken("officer");
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            codes.add(CallDocuments.draft(officer, CallDocuments.newCode("IT-SAME")));
        }
        ExecutorService pool = Executors.newFixedThreadPool(codes.size());
        try {
            for (int round = 0; round < 3; round++) {
                byte[] template = pdf("The same template, round " + round + " of " + codes.get(0));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<HttpResponse<String>>> uploads = new ArrayList<>();
                for (String code : codes) {
                    uploads.add(pool.submit(() -> {
                        start.await();
                        return upload(officer, code, "Template " + code, "TEMPLATE", "template.pdf", template);
                    }));
                }
                start.countDown();
                for (Future<HttpResponse<String>> upload : uploads) {
                    HttpResponse<String> answer = upload.get(2, TimeUnit.MINUTES);
                    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
                    assertThat(answer.body()).contains("\"sha256\":\"" + sha256(template) + "\"");
                }
            }
        } finally {
            pool.shutdownNow();
        }
        for (String code : codes) {
            assertThat(Json.objects(Http.getWithToken("/api/v1/calls/" + code, officer).body(), "documents"))
                    .as(code).hasSize(3);
        }
    }

    @Test
    void aHeadOfADownloadAnswersTheHeadersWithoutReadingTheFile() throws Exception {
        String officer = demoToken("officer");
        String code = CallDocuments.open(officer, CallDocuments.draft(officer, CallDocuments.newCode("IT-DOC")));
        byte[] guide = Pdfs.ofSize(2 * 1024 * 1024 + 7);
        String sha256 = sha256(guide);
        // kept in the database (as before the file directory) so that its bytes can be broken behind the server's back
        Database.update("insert into stored_file (sha256, size_bytes, bytes, created_at) values (?, ?, ?, now())",
                sha256, (long) guide.length, guide);
        HttpResponse<String> added = upload(officer, code, "Guide", "GUIDE", "guide.pdf", guide);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        String publicHref = Json.text(added.body(), "documents[0].publicHref");
        Database.update("update stored_file set bytes = substring(bytes from 1 for 1000) where sha256 = ?", sha256);

        String apiHref = Json.text(added.body(), "documents[0].href");

        // the download servlet's link and the API's address (web.api.HeadAnswers) alike
        for (HttpResponse<String> head : List.of(Http.send("HEAD", publicHref, null, null),
                Http.send("HEAD", apiHref, officer, null, "Accept", "application/pdf"))) {
            assertThat(head.statusCode()).as("%s answered without reading the now broken bytes", head.uri())
                    .isEqualTo(200);
            assertThat(head.headers().firstValue("Content-Length")).hasValue(String.valueOf(guide.length));
            assertThat(head.headers().firstValue("ETag")).hasValue("\"" + sha256 + "\"");
            assertThat(head.headers().firstValue("Content-Type")).hasValue("application/pdf");
            assertThat(head.body()).isEmpty();
        }
        boolean whole;
        try {
            HttpResponse<byte[]> get = download(publicHref);
            whole = get.statusCode() == 200 && get.body().length == guide.length;
        } catch (RuntimeException broken) {
            whole = false;
        }
        assertThat(whole).as("a GET reads the bytes and meets the break").isFalse();
    }
}

package org.scicoop.secretariat.it.proposal;

import org.junit.jupiter.api.Test;
import org.scicoop.secretariat.it.call.CallDocuments;
import org.scicoop.secretariat.it.support.Database;
import org.scicoop.secretariat.it.support.DeployedApplication;
import org.scicoop.secretariat.it.support.Http;
import org.scicoop.secretariat.it.support.Json;
import org.scicoop.secretariat.it.support.Pdfs;
import org.scicoop.secretariat.it.support.RawHttp;
import org.scicoop.secretariat.it.support.TestEnvironment;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scicoop.secretariat.it.support.KeycloakTokens.demoToken;
import static org.scicoop.secretariat.it.support.Pdfs.pdf;

/**
 * Uploads stream (issue 16): a body that cannot hold a file within its limit is refused before the server reads it,
 * with the rule a file found too large gets; a file over its limit inside a body that could hold one is refused
 * once its part passes the limit, without the rest of the body; and whatever the outcome, no temporary file is left in the server's temporary directory. The
 * suite runs with a file directory ({@code SECRETARIAT_FILES_DIR} in it-tests/pom.xml): new files' bytes go there,
 * files stored in the database before stay there, and both are read back.
 */
class StreamingUploadsIT extends DeployedApplication {

    private static final long MEGABYTE = 1024 * 1024;
    private static final String MULTIPART = "multipart/form-data; boundary=streaming-upload";

    @Test
    void aBodyTooLongForItsFileIsRefusedBeforeItIsRead() throws IOException {
        String officer = demoToken("officer");
        String code = CallDocuments.draft(officer, CallDocuments.newCode("IT-STREAM"));
        ProposalsApi.Made draft = ProposalsApi.completeDraft("member", ProposalsApi.openCall(), ProposalsApi.SORBONNE,
                List.of(ProposalsApi.TSINGHUA));

        Instant start = Instant.now();
        // 12 MB to a call's documents (10 MB files), 22 MB to a proposal's attachments (20 MB): within the 25 MB a
        // signed-in user's upload body may have, so only the file's own limit refuses them; 64 KB is all that is sent
        String document = RawHttp.declareAndSendOnlyTheStart("POST", "/api/v1/calls/" + code + "/documents", MULTIPART,
                12 * MEGABYTE, "Authorization: Bearer " + officer, "If-Match: \"0\"");
        String attachment = RawHttp.declareAndSendOnlyTheStart("POST", draft.path() + "/attachments", MULTIPART,
                22 * MEGABYTE, "Authorization: Bearer " + demoToken("member"), "If-Match: " + draft.etag());

        assertThat(document).startsWith("HTTP/1.1 422").contains("application/problem+json")
                .contains("\"code\":\"rule.document.tooLarge\"").contains("10 MB");
        assertThat(attachment).startsWith("HTTP/1.1 422").contains("\"code\":\"rule.document.tooLarge\"")
                .contains("20 MB");
        assertThat(Duration.between(start, Instant.now())).as("answered without the rest of the bodies")
                .isLessThan(Duration.ofSeconds(15));
        assertThat(Json.objects(Http.getWithToken(draft.path(), demoToken("member")).body(), "content.attachments"))
                .as("the proposal keeps its one description").hasSize(1);
    }

    @Test
    void aFileOverItsLimitInABodyThatCouldHoldOneIsRefusedOnceItPassesTheLimitWithoutTheRest() throws IOException {
        String officer = demoToken("officer");
        String code = CallDocuments.draft(officer, CallDocuments.newCode("IT-STREAM"));
        byte[] head = ("--streaming-upload\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nHuge\r\n"
                + "--streaming-upload\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nOTHER\r\n"
                + "--streaming-upload\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.7\n").getBytes(StandardCharsets.US_ASCII);

        // the body declares 10.5 MB (room for a 10 MB file and its framing), and only its first 10.2 MB are sent: the
        // file part passes its limit there, and the answer comes without the rest
        String answer = RawHttp.declareAndSendOnlyTheStart("POST", "/api/v1/calls/" + code + "/documents", MULTIPART,
                10 * MEGABYTE + 512 * 1024, Arrays.copyOf(head, (int) (10 * MEGABYTE + 200 * 1024)),
                "Authorization: Bearer " + officer, "If-Match: \"0\"");

        assertThat(answer).startsWith("HTTP/1.1 422").contains("\"code\":\"rule.document.tooLarge\"")
                .contains("10 MB");
    }

    @Test
    void noUploadLeavesATemporaryFileBehindWhateverItsOutcome() throws IOException {
        String officer = demoToken("officer");
        String code = CallDocuments.draft(officer, CallDocuments.newCode("IT-STREAM"));
        byte[] large = new byte[(int) (10 * MEGABYTE) + 1];
        System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, large, 0, 8);

        HttpResponse<String> tooLarge = CallDocuments.upload(officer, code, "Huge", "OTHER", "huge.pdf", large);
        HttpResponse<String> notPdf = CallDocuments.upload(officer, code, "Text", "OTHER", "text.pdf",
                "%PDF-1.7 no PDF at all".getBytes(StandardCharsets.US_ASCII));
        HttpResponse<String> kept = CallDocuments.upload(officer, code, "Guide", "GUIDE", "guide.pdf", pdf("Guide"));

        assertThat(tooLarge.statusCode()).isEqualTo(422);
        assertThat(tooLarge.body()).contains("\"code\":\"rule.document.tooLarge\"");
        assertThat(notPdf.statusCode()).isEqualTo(422);
        assertThat(kept.statusCode()).as(kept.body()).isEqualTo(201);
        assertThat(temporaryUploads()).as("the server's temporary uploads").isEmpty();
    }

    @Test
    void newFilesAreKeptInTheFileDirectoryAndFilesStoredBeforeStayInTheDatabase() throws Exception {
        Path directory = Path.of(System.getenv("SECRETARIAT_FILES_DIR"));
        String officer = demoToken("officer");
        String code = CallDocuments.draft(officer, CallDocuments.newCode("IT-STREAM"));
        byte[] guide = Pdfs.ofSize(1024 * 1024 + 17);
        byte[] earlier = Pdfs.ofSize(700 * 1024 + 3);
        // as a release without the directory stored it: the bytes in the row
        Database.update("insert into stored_file (sha256, size_bytes, bytes, created_at) values (?, ?, ?, now())",
                sha256(earlier), (long) earlier.length, earlier);

        HttpResponse<String> kept = CallDocuments.upload(officer, code, "Guide", "GUIDE", "guide.pdf", guide);
        HttpResponse<String> again = CallDocuments.upload(officer, code, "Earlier", "OTHER", "earlier.pdf", earlier);

        assertThat(kept.statusCode()).as(kept.body()).isEqualTo(201);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
        Path file = directory.resolve(sha256(guide).substring(0, 2)).resolve(sha256(guide));
        assertThat(file).as("the new file, named by its checksum").hasBinaryContent(guide);
        assertThat(Database.single("select bytes is null from stored_file where sha256 = ?", sha256(guide)))
                .as("its row holds no bytes").isEqualTo("t");
        assertThat(directory.resolve(sha256(earlier).substring(0, 2)).resolve(sha256(earlier)))
                .as("the file stored before, not copied").doesNotExist();
        for (int document = 0; document < 2; document++) {
            String id = Json.text(again.body(), "documents[" + document + "].id");
            byte[] sent = Json.text(again.body(), "documents[" + document + "].title").equals("Guide") ? guide : earlier;
            HttpResponse<byte[]> read = Http.getBytes("/api/v1/calls/" + code + "/documents/" + id, officer);
            assertThat(read.statusCode()).isEqualTo(200);
            assertThat(read.body()).as("document " + document + " read back").isEqualTo(sent);
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** What is left in WildFly's temporary directory of the uploads (the run's base directory, see arquillian.xml). */
    private static List<Path> temporaryUploads() throws IOException {
        Path uploads = TestEnvironment.buildDirectory().resolve("wildfly-base/tmp/uploads");
        assertThat(uploads).as("uploads streamed through the server's temporary directory").isDirectory();
        try (Stream<Path> files = Files.list(uploads)) {
            return files.toList();
        }
    }
}

package org.scicoop.secretariat.it.call;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.scicoop.secretariat.it.support.Database;
import org.scicoop.secretariat.it.support.Http;
import org.scicoop.secretariat.it.support.TestEnvironment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the call-document tests share: real PDFs, calls made through the API, multipart uploads, byte downloads. */
final class CallDocuments {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private CallDocuments() {
    }

    /** A one-page PDF with this text on it: each test's file is its own (a call refuses the same file twice). */
    static byte[] pdf(String text) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                content.newLineAtOffset(72, 720);
                content.showText(text + " " + UUID.randomUUID());
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String newCode(String prefix) {
        return prefix + "-" + System.currentTimeMillis() % 100000 + "-" + SEQUENCE.incrementAndGet();
    }

    /** A draft call with a budget, proposals accepted from yesterday for 60 days (once opened). */
    static String draft(String officerToken, String code) {
        String json = """
                {"code": "%s", "title": "Documents for %s", "summary": "A call to test its documents.",
                 "themes": ["WATER"], "opensAt": "%s", "deadline": "%s", "commonFundEur": 0,
                 "minPartners": 3, "minCountries": 2, "developingPartnerRequired": true,
                 "coordinatorCountryFunds": true, "maxDurationMonths": 36,
                 "commitments": [{"agencyId": %d, "amount": 500000}]}""".formatted(code, code,
                Instant.now().minus(1, ChronoUnit.DAYS), Instant.now().plus(60, ChronoUnit.DAYS),
                Database.agencyId("FR", "ANR"));
        HttpResponse<String> created = Http.send("POST", "/api/v1/calls", officerToken, json);
        if (created.statusCode() != 201) {
            throw new AssertionError("could not create " + code + ": " + created.body());
        }
        return code;
    }

    static String open(String officerToken, String code) {
        HttpResponse<String> opened = Http.send("POST", "/api/v1/calls/" + code + "/open", officerToken, null);
        if (opened.statusCode() != 200) {
            throw new AssertionError("could not open " + code + ": " + opened.body());
        }
        return code;
    }

    /** POST /api/v1/calls/{code}/documents as multipart/form-data. */
    static HttpResponse<String> upload(String token, String code, String title, String kind, String fileName,
                                       byte[] bytes, String... headers) {
        String boundary = "----secretariat" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        field(body, boundary, "title", title);
        field(body, boundary, "kind", kind);
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n");
        body.writeBytes(bytes);
        write(body, "\r\n--" + boundary + "--\r\n");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestEnvironment.appUrl()
                        + "/api/v1/calls/" + code + "/documents"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return Http.send(CLIENT, request.build());
    }

    /** A GET whose body is kept as bytes (a PDF), without cookies and without following redirects. */
    static HttpResponse<byte[]> download(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestEnvironment.appUrl() + path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The first value of a JSON field in a flat reading of the body (enough for the ids and links tested). */
    static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\":\"?([^\",}]*)").matcher(json);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static void field(ByteArrayOutputStream body, String boundary, String name, String value) {
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + value + "\r\n");
    }

    private static void write(ByteArrayOutputStream body, String text) {
        body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}

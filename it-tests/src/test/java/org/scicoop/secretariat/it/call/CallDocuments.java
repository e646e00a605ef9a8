package org.scicoop.secretariat.it.call;

import org.scicoop.secretariat.it.support.Database;
import org.scicoop.secretariat.it.support.Http;
import org.scicoop.secretariat.it.support.KeycloakTokens;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** What the call-document tests share: calls made through the API, document uploads and downloads. */
public final class CallDocuments {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private CallDocuments() {
    }

    public static String newCode(String prefix) {
        return prefix + "-" + System.currentTimeMillis() % 100000 + "-" + SEQUENCE.incrementAndGet();
    }

    /** A draft call with a budget, proposals accepted from yesterday for 60 days (once opened). */
    public static String draft(String officerToken, String code) {
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

    public static String open(String officerToken, String code) {
        HttpResponse<String> opened = Http.send("POST", "/api/v1/calls/" + code + "/open", officerToken, null,
                "If-Match", Http.etag("/api/v1/calls/" + code, officerToken));
        if (opened.statusCode() != 200) {
            throw new AssertionError("could not open " + code + ": " + opened.body());
        }
        return code;
    }

    /**
     * POST /api/v1/calls/{code}/documents as multipart/form-data, with If-Match: the call's ETag as the officer
     * read it just before (a client reads what it changes).
     */
    public static HttpResponse<String> upload(String token, String code, String title, String kind, String fileName,
                                       byte[] bytes, String... headers) {
        String[] withVersion = java.util.Arrays.copyOf(headers, headers.length + 2);
        withVersion[headers.length] = "If-Match";
        withVersion[headers.length + 1] = Http.etag("/api/v1/calls/" + code, KeycloakTokens.demoToken("officer"));
        return Http.postFile("/api/v1/calls/" + code + "/documents", token, Map.of("title", title, "kind", kind),
                fileName, bytes, withVersion);
    }

    /** A GET whose body is kept as bytes (a PDF), without a token or cookies. */
    static HttpResponse<byte[]> download(String path, String... headers) {
        return Http.getBytes(path, null, headers);
    }
}

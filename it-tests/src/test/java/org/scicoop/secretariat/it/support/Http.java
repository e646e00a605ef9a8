package org.scicoop.secretariat.it.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/** Plain HTTP calls to the application, without following redirects. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private Http() {
    }

    public static HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    public static HttpResponse<String> send(String method, String path, String token, String json, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json))
                .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    /** A GET whose body is kept as bytes (a PDF, a workbook); {@code token} may be null. */
    public static HttpResponse<byte[]> getBytes(String path, String token, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(CLIENT, request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A POST of multipart/form-data: the text {@code fields}, then the file as {@code application/pdf}. */
    public static HttpResponse<String> postFile(String path, String token, Map<String, String> fields,
                                                String fileName, byte[] bytes, String... headers) {
        String boundary = "----secretariat" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + value + "\r\n"));
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n");
        body.writeBytes(bytes);
        write(body, "\r\n--" + boundary + "--\r\n");
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    private static void write(ByteArrayOutputStream body, String text) {
        body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A path of the application, or a whole address (Keycloak's). */
    private static URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : TestEnvironment.appUrl() + path);
    }

    /** The ETag a GET of a versioned resource answers: what a change of it sends as If-Match. */
    public static String etag(String path, String token) {
        HttpResponse<String> read = getWithToken(path, token);
        return read.headers().firstValue("ETag")
                .orElseThrow(() -> new AssertionError("no ETag for " + path + ": " + read.statusCode() + " " + read.body()));
    }

    public static HttpResponse<String> getWithToken(String path, String token) {
        return get(path, "Authorization", "Bearer " + token, "Accept", "application/json");
    }

    private static HttpResponse<String> send(HttpRequest request) {
        return send(CLIENT, request);
    }

    /** Sends a request, turning the checked exceptions of java.net.http into test failures. */
    public static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        return send(client, request, HttpResponse.BodyHandlers.ofString());
    }

    private static <T> HttpResponse<T> send(HttpClient client, HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return client.send(request, body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package org.scicoop.secretariat.it.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for requests that java.net.http refuses to send: header values with any bytes
 * (a malformed {@code Accept-Language}, a header line of 10,000 characters), any method, any body bytes. One
 * connection per request ({@code Connection: close}); the answer's body is decoded as UTF-8.
 */
public final class RawHttp {

    private static final int TIMEOUT_MILLIS = 60_000;

    /** What came back: the status, the headers (names in lower case, first value) and the body. */
    public record Answer(int status, Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        @Override
        public String toString() {
            String shown = body.length() > 400 ? body.substring(0, 400) + "…" : body;
            return status + " " + headers.getOrDefault("content-type", "") + " " + shown.replace('\n', ' ');
        }
    }

    private RawHttp() {
    }

    /**
     * Declares a body of {@code length} bytes of {@code contentType}, sends only its first 64 KB and answers what the
     * server said within 10 s (the raw response): a server that waited for the whole body would say nothing.
     * {@code headers} are whole header lines ({@code "Authorization: Bearer …"}).
     */
    public static String declareAndSendOnlyTheStart(String method, String path, String contentType, long length,
                                                    String... headers) throws IOException {
        return declareAndSendOnlyTheStart(method, path, contentType, length, new byte[64 * 1024], headers);
    }

    /** As {@link #declareAndSendOnlyTheStart(String, String, String, long, String...)}, sending {@code start} only. */
    public static String declareAndSendOnlyTheStart(String method, String path, String contentType, long length,
                                                    byte[] start, String... headers) throws IOException {
        URI app = URI.create(TestEnvironment.appUrl());
        try (Socket socket = new Socket(app.getHost(), app.getPort())) {
            socket.setSoTimeout(10_000);
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + app.getHost() + ":"
                    + app.getPort() + "\r\nContent-Type: " + contentType + "\r\nAccept: application/json\r\n"
                    + "Content-Length: " + length + "\r\n");
            for (String header : headers) {
                head.append(header).append("\r\n");
            }
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(start);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    answer.write(buffer, 0, n);
                }
            } catch (SocketTimeoutException stillOpen) {
                // what came so far is the answer
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    /** Sends {@code method path} with these headers (name, value, name, value…) and body (may be null). */
    public static Answer exchange(String method, String path, byte[] body, List<String> headers) {
        URI app = URI.create(TestEnvironment.appUrl());
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        write(request, method + " " + path + " HTTP/1.1\r\nHost: " + app.getHost() + ":" + app.getPort()
                + "\r\nConnection: close\r\n");
        for (int i = 0; i + 1 < headers.size(); i += 2) {
            write(request, headers.get(i) + ": ");
            request.writeBytes(headers.get(i + 1).getBytes(StandardCharsets.UTF_8));
            write(request, "\r\n");
        }
        if (body != null) {
            write(request, "Content-Length: " + body.length + "\r\n");
        }
        write(request, "\r\n");
        if (body != null) {
            request.writeBytes(body);
        }
        try (Socket socket = new Socket(app.getHost(), app.getPort())) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request.toByteArray());
                out.flush();
            } catch (IOException refusedWhileSending) {
                // the server may answer (413, 400) and close before it has read everything: read what it said
            }
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("no answer to " + method + " " + path, e);
        }
    }

    public static Answer exchange(String method, String path, byte[] body, String... headers) {
        return exchange(method, path, body, List.of(headers));
    }

    private static Answer read(InputStream in) throws IOException {
        byte[] all = in.readAllBytes();
        int end = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0);
        if (end < 0) {
            throw new IOException("no complete answer: " + new String(all, StandardCharsets.ISO_8859_1));
        }
        String[] lines = new String(all, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.putIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
        }
        byte[] body = java.util.Arrays.copyOfRange(all, end + 4, all.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = unchunk(body);
        }
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] unchunk(byte[] chunked) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = indexOf(chunked, new byte[]{'\r', '\n'}, at);
            if (lineEnd < 0) {
                break;
            }
            String size = new String(chunked, at, lineEnd - at, StandardCharsets.US_ASCII).split(";")[0].trim();
            int length = Integer.parseInt(size, 16);
            if (length == 0) {
                break;
            }
            body.write(chunked, lineEnd + 2, Math.min(length, chunked.length - lineEnd - 2));
            at = lineEnd + 2 + length + 2;
        }
        return body.toByteArray();
    }

    private static int indexOf(byte[] bytes, byte[] part, int from) {
        outer:
        for (int i = from; i <= bytes.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Headers as a mutable list, for adding to. */
    public static List<String> headers(String... namesAndValues) {
        return new ArrayList<>(List.of(namesAndValues));
    }
}

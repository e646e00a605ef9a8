import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The local run's mail catcher (bin/run starts it; DEVELOPMENT ONLY): an SMTP server on localhost that accepts
 * every message and keeps it as an {@code .eml} file, and a read-only web page listing them, newest first.
 * Nothing is relayed. No dependencies: {@code java MailCatcher.java <directory> <smtp-port> <web-port>}.
 * Both servers listen on the loopback address only.
 */
public final class MailCatcher {

    private static final int MAX_MESSAGE_BYTES = 30 * 1024 * 1024;
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private MailCatcher() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: java MailCatcher.java <directory> <smtp-port> <web-port>");
            System.exit(2);
        }
        Path directory = Path.of(args[0]).toAbsolutePath();
        Files.createDirectories(directory);
        int smtpPort = Integer.parseInt(args[1]);
        int webPort = Integer.parseInt(args[2]);
        InetAddress loopback = InetAddress.getLoopbackAddress();

        ServerSocket smtp;
        try {
            smtp = new ServerSocket(smtpPort, 50, loopback);
        } catch (BindException e) {
            System.err.println("Mail catcher: port " + smtpPort + " is in use; not started");
            System.exit(3);
            return;
        }
        try {
            HttpServer web = HttpServer.create(new InetSocketAddress(loopback, webPort), 0);
            web.createContext("/", exchange -> page(exchange, directory));
            web.setExecutor(Executors.newFixedThreadPool(2));
            web.start();
            System.out.println("Mail catcher: web page http://localhost:" + webPort + "/");
        } catch (BindException e) {
            System.err.println("Mail catcher: web port " + webPort + " is in use; the e-mails are only in " + directory);
        }
        System.out.println("Mail catcher: SMTP on localhost:" + smtpPort + ", e-mails kept in " + directory);

        ExecutorService sessions = Executors.newFixedThreadPool(8);
        while (true) {
            Socket client = smtp.accept();
            sessions.submit(() -> {
                try (client) {
                    client.setSoTimeout(60_000);
                    new SmtpSession(client, directory).run();
                } catch (IOException | RuntimeException e) {
                    System.err.println("Mail catcher: SMTP session ended: " + e);
                }
            });
        }
    }

    /** Just enough SMTP (RFC 5321) for Keycloak and Jakarta Mail: no authentication, no TLS, no relaying. */
    private static final class SmtpSession {
        private final InputStream in;
        private final OutputStream out;
        private final Path directory;
        private final List<String> recipients = new ArrayList<>();
        private String sender;

        SmtpSession(Socket socket, Path directory) throws IOException {
            this.in = new BufferedInputStream(socket.getInputStream());
            this.out = socket.getOutputStream();
            this.directory = directory;
        }

        void run() throws IOException {
            reply("220 localhost secretariat mail catcher (development only) ESMTP");
            String line;
            while ((line = readLine()) != null) {
                String verb = (line.length() >= 4 ? line.substring(0, 4) : line).toUpperCase(Locale.ROOT);
                switch (verb) {
                    case "EHLO" -> reply("250-localhost", "250-8BITMIME", "250-SIZE " + MAX_MESSAGE_BYTES, "250 OK");
                    case "HELO" -> reply("250 localhost");
                    case "MAIL" -> {
                        sender = address(line);
                        recipients.clear();
                        reply("250 OK");
                    }
                    case "RCPT" -> {
                        if (sender == null) {
                            reply("503 MAIL first");
                        } else {
                            recipients.add(address(line));
                            reply("250 OK");
                        }
                    }
                    case "DATA" -> {
                        if (recipients.isEmpty()) {
                            reply("503 RCPT first");
                        } else {
                            reply("354 End data with <CR><LF>.<CR><LF>");
                            byte[] message = readData();
                            if (message == null) {
                                reply("552 Message too large");
                            } else {
                                store(message);
                                reply("250 OK kept");
                            }
                            sender = null;
                            recipients.clear();
                        }
                    }
                    case "RSET" -> {
                        sender = null;
                        recipients.clear();
                        reply("250 OK");
                    }
                    case "NOOP" -> reply("250 OK");
                    case "QUIT" -> {
                        reply("221 Bye");
                        return;
                    }
                    default -> reply("502 Command not implemented");
                }
            }
        }

        private void store(byte[] message) throws IOException {
            // the envelope as headers of our own, as Postfix and GreenMail do, so the file says who it went to
            String envelope = "X-Envelope-From: <" + sender + ">\r\nX-Envelope-To: "
                    + String.join(", ", recipients.stream().map(r -> "<" + r + ">").toList()) + "\r\n";
            Instant now = Instant.now();
            String name = FILE_TIME.format(now) + "-" + SEQUENCE.incrementAndGet() + ".eml";
            Path temporary = directory.resolve("." + name + ".part");
            try (OutputStream file = Files.newOutputStream(temporary)) {
                file.write(envelope.getBytes(StandardCharsets.US_ASCII));
                file.write(message);
            }
            Files.move(temporary, directory.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            System.out.println("Mail catcher: kept " + name + " to " + String.join(", ", recipients));
        }

        private byte[] readData() throws IOException {
            ByteArrayOutputStream message = new ByteArrayOutputStream();
            boolean tooLarge = false;
            String line;
            while ((line = readLine()) != null) {
                if (line.equals(".")) {
                    return tooLarge ? null : message.toByteArray();
                }
                if (line.startsWith(".")) {
                    line = line.substring(1); // dot-stuffing
                }
                if (message.size() + line.length() > MAX_MESSAGE_BYTES) {
                    tooLarge = true;
                } else if (!tooLarge) {
                    message.write(line.getBytes(StandardCharsets.ISO_8859_1));
                    message.write('\r');
                    message.write('\n');
                }
            }
            throw new IOException("connection closed during DATA");
        }

        /** One line, bytes kept as they are (ISO-8859-1 maps each byte to one char and back). */
        private String readLine() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int b;
            try {
                while ((b = in.read()) != -1) {
                    if (b == '\n') {
                        byte[] bytes = line.toByteArray();
                        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                        return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
                    }
                    line.write(b);
                    if (line.size() > 1_000_000) {
                        throw new IOException("line too long");
                    }
                }
            } catch (SocketTimeoutException e) {
                return null;
            }
            return null;
        }

        private void reply(String... lines) throws IOException {
            for (String line : lines) {
                out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
            }
            out.flush();
        }

        private static String address(String command) {
            Matcher angle = Pattern.compile("<([^>]*)>").matcher(command);
            if (angle.find()) {
                return angle.group(1);
            }
            int colon = command.indexOf(':');
            return colon < 0 ? "" : command.substring(colon + 1).trim().split("\\s+")[0];
        }
    }

    // ---------------------------------------------------------------- the web page

    private static void page(HttpExchange exchange, Path directory) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (path.startsWith("/raw/")) {
                String name = path.substring("/raw/".length());
                if (!name.matches("[0-9TZ.]+-[0-9]+\\.eml") || !Files.isRegularFile(directory.resolve(name))) {
                    send(exchange, 404, "text/plain; charset=utf-8", "not found".getBytes(StandardCharsets.UTF_8));
                    return;
                }
                send(exchange, 200, "text/plain; charset=utf-8", Files.readAllBytes(directory.resolve(name)));
                return;
            }
            if (!path.equals("/")) {
                send(exchange, 404, "text/plain; charset=utf-8", "not found".getBytes(StandardCharsets.UTF_8));
                return;
            }
            StringBuilder html = new StringBuilder("""
                    <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
                    <meta name="viewport" content="width=device-width, initial-scale=1">
                    <title>E-mails of the local run</title>
                    <style>
                    body{font-family:system-ui,sans-serif;margin:1.5rem;max-width:70rem;color:#1b1b1b}
                    details{border:1px solid #ccc;border-radius:4px;margin:.5rem 0;padding:.5rem .75rem}
                    summary{cursor:pointer}
                    .meta{color:#444;font-size:.9rem}
                    pre{white-space:pre-wrap;word-break:break-word;background:#f6f6f6;padding:.75rem}
                    </style></head><body>
                    <h1>E-mails of the local run</h1>
                    """);
            html.append("<p class=\"meta\">Development only: every message sent to the local SMTP port is kept in <code>")
                    .append(escape(directory.toString()))
                    .append("</code> and shown here, newest first. Nothing is delivered. Reload for new messages.</p>\n");
            List<Path> files;
            try (Stream<Path> listing = Files.list(directory)) {
                files = listing.filter(p -> p.getFileName().toString().endsWith(".eml"))
                        .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
                        .limit(200)
                        .toList();
            }
            if (files.isEmpty()) {
                html.append("<p>No e-mail yet.</p>\n");
            }
            for (Path file : files) {
                Message message = Message.parse(Files.readAllBytes(file));
                String name = file.getFileName().toString();
                html.append("<details><summary><strong>").append(escape(message.header("Subject")))
                        .append("</strong> <span class=\"meta\">to ").append(escape(message.header("To")))
                        .append(" · ").append(escape(message.header("Date"))).append("</span></summary>\n")
                        .append("<p class=\"meta\">From ").append(escape(message.header("From")))
                        .append(" · <a href=\"/raw/").append(escape(name)).append("\">").append(escape(name))
                        .append("</a></p>\n<pre>").append(escape(message.text())).append("</pre></details>\n");
            }
            html.append("</body></html>\n");
            exchange.getResponseHeaders().add("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
            send(exchange, 200, "text/html; charset=utf-8", html.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.getResponseHeaders().add("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders().add("Cache-Control", "no-store");
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            exchange.getResponseBody().write(body);
        }
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** Just enough MIME (RFC 2045–2047) to show a message's headers and its text. */
    record Message(Map<String, String> headers, byte[] body) {

        static Message parse(byte[] raw) {
            int split = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            int bodyStart = split < 0 ? raw.length : split + 4;
            String head = new String(raw, 0, split < 0 ? raw.length : split, StandardCharsets.ISO_8859_1);
            Map<String, String> headers = new LinkedHashMap<>();
            for (String field : head.replaceAll("\r\n[ \t]+", " ").split("\r\n")) {
                int colon = field.indexOf(':');
                if (colon > 0) {
                    headers.putIfAbsent(field.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                            field.substring(colon + 1).trim());
                }
            }
            byte[] body = new byte[raw.length - bodyStart];
            System.arraycopy(raw, bodyStart, body, 0, body.length);
            return new Message(headers, body);
        }

        String header(String name) {
            return decodeWords(headers.getOrDefault(name.toLowerCase(Locale.ROOT), ""));
        }

        /** The text/plain part, else the text/html part without its tags. */
        String text() {
            String plain = part("text/plain");
            if (plain != null) {
                return plain;
            }
            String html = part("text/html");
            if (html != null) {
                return html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", "")
                        .replaceAll("(?i)<br\\s*/?>|</p>|</div>|</tr>|</h[1-6]>", "\n")
                        .replaceAll("<[^>]*>", "")
                        .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">")
                        .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&")
                        .replaceAll("\n{3,}", "\n\n").trim();
            }
            return "(no text part)";
        }

        private String part(String wanted) {
            String type = headers.getOrDefault("content-type", "text/plain");
            String lower = type.toLowerCase(Locale.ROOT);
            if (lower.startsWith("multipart/")) {
                String boundary = parameter(type, "boundary");
                if (boundary == null) {
                    return null;
                }
                for (byte[] section : sections(body, boundary)) {
                    String found = Message.parse(section).part(wanted);
                    if (found != null) {
                        return found;
                    }
                }
                return null;
            }
            if (!lower.startsWith(wanted)) {
                return null;
            }
            byte[] decoded = decode(body, headers.getOrDefault("content-transfer-encoding", "7bit"));
            return new String(decoded, charset(parameter(type, "charset")));
        }

        private static List<byte[]> sections(byte[] body, String boundary) {
            String text = new String(body, StandardCharsets.ISO_8859_1);
            String delimiter = "--" + boundary;
            List<byte[]> sections = new ArrayList<>();
            String[] pieces = text.split(Pattern.quote(delimiter));
            for (int i = 1; i < pieces.length; i++) {
                String piece = pieces[i];
                if (piece.startsWith("--")) {
                    break;
                }
                piece = piece.startsWith("\r\n") ? piece.substring(2) : piece;
                piece = piece.endsWith("\r\n") ? piece.substring(0, piece.length() - 2) : piece;
                sections.add(piece.getBytes(StandardCharsets.ISO_8859_1));
            }
            return sections;
        }

        private static byte[] decode(byte[] body, String encoding) {
            String lower = encoding.trim().toLowerCase(Locale.ROOT);
            if (lower.equals("base64")) {
                return Base64.getMimeDecoder().decode(body);
            }
            if (lower.equals("quoted-printable")) {
                return quotedPrintable(new String(body, StandardCharsets.ISO_8859_1), false);
            }
            return body;
        }

        private static byte[] quotedPrintable(String text, boolean underscoreIsSpace) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '=' && text.startsWith("\r\n", i + 1)) {
                    i += 2; // soft line break
                } else if (c == '=' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i += 1;
                } else if (c == '=' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
                    bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                    i += 2;
                } else if (c == '_' && underscoreIsSpace) {
                    bytes.write(' ');
                } else {
                    bytes.write((byte) c);
                }
            }
            return bytes.toByteArray();
        }

        private static boolean isHex(char c) {
            return Character.digit(c, 16) >= 0;
        }

        /** RFC 2047 encoded words, as in {@code Subject: =?UTF-8?Q?R=C3=A9initialiser?=}. */
        static String decodeWords(String value) {
            Matcher word = Pattern.compile("=\\?([^?]+)\\?([bBqQ])\\?([^?]*)\\?=(\\s+(?==\\?))?").matcher(value);
            StringBuilder decoded = new StringBuilder();
            while (word.find()) {
                Charset charset = charset(word.group(1));
                byte[] bytes = word.group(2).equalsIgnoreCase("B")
                        ? Base64.getMimeDecoder().decode(word.group(3))
                        : quotedPrintable(word.group(3), true);
                word.appendReplacement(decoded, Matcher.quoteReplacement(new String(bytes, charset)));
            }
            word.appendTail(decoded);
            // header bytes outside encoded words are UTF-8 when the sender used SMTPUTF8/8BITMIME
            String result = decoded.toString();
            byte[] latin1 = result.getBytes(StandardCharsets.ISO_8859_1);
            String utf8 = new String(latin1, StandardCharsets.UTF_8);
            return result.chars().allMatch(c -> c < 0x100) && !utf8.contains("\uFFFD") ? utf8 : result;
        }

        private static Charset charset(String name) {
            try {
                return name == null ? StandardCharsets.US_ASCII : Charset.forName(name.replace("\"", "").trim());
            } catch (RuntimeException unknown) {
                return StandardCharsets.UTF_8;
            }
        }

        private static String parameter(String headerValue, String name) {
            Matcher parameter = Pattern.compile(";\\s*" + name + "\\s*=\\s*(\"([^\"]*)\"|[^;\\s]+)",
                    Pattern.CASE_INSENSITIVE).matcher(headerValue);
            if (!parameter.find()) {
                return null;
            }
            return parameter.group(2) != null ? parameter.group(2) : parameter.group(1);
        }

        private static int indexOf(byte[] data, byte[] pattern) {
            outer:
            for (int i = 0; i + pattern.length <= data.length; i++) {
                for (int j = 0; j < pattern.length; j++) {
                    if (data[i + j] != pattern[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }
    }
}

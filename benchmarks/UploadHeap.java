import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Heap per upload (issue 16, point 3) and per download (issue 15, point 3), measured on a running server
 * (benchmarks/upload-heap.sh starts it): for each file size,
 * <ol>
 *     <li><b>in flight</b>: K uploads of call documents are sent but for their last 64 KB and held open; the server's
 *     heap in use after a full GC ({@code jcmd GC.run}, {@code GC.heap_info}) is compared with the same before they
 *     started: what K uploads in progress hold, divided by K. Then they are finished (each to its own call);</li>
 *     <li><b>allocated</b>: N uploads one after another under Java Flight Recorder; the weights of its
 *     {@code jdk.ObjectAllocationSample} events are the bytes the server allocated (all threads) in that time,
 *     divided by N;</li>
 *     <li><b>downloads in flight</b>: one such file is uploaded to an open call and K anonymous downloads of it
 *     ({@code /documents/…}) are started and held: each client reads the answer's first 16 KB and then nothing, with a
 *     small receive buffer, so the server's write waits with whatever it holds. The heap in use after a full GC,
 *     minus before, divided by K; then each download is read to its end.</li>
 * </ol>
 * Each file is a valid one-page PDF with an unreferenced stream of random text making up its size, different for
 * every upload (the file store keeps a file once), so that each goes the whole way: received, checked, stored.
 * usage: java UploadHeap.java --app URL --token T --pid WILDFLY_PID --agency ID [--sizes 1,9] [--in-flight 8] [--n 10]
 *        [--measure uploads,downloads]
 */
public class UploadHeap {

    private static final long MB = 1024 * 1024;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static String app;
    private static String token;
    private static String pid;
    private static long agency;
    private static final Random RANDOM = new Random(16);
    private static int calls;

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = List.of(1, 9);
        int inFlight = 8;
        int n = 10;
        List<String> measure = List.of("uploads", "downloads");
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--app" -> app = args[i + 1];
                case "--token" -> token = args[i + 1];
                case "--pid" -> pid = args[i + 1];
                case "--agency" -> agency = Long.parseLong(args[i + 1]);
                case "--sizes" -> sizes = java.util.Arrays.stream(args[i + 1].split(",")).map(Integer::valueOf).toList();
                case "--in-flight" -> inFlight = Integer.parseInt(args[i + 1]);
                case "--n" -> n = Integer.parseInt(args[i + 1]);
                case "--measure" -> measure = List.of(args[i + 1].split(","));
                default -> throw new IllegalArgumentException(args[i]);
            }
        }
        List<String> lines = new ArrayList<>();
        for (int size : sizes) {
            String line = String.format("%-8s", size + " MB");
            if (measure.contains("uploads")) {
                line += String.format(" %-22s %-26s", String.format("%.1f MB", inFlight(size * MB, inFlight)),
                        String.format("%.1f MB", allocated(size * MB, n)));
            }
            if (measure.contains("downloads")) {
                line += String.format(" %-24s", String.format("%.2f MB", downloadsInFlight(size * MB, inFlight)));
            }
            lines.add(line);
        }
        System.out.printf("%-8s%s%s%n", "file", measure.contains("uploads")
                ? String.format(" %-22s %-26s", "in flight: heap each", "allocated per upload") : "",
                measure.contains("downloads") ? String.format(" %-24s", "download in flight: heap each") : "");
        lines.forEach(System.out::println);
    }

    /** Heap in use after GC with {@code k} anonymous downloads of one file held open, minus before, per download, in MB. */
    private static double downloadsInFlight(long size, int k) throws Exception {
        String code = draftCall();
        HttpResponse<String> opened = HTTP.send(HttpRequest.newBuilder(URI.create(app + "/api/v1/calls/" + code + "/open"))
                .header("Authorization", "Bearer " + token).header("If-Match", etag(code))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> uploaded = upload(code, pdf(size));
        Matcher href = Pattern.compile("\"publicHref\":\"([^\"]+)\"").matcher(uploaded.body());
        if (opened.statusCode() != 200 || uploaded.statusCode() != 201 || !href.find()) {
            throw new IllegalStateException("no public document: " + opened.body() + " " + uploaded.body());
        }
        long before = usedAfterGc();
        List<Socket> sockets = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            Socket socket = new Socket();
            socket.setReceiveBufferSize(16 * 1024); // before connecting: the window the server may fill
            socket.setSoTimeout(120_000);
            socket.connect(new InetSocketAddress(URI.create(app).getHost(), URI.create(app).getPort()));
            socket.getOutputStream().write(("GET " + href.group(1) + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            socket.getInputStream().readNBytes(16 * 1024);
            sockets.add(socket);
        }
        Thread.sleep(5000);
        long during = usedAfterGc();
        StringBuilder lengths = new StringBuilder();
        for (Socket socket : sockets) {
            lengths.append(16 * 1024 + socket.getInputStream().readAllBytes().length).append(' ');
            socket.close();
        }
        System.out.printf("  %d downloads of %d MB in flight: heap used after GC %.1f MB before, %.1f MB during;"
                + " bytes received (answer and headers) %s%n", k, size / MB, before / (double) MB, during / (double) MB,
                lengths.toString().trim());
        return (during - before) / (double) MB / k;
    }

    /** Heap in use after GC with {@code k} uploads held open, minus before, per upload, in MB. */
    private static double inFlight(long size, int k) throws Exception {
        List<String> codes = new ArrayList<>();
        List<byte[]> bodies = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            codes.add(draftCall());
            bodies.add(pdf(size));
        }
        long before = usedAfterGc();
        List<Socket> sockets = new ArrayList<>();
        List<byte[]> wholes = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            String code = codes.get(i);
            byte[] whole = multipart(bodies.get(i));
            wholes.add(whole);
            Socket socket = new Socket(URI.create(app).getHost(), URI.create(app).getPort());
            socket.setSoTimeout(120_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/calls/" + code + "/documents HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + token + "\r\nIf-Match: " + etag(code) + "\r\nAccept: application/json\r\n"
                    + "Content-Type: multipart/form-data; boundary=" + BOUNDARY + "\r\nContent-Length: " + whole.length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(whole, 0, whole.length - 64 * 1024);
            out.flush();
            sockets.add(socket);
        }
        Thread.sleep(5000);
        long during = usedAfterGc();
        StringBuilder answers = new StringBuilder();
        for (int i = 0; i < k; i++) {
            byte[] whole = wholes.get(i);
            Socket socket = sockets.get(i);
            socket.getOutputStream().write(whole, whole.length - 64 * 1024, 64 * 1024);
            socket.getOutputStream().flush();
            String status = new String(socket.getInputStream().readNBytes(12), StandardCharsets.ISO_8859_1);
            answers.append(status.substring(9)).append(' ');
            socket.close();
        }
        System.out.printf("  in flight %d x %d MB: heap used after GC %.1f MB before, %.1f MB during; answers %s%n", k,
                size / MB, before / (double) MB, during / (double) MB, answers.toString().trim());
        return (during - before) / (double) MB / k;
    }

    /** Bytes the server allocated per upload while {@code n} uploads of {@code size} ran one after another, in MB. */
    private static double allocated(long size, int n) throws Exception {
        String code = draftCall();
        List<byte[]> files = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            files.add(pdf(size));
        }
        Path recording = Files.createTempFile("upload-heap-", ".jfr");
        jcmd("JFR.start", "name=uploadheap", "settings=profile");
        Thread.sleep(1000);
        StringBuilder answers = new StringBuilder();
        for (byte[] file : files) {
            HttpResponse<String> answer = upload(code, file);
            answers.append(answer.statusCode()).append(' ');
        }
        jcmd("JFR.dump", "name=uploadheap", "filename=" + recording);
        jcmd("JFR.stop", "name=uploadheap");
        Process print = new ProcessBuilder("jfr", "print", "--events", "jdk.ObjectAllocationSample", recording.toString())
                .redirectErrorStream(true).start();
        String text = new String(print.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        print.waitFor();
        Files.deleteIfExists(recording);
        Matcher weight = Pattern.compile("weight = ([0-9.,]+) (bytes|kB|MB|GB)").matcher(text);
        double bytes = 0;
        while (weight.find()) {
            double value = Double.parseDouble(weight.group(1).replace(",", ""));
            bytes += switch (weight.group(2)) {
                case "kB" -> value * 1024;
                case "MB" -> value * MB;
                case "GB" -> value * MB * 1024;
                default -> value;
            };
        }
        System.out.printf("  %d uploads of %d MB one after another: %.0f MB allocated; answers %s%n", n, size / MB,
                bytes / MB, answers.toString().trim());
        return bytes / MB / n;
    }

    private static final String BOUNDARY = "upload-heap-boundary";

    private static byte[] multipart(byte[] pdf) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nMeasured\r\n"
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nOTHER\r\n"
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"measured.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        body.writeBytes(pdf);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.ISO_8859_1));
        return body.toByteArray();
    }

    private static HttpResponse<String> upload(String code, byte[] pdf) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(app + "/api/v1/calls/" + code + "/documents"))
                .header("Authorization", "Bearer " + token).header("If-Match", etag(code))
                .header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(pdf))).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A valid one-page PDF of {@code size} bytes: an unreferenced stream of random letters fills it. */
    static byte[] pdf(long size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        write(out, "%PDF-1.7\n");
        String[] objects = {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"};
        for (int i = 0; i < objects.length; i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n");
        }
        int filler = (int) Math.max(0, size - 600);
        offsets.add(out.size());
        write(out, "4 0 obj\n<< /Length " + filler + " >>\nstream\n");
        byte[] letters = new byte[filler];
        for (int i = 0; i < filler; i++) {
            letters[i] = (byte) ('a' + RANDOM.nextInt(26));
        }
        out.writeBytes(letters);
        write(out, "\nendstream\nendobj\n");
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 5\n0000000000 65535 f \n");
        for (int offset : offsets) {
            table.append(String.format("%010d 00000 n \n", offset));
        }
        table.append("trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        write(out, table.toString());
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String draftCall() throws Exception {
        String code = "HEAP-" + System.currentTimeMillis() % 1_000_000 + "-" + (++calls);
        String json = """
                {"code": "%s", "title": "Heap per upload %s", "summary": "Measuring uploads.",
                 "themes": ["WATER"], "opensAt": "%s", "deadline": "%s", "commonFundEur": 0,
                 "minPartners": 3, "minCountries": 2, "developingPartnerRequired": true,
                 "coordinatorCountryFunds": true, "maxDurationMonths": 36,
                 "commitments": [{"agencyId": %d, "amount": 500000}]}""".formatted(code, code,
                Instant.now().minus(1, ChronoUnit.DAYS), Instant.now().plus(60, ChronoUnit.DAYS), agency);
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(app + "/api/v1/calls"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("could not create a call: " + created.statusCode() + " " + created.body());
        }
        return code;
    }

    private static String etag(String code) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(app + "/api/v1/calls/" + code))
                        .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.discarding())
                .headers().firstValue("ETag").orElseThrow();
    }

    /** The server's heap in use after a full collection, in bytes. */
    private static long usedAfterGc() throws Exception {
        jcmd("GC.run");
        String info = jcmd("GC.heap_info");
        Matcher used = Pattern.compile("used (\\d+)K").matcher(info);
        if (!used.find()) {
            throw new IllegalStateException("no heap figure in: " + info);
        }
        return Long.parseLong(used.group(1)) * 1024;
    }

    private static String jcmd(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of("jcmd", pid));
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        try (InputStream in = process.getInputStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            return text;
        }
    }
}

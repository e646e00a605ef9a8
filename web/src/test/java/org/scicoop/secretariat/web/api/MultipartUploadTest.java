package org.scicoop.secretariat.web.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scicoop.secretariat.platform.boundary.BadInput;
import org.scicoop.secretariat.platform.control.ReceivedFile;
import org.scicoop.secretariat.platform.rules.RuleViolation;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MultipartUploadTest {

    private static final String BOUNDARY = "----surge42x1f3a9c";
    private static final String TYPE = "multipart/form-data; boundary=" + BOUNDARY;
    private static final long MB = 1024 * 1024;

    /** Random bytes with the boundary's beginnings in them, as a part's data may have them, but never the whole. */
    private static byte[] content(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        byte[] near = ("\r\n--" + BOUNDARY.substring(0, BOUNDARY.length() - 1)).getBytes(StandardCharsets.US_ASCII);
        for (int at = 1000; at + near.length < size; at += 7919) {
            System.arraycopy(near, 0, bytes, at, near.length - (at % near.length));
        }
        return bytes;
    }

    private static byte[] body(byte[] file, String... fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < fields.length; i += 2) {
            out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + fields[i]
                    + "\"\r\n\r\n" + fields[i + 1] + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        if (file != null) {
            out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"dé.pdf\""
                    + "\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(file);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** A body that arrives {@code piece} bytes at a time (at most), as from a slow socket; counts what was read. */
    private static class Trickle extends InputStream {
        private final InputStream in;
        private final int piece;
        final AtomicLong read = new AtomicLong();

        Trickle(byte[] bytes, int piece) {
            this.in = new ByteArrayInputStream(bytes);
            this.piece = piece;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                read.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, Math.min(length, piece));
            if (n > 0) {
                read.addAndGet(n);
            }
            return n;
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 61, 4096, 65536})
    void theFileArrivesWhole_andTheFieldsBesideIt_howeverTheBodyIsCutUp(int piece) throws Exception {
        byte[] file = content(300_000);
        AtomicBoolean leftUnread = new AtomicBoolean();
        try (MultipartUpload upload = MultipartUpload.read(TYPE, new Trickle(body(file, "kind", "DESCRIPTION",
                "title", "Plan d’action — 行动计划"), piece), MB, () -> leftUnread.set(true))) {
            Path stored = upload.file().path();
            assertThat(Files.readAllBytes(stored)).isEqualTo(file);
            assertThat(upload.file().size()).isEqualTo(file.length);
            assertThat(upload.file().sha256()).isEqualTo(sha256(file));
            assertThat(upload.field("kind")).isEqualTo("DESCRIPTION");
            assertThat(upload.field("title")).isEqualTo("Plan d’action — 行动计划");
            assertThat(upload.field("language")).isNull();
            assertThat(upload.fileName()).contains("dé.pdf");
            assertThat(leftUnread).isFalse();
        }
    }

    @Test
    void theFirstFieldOfANameCounts_andClosingTheUploadDeletesItsFile() throws Exception {
        MultipartUpload upload = MultipartUpload.read(TYPE, new ByteArrayInputStream(body(content(10),
                "kind", "OTHER", "kind", "DESCRIPTION")), MB, () -> { });
        Path stored = upload.file().path();
        assertThat(upload.field("kind")).isEqualTo("OTHER");
        assertThat(stored).exists();

        upload.close();

        assertThat(stored).doesNotExist();
    }

    @Test
    void aFileOverTheLimitIsRefusedAsItStreams_withoutReadingTheRest() {
        byte[] body = body(content((int) (3 * MB)), "kind", "DESCRIPTION");
        Trickle in = new Trickle(body, 65536);
        AtomicBoolean leftUnread = new AtomicBoolean();

        assertThatThrownBy(() -> MultipartUpload.read(TYPE, in, MB, () -> leftUnread.set(true)))
                .isInstanceOfSatisfying(RuleViolation.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("rule.document.tooLarge");
                    assertThat(refused.arguments()).containsExactly(1L);
                });
        assertThat(in.read.get()).isLessThan(MB + 2 * 65536);
        assertThat(leftUnread).isTrue();
    }

    @Test
    void aFileOverTheLimitIsStillRefusedAsTooLarge_whenItsTemporaryFileCannotBeDeleted() throws Exception {
        Path directory;
        try (ReceivedFile probe = ReceivedFile.receive(new ByteArrayInputStream(new byte[1]), MB)) {
            directory = probe.path().getParent();
        }
        Set<Path> before = files(directory);
        AtomicReference<Path> blocked = new AtomicReference<>();
        // halfway through the file, its temporary file becomes a directory with something in it: a delete that fails
        InputStream body = new Trickle(body(content((int) (3 * MB)), "kind", "DESCRIPTION"), 65536) {
            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (blocked.get() == null && read.get() > MB / 2) {
                    Path written = files(directory).stream().filter(f -> !before.contains(f)).findFirst().orElseThrow();
                    Files.delete(written);
                    Files.createDirectory(written);
                    Files.writeString(written.resolve("in-the-way"), "x");
                    blocked.set(written);
                }
                return super.read(buffer, offset, length);
            }
        };
        try {
            assertThatThrownBy(() -> MultipartUpload.read(TYPE, body, MB, () -> { }))
                    .isInstanceOfSatisfying(RuleViolation.class, refused -> {
                        assertThat(refused.messageKey()).isEqualTo("rule.document.tooLarge");
                        assertThat(refused.getSuppressed()).singleElement()
                                .isInstanceOf(DirectoryNotEmptyException.class);
                    });
            assertThat(blocked.get()).isDirectory();
        } finally {
            if (blocked.get() != null) {
                Files.deleteIfExists(blocked.get().resolve("in-the-way"));
                Files.deleteIfExists(blocked.get());
            }
        }
    }

    private static Set<Path> files(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.collect(Collectors.toSet());
        }
    }

    @Test
    void aBodyLongerThanTheFileAndItsFramingIsRefusedAsTooLarge_evenWithoutAFile() {
        String most = "x".repeat((int) UploadGate.FRAMING - 1000);
        byte[] body = body(null, "a", most, "b", most, "c", most);
        AtomicBoolean leftUnread = new AtomicBoolean();

        assertThatThrownBy(() -> MultipartUpload.read(TYPE, new ByteArrayInputStream(body), MB,
                () -> leftUnread.set(true)))
                .isInstanceOfSatisfying(RuleViolation.class, refused ->
                        assertThat(refused.messageKey()).isEqualTo("rule.document.tooLarge"));
        assertThat(leftUnread).isTrue();
    }

    @Test
    void aFieldOverItsLimitIsRefused() {
        byte[] body = body(content(10), "title", "x".repeat((int) UploadGate.FRAMING + 1));

        assertThatThrownBy(() -> MultipartUpload.read(TYPE, new ByteArrayInputStream(body), 4 * MB, () -> { }))
                .isInstanceOfSatisfying(BadInput.class, refused ->
                        assertThat(refused.messageKey()).isEqualTo("problem.input.multipart"));
    }

    @Test
    void aBodyWithoutItsFileIsRefusedForThePart_andAFileUnderAnotherNameDoesNotCount() {
        byte[] other = body(null, "kind", "OTHER");
        String renamed = new String(body(content(10)), StandardCharsets.ISO_8859_1)
                .replace("name=\"file\"", "name=\"attachment\"");

        for (byte[] body : new byte[][] {other, renamed.getBytes(StandardCharsets.ISO_8859_1)}) {
            assertThatThrownBy(() -> MultipartUpload.read(TYPE, new ByteArrayInputStream(body), MB, () -> { }))
                    .isInstanceOfSatisfying(BadInput.class, refused -> {
                        assertThat(refused.messageKey()).isEqualTo("problem.input.part");
                        assertThat(refused.arguments()).containsExactly("file");
                    });
        }
    }

    @Test
    void whatIsNoMultipartBodyIsRefusedAsSuch_andLeavesNoFileBehind() throws IOException {
        byte[] valid = body(content(5000), "kind", "OTHER");
        byte[] unterminated = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\""
                + "\r\n\r\nabc").getBytes(StandardCharsets.US_ASCII);
        String manyHeaders = new String(valid, StandardCharsets.ISO_8859_1)
                .replace("Content-Type: application/pdf\r\n", "X-A: b\r\n".repeat(3000));
        String oneLongHeader = new String(valid, StandardCharsets.ISO_8859_1)
                .replace("Content-Type: application/pdf\r\n", "X-Padding: " + "p".repeat(20_000) + "\r\n");
        StringBuilder manyParts = new StringBuilder();
        for (int i = 0; i <= MultipartUpload.MAX_PARTS; i++) {
            manyParts.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"f")
                    .append(i).append("\"\r\n\r\nv\r\n");
        }
        manyParts.append("--").append(BOUNDARY).append("--\r\n");
        long before = ReceivedFile.temporaryFiles();

        Object[][] cases = {
                {"multipart/form-data", valid},
                {"multipart/form-data; boundary=elsewhere", valid},
                {"application/json", valid},
                {null, valid},
                {TYPE, new byte[0]},
                {TYPE, unterminated},
                {TYPE, manyHeaders.getBytes(StandardCharsets.ISO_8859_1)},
                {TYPE, oneLongHeader.getBytes(StandardCharsets.ISO_8859_1)},
                {TYPE, manyParts.toString().getBytes(StandardCharsets.US_ASCII)},
        };
        for (Object[] broken : cases) {
            assertThatThrownBy(() -> MultipartUpload.read((String) broken[0],
                    new ByteArrayInputStream((byte[]) broken[1]), MB, () -> { }))
                    .as("%s", broken[0])
                    .isInstanceOfSatisfying(BadInput.class, refused ->
                            assertThat(refused.messageKey()).isEqualTo("problem.input.multipart"));
        }
        assertThat(ReceivedFile.temporaryFiles()).isEqualTo(before);
    }

    @Test
    void aFileNameOfTwoThousandCharactersIsTaken() throws Exception {
        String named = new String(body(content(10)), StandardCharsets.UTF_8)
                .replace("dé.pdf", "f".repeat(2000) + ".pdf");

        try (MultipartUpload upload = MultipartUpload.read(TYPE,
                new ByteArrayInputStream(named.getBytes(StandardCharsets.UTF_8)), MB, () -> { })) {
            assertThat(upload.fileName()).contains("f".repeat(2000) + ".pdf");
        }
    }
}

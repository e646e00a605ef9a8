package org.scicoop.secretariat.platform.control;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.scicoop.secretariat.platform.file.entity.StoredFile;
import org.scicoop.secretariat.platform.rules.RuleViolation;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PdfContentTest {

    private static final long TEN_MB = 10L * 1024 * 1024;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    private static byte[] pdf(StandardProtectionPolicy protection) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            if (protection != null) {
                document.protect(protection);
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    /** The uploads' one way: the bytes received into a temporary file, checked there, the file deleted. */
    private static void check(byte[] bytes, long maxBytes) throws IOException {
        try (ReceivedFile file = ReceivedFile.receive(new ByteArrayInputStream(bytes == null ? new byte[0] : bytes),
                maxBytes)) {
            PdfContent.check(file, maxBytes);
        }
    }

    private static void assertRefused(byte[] bytes, String key) {
        assertThatThrownBy(() -> check(bytes, TEN_MB)).isInstanceOfSatisfying(RuleViolation.class,
                violation -> assertThat(violation.messageKey()).isEqualTo(key));
    }

    @Test
    void aRealPdfIsAccepted() throws IOException {
        byte[] pdf = pdf(null);

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThatCode(() -> check(pdf, TEN_MB)).doesNotThrowAnyException();
    }

    /** The demo reports' attachments are written into the demo data as text: they pass the uploads' check too. */
    @Test
    void theDemoAttachmentsAreSafePdfs() throws IOException {
        String sql;
        try (var in = getClass().getResourceAsStream("/db/demo/R__demo_5_projects.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher file = Pattern.compile("cast\\('(%PDF-.*?)' as bytea\\)", Pattern.DOTALL).matcher(sql);
        int files = 0;
        while (file.find()) {
            byte[] bytes = file.group(1).getBytes(StandardCharsets.US_ASCII);
            assertThatCode(() -> check(bytes, TEN_MB)).doesNotThrowAnyException();
            try (PDDocument document = Loader.loadPDF(bytes)) {
                assertThat(new PDFTextStripper().getText(document)).contains("(demo)");
            }
            files++;
        }
        assertThat(files).isEqualTo(3);
    }

    @Test
    void aPngNamedPdfIsNotAPdf() {
        assertRefused(PNG, "rule.document.notPdf");
    }

    @Test
    void textIsNotAPdf() {
        assertRefused("This is not a PDF at all.".getBytes(StandardCharsets.UTF_8), "rule.document.notPdf");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertRefused(new byte[0], "rule.document.empty");
        assertRefused(null, "rule.document.empty");
    }

    @Test
    void aFileOverTheLimitIsRefusedWithTheLimitInMegabytes() {
        byte[] large = new byte[(int) TEN_MB + 1];
        System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, large, 0, 8);

        assertThatThrownBy(() -> check(large, TEN_MB)).isInstanceOfSatisfying(RuleViolation.class,
                violation -> {
                    assertThat(violation.messageKey()).isEqualTo("rule.document.tooLarge");
                    assertThat(violation.arguments()).containsExactly(10L);
                });
    }

    @Test
    void aFileThatOnlyStartsLikeAPdfIsUnreadable() throws IOException {
        assertRefused("%PDF-1.7\nnothing that a reader could open".getBytes(StandardCharsets.US_ASCII),
                "rule.document.unreadable");
        byte[] truncated = pdf(null);
        assertRefused(Arrays.copyOf(truncated, 12), "rule.document.unreadable");
    }

    @Test
    void encryptedPdfsAreRefusedWithOrWithoutAPasswordToOpenThem() throws IOException {
        assertRefused(pdf(new StandardProtectionPolicy("owner", "secret", new AccessPermission())),
                "rule.document.encrypted");
        assertRefused(pdf(new StandardProtectionPolicy("owner", "", new AccessPermission())),
                "rule.document.encrypted");
    }

    // ---------------------------------------------------------------- hostile files, written object by object

    /** A PDF of these objects (numbered from 1; object 1 the catalog), with its cross-reference table. */
    private static byte[] raw(List<byte[]> objects) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            out.writeBytes(((i + 1) + " 0 obj\n").getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(objects.get(i));
            out.writeBytes("\nendobj\n".getBytes(StandardCharsets.US_ASCII));
        }
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        offsets.forEach(offset -> table.append("%010d 00000 n \n".formatted(offset)));
        table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        out.writeBytes(table.toString().getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static byte[] text(String object) {
        return object.getBytes(StandardCharsets.US_ASCII);
    }

    /** A one-page document whose catalog has {@code catalogExtra} and whose page has {@code pageExtra}. */
    private static byte[] onePage(String catalogExtra, String pageExtra, byte[]... more) {
        List<byte[]> objects = new ArrayList<>(List.of(
                text("<< /Type /Catalog /Pages 2 0 R " + catalogExtra + " >>"),
                text("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
                text("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] " + pageExtra + " >>")));
        objects.addAll(List.of(more));
        return raw(objects);
    }

    /** A stream object of {@code megabytes} of zeros, deflated (about a thousandth of the size). */
    private static byte[] deflatedZeros(int megabytes, String type) throws IOException {
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        try (DeflaterOutputStream zip = new DeflaterOutputStream(deflated, new Deflater(Deflater.BEST_COMPRESSION))) {
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < megabytes; i++) {
                zip.write(zeros);
            }
        }
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        stream.writeBytes(text("<< " + type + "/Length " + deflated.size() + " /Filter /FlateDecode >>\nstream\n"));
        stream.writeBytes(deflated.toByteArray());
        stream.writeBytes(text("\nendstream"));
        return stream.toByteArray();
    }

    @Test
    void theRawDocumentOfTheseTestsIsAcceptedWhenHarmless() {
        assertThatCode(() -> check(onePage("/OpenAction [3 0 R /Fit]", ""), TEN_MB))
                .doesNotThrowAnyException();
    }

    @Test
    void javaScriptAndActionsRunOnEventsAreRefused() {
        assertRefused(onePage("/OpenAction << /S /JavaScript /JS (app.alert(1)) >>", ""), "rule.document.script");
        assertRefused(onePage("/OpenAction 4 0 R", "", text("<< /Type /Action /S /JavaScript /JS 5 0 R >>"),
                text("(app.launchURL('https://evil.example'))")), "rule.document.script");
        assertRefused(onePage("", "/AA << /O << /S /URI /URI (https://tracker.example) >> >>"), "rule.document.script");
        assertRefused(onePage("/Names << /JavaScript 4 0 R >>", "", text("<< /Names [(a) 5 0 R] >>"),
                text("<< /S /JavaScript /JS (1) >>")), "rule.document.script");
        assertRefused(onePage("/OpenAction << /S /Launch /F (calc.exe) >>", ""), "rule.document.script");
        assertRefused(onePage("/AcroForm << /Fields [] /XFA 4 0 R >>", "", text("<< >>")), "rule.document.script");
    }

    @Test
    void embeddedFilesAreRefused() {
        assertRefused(onePage("/Names << /EmbeddedFiles << /Names [(setup.exe) 4 0 R] >> >>", "",
                text("<< /Type /Filespec /F (setup.exe) /EF << /F 5 0 R >> >>"),
                text("<< /Type /EmbeddedFile /Length 2 >>\nstream\nMZ\nendstream")), "rule.document.embeddedFile");
        assertRefused(onePage("", "/Annots [4 0 R]", text("<< /Type /Annot /Subtype /FileAttachment /FS << /EF "
                + "<< /F 5 0 R >> >> >>"), text("<< /Length 2 >>\nstream\nMZ\nendstream")), "rule.document.embeddedFile");
    }

    @Test
    void aPageTreeDeclaringMorePagesThanAnyDocumentHasIsRefused() {
        byte[] declared = raw(List.of(text("<< /Type /Catalog /Pages 2 0 R >>"),
                text("<< /Type /Pages /Kids [3 0 R] /Count 999999999 >>"),
                text("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>")));

        assertRefused(declared, "rule.document.tooManyPages");
    }

    @Test
    void aDocumentWithoutPagesIsUnreadable() {
        assertRefused(raw(List.of(text("<< /Type /Catalog /Pages 2 0 R >>"), text("<< /Type /Pages /Kids [] /Count 0 >>"))),
                "rule.document.unreadable");
        assertRefused(onePage("/Deep " + "[".repeat(50_000) + "]".repeat(50_000), ""), "rule.document.unreadable");
    }

    @Test
    void aDeflateBombIsRefusedQuicklyAndWithLittleMemory() throws IOException {
        byte[] bomb = onePage("", "/Contents 4 0 R", deflatedZeros(1024, ""));
        assertThat(bomb.length).as("about 1 MB").isLessThan(2 * 1024 * 1024);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        long started = System.nanoTime();

        assertRefused(bomb, "rule.document.expands");

        assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds").isLessThan(3000);
        assertThat(threads.getCurrentThreadAllocatedBytes() - allocatedBefore).as("bytes allocated")
                .isLessThan(48L * 1024 * 1024);
    }

    @Test
    void anObjectStreamTheParserWouldHoldInMemoryIsBoundedTighter() throws IOException {
        assertRefused(onePage("", "", deflatedZeros(40, "/Type /ObjStm /N 1 /First 0 ")), "rule.document.expands");
    }

    @Test
    void aStreamAfterWhiteSpaceAndCarriageReturnsIsDecodedToo() throws IOException {
        byte[] bomb = deflatedZeros(1024, "");
        int keyword = new String(bomb, 0, 200, StandardCharsets.ISO_8859_1).indexOf(">>\nstream\n");
        ByteArrayOutputStream variant = new ByteArrayOutputStream();
        variant.write(bomb, 0, keyword);
        variant.writeBytes(text(">> \r\n\t\fstream\r\n"));
        variant.write(bomb, keyword + ">>\nstream\n".length(), bomb.length - keyword - ">>\nstream\n".length());

        assertThat(keyword).as("the bomb's keyword").isPositive();
        assertRefused(onePage("", "/Contents 4 0 R", variant.toByteArray()), "rule.document.expands");
    }

    @Test
    void aStreamWhoseKeywordCrossesTheEdgeOfTheScansWindowIsDecodedToo() throws IOException {
        // the scan copies the file into the heap 64 KB at a time: the bomb's keyword starts a little before the end of
        // the first window, at each place where part of it is in the next
        byte[] bomb = deflatedZeros(1024, "");
        for (int before = 0; before <= "stream".length(); before++) {
            byte[] file = null;
            int padding = 60_000;
            for (int attempt = 0; attempt < 3; attempt++) {
                file = onePage("", "/Contents 4 0 R", text("<< /Length " + padding + " >>\nstream\n"
                        + "x".repeat(padding) + "\nendstream"), bomb);
                int keyword = new String(file, StandardCharsets.ISO_8859_1).indexOf("FlateDecode >>\nstream")
                        + "FlateDecode >>\n".length();
                padding += 64 * 1024 - before - keyword;
            }
            String around = new String(file, 64 * 1024 - before, "stream".length(), StandardCharsets.ISO_8859_1);

            assertThat(around).as("the keyword %d bytes before the window's end", before).isEqualTo("stream");
            assertRefused(file, "rule.document.expands");
        }
    }

    @Test
    void manyStreamKeywordsAreEachLookedAtOnce() {
        // 3 MB of stream keywords inside a page's content: without dictionaries, or with a filter and no end (an
        // image filter: the check looks for the end, then leaves the data to the parser). Each
        // is looked at once; a search back over 64 KB for every keyword's dictionary, or forward to the end of the
        // file for every missing endstream, did not end within minutes
        String bare = ">>stream\n".repeat(350_000);
        byte[] content = text("<< /Length " + bare.length() + " >>\nstream\n" + bare + "\nendstream");
        assertThatCode(() -> check(onePage("", "/Contents 4 0 R", content), TEN_MB)).doesNotThrowAnyException();

        String unended = "<</Filter/DCTDecode>>stream\n".repeat(120_000);
        assertThatCode(() -> check(onePage("", "", text("<< /Length " + unended.length() + " >>\nstream\n" + unended
                + "\nendstream")), TEN_MB)).doesNotThrowAnyException();
    }

    @Test
    void compressedContentOfAnOrdinarySizeIsAccepted() throws IOException {
        assertThatCode(() -> check(onePage("", "/Contents 4 0 R", deflatedZeros(20, "")), TEN_MB))
                .doesNotThrowAnyException();
    }

    @Test
    void anUploadOverTheLimitIsRefusedWhileItStreamsWithoutReadingTheRest() throws IOException {
        long[] read = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read[0]++;
                return 'x';
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                Arrays.fill(buffer, offset, offset + length, (byte) 'x');
                read[0] += length;
                return length;
            }
        };
        long filesBefore = ReceivedFile.temporaryFiles();

        assertThatThrownBy(() -> ReceivedFile.receive(endless, TEN_MB)).isInstanceOfSatisfying(RuleViolation.class,
                violation -> assertThat(violation.messageKey()).isEqualTo("rule.document.tooLarge"));
        assertThat(read[0]).as("bytes read of an endless upload").isLessThanOrEqualTo(TEN_MB + 64 * 1024);
        assertThat(ReceivedFile.temporaryFiles()).as("its temporary file is gone").isEqualTo(filesBefore);
    }

    @Test
    void aReceivedFileIsCountedAndChecksummedAsItStreamsAndDeletedWhenClosed() throws IOException {
        byte[] pdf = onePage("", "/Contents 4 0 R", deflatedZeros(20, ""));
        Path path;
        try (ReceivedFile file = ReceivedFile.receive(new ByteArrayInputStream(pdf), TEN_MB)) {
            path = file.path();
            assertThat(file.size()).isEqualTo(pdf.length);
            assertThat(file.sha256()).isEqualTo(StoredFile.sha256(pdf));
            assertThat(Files.readAllBytes(path)).isEqualTo(pdf);
        }
        assertThat(path).doesNotExist();
    }

    @Test
    void theCheckOfALargeFileHoldsNoCopyOfItInTheHeap() throws IOException {
        // 9 MB of a page's content stream, uncompressed, in a valid PDF: the check scans and parses it from its file
        byte[] large = onePage("", "/Contents 4 0 R", text("<< /Length " + (9 << 20) + " >>\nstream\n"
                + "0 0 m\n".repeat((9 << 20) / 6) + "\nendstream"));
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        try (ReceivedFile file = ReceivedFile.receive(new ByteArrayInputStream(large), TEN_MB)) {
            long allocatedBefore = threads.getCurrentThreadAllocatedBytes();

            assertThatCode(() -> PdfContent.check(file, TEN_MB)).doesNotThrowAnyException();

            assertThat(threads.getCurrentThreadAllocatedBytes() - allocatedBefore).as("bytes allocated")
                    .isLessThan(large.length / 2);
        }
    }
}

package org.scicoop.secretariat.platform.control;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.scicoop.secretariat.platform.rules.RuleViolation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

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

    private static void assertRefused(byte[] bytes, String key) {
        assertThatThrownBy(() -> PdfContent.check(bytes, TEN_MB)).isInstanceOfSatisfying(RuleViolation.class,
                violation -> assertThat(violation.messageKey()).isEqualTo(key));
    }

    @Test
    void aRealPdfIsAccepted() throws IOException {
        byte[] pdf = pdf(null);

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThatCode(() -> PdfContent.check(pdf, TEN_MB)).doesNotThrowAnyException();
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

        assertThatThrownBy(() -> PdfContent.check(large, TEN_MB)).isInstanceOfSatisfying(RuleViolation.class,
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
}

package org.scicoop.secretariat.platform.control;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.scicoop.secretariat.platform.rules.RuleViolation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Decides whether uploaded bytes are a PDF anyone can open, by their content: the name and the
 * browser's content type prove nothing. The bytes must start with {@code %PDF-}, parse as a PDF with
 * at least one page, and not be encrypted (its readers could not open it). Too large and empty files
 * are refused before parsing. Used for every uploaded PDF: call documents and proposal attachments.
 */
public final class PdfContent {

    private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final long MEGABYTE = 1024 * 1024;

    private PdfContent() {
    }

    /** Refuses with a {@link RuleViolation} that says why unless {@code bytes} is a readable PDF. */
    public static void check(byte[] bytes, long maxBytes) {
        RuleViolation.require(bytes != null && bytes.length > 0, "rule.document.empty");
        RuleViolation.require(bytes.length <= maxBytes, "rule.document.tooLarge",
                Math.max(1, maxBytes / MEGABYTE));
        RuleViolation.require(bytes.length >= MAGIC.length
                && Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length), "rule.document.notPdf");
        try (PDDocument document = Loader.loadPDF(bytes)) {
            RuleViolation.require(!document.isEncrypted(), "rule.document.encrypted");
            RuleViolation.require(document.getNumberOfPages() > 0, "rule.document.unreadable");
        } catch (InvalidPasswordException encrypted) {
            throw new RuleViolation("rule.document.encrypted");
        } catch (IOException | RuntimeException broken) {
            if (broken instanceof RuleViolation violation) {
                throw violation;
            }
            throw new RuleViolation("rule.document.unreadable");
        }
    }
}

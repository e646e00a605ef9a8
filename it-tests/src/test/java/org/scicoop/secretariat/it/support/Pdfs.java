package org.scicoop.secretariat.it.support;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Real PDFs for the tests that upload documents and attachments, and hostile ones that must be refused: a script
 * run when the file opens, an embedded file, a page tree declaring 999,999,999 pages, a content stream of 1 MB
 * that inflates to 1 GB.
 */
public final class Pdfs {

    private Pdfs() {
    }

    /**
     * A one-page PDF with this text on it, and a random suffix: each call's file is its own (a call or a
     * proposal refuses the same file twice).
     */
    public static byte[] pdf(String text) {
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

    /** A PDF that runs JavaScript when it is opened (the catalog's /OpenAction). */
    public static byte[] withJavaScript() {
        return changed(document -> document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert(1)")));
    }

    /** A PDF carrying a file (an executable, for all the reader knows) in its /EmbeddedFiles. */
    public static byte[] withEmbeddedFile() {
        return changed(document -> {
            try {
                PDEmbeddedFile file = new PDEmbeddedFile(document, new java.io.ByteArrayInputStream(new byte[]{'M', 'Z'}));
                PDComplexFileSpecification specification = new PDComplexFileSpecification();
                specification.setFile("setup.exe");
                specification.setEmbeddedFile(file);
                PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
                files.setNames(Map.of("setup.exe", specification));
                PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
                names.setEmbeddedFiles(files);
                document.getDocumentCatalog().setNames(names);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * A one-page PDF of {@code size} bytes and a little more: its document metadata (an uncompressed stream) is that
     * many random letters, different at each call. For downloads of several slices.
     */
    public static byte[] ofSize(int size) {
        return changed(document -> {
            byte[] letters = new byte[size];
            java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
            for (int i = 0; i < size; i++) {
                letters[i] = (byte) ('a' + random.nextInt(26));
            }
            COSStream metadata = document.getDocument().createCOSStream();
            metadata.setItem(COSName.TYPE, COSName.METADATA);
            metadata.setItem(COSName.SUBTYPE, COSName.getPDFName("XML"));
            try (OutputStream raw = metadata.createRawOutputStream()) {
                raw.write(letters);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            document.getDocumentCatalog().getCOSObject().setItem(COSName.METADATA, metadata);
        });
    }

    /** A one-page PDF whose page tree declares 999,999,999 pages. */
    public static byte[] declaringPages(int count) {
        return changed(document -> document.getPages().getCOSObject().setInt(COSName.COUNT, count));
    }

    private static byte[] bomb;

    /** A one-page PDF whose content stream is about 1 MB of deflated data that inflates to 1 GB (made once). */
    public static synchronized byte[] deflateBomb() {
        if (bomb == null) {
            bomb = changed(document -> {
                COSStream contents = document.getDocument().createCOSStream();
                contents.setItem(COSName.FILTER, COSName.FLATE_DECODE);
                byte[] zeros = new byte[1024 * 1024];
                try (OutputStream raw = contents.createRawOutputStream();
                     DeflaterOutputStream deflated = new DeflaterOutputStream(raw,
                             new Deflater(Deflater.BEST_COMPRESSION), 64 * 1024)) {
                    for (int megabyte = 0; megabyte < 1024; megabyte++) {
                        deflated.write(zeros);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                document.getPage(0).getCOSObject().setItem(COSName.CONTENTS, contents);
            });
        }
        return bomb;
    }

    /** A one-page PDF, changed before it is saved. */
    private static byte[] changed(Consumer<PDDocument> change) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            change.accept(document);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

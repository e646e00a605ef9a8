package org.scicoop.secretariat.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Has the server's JIT compiler compile the upload path right after the start, while the server is quiet: a few checks
 * of a generated PDF of a few megabytes, the way an upload goes ({@link ReceivedFile#receive}: the copy to a temporary
 * file and its SHA-256; {@link PdfContent#check}: the scan for streams, their decoding, the parse). Without it the
 * first uploads after a start meet a JVM that has not compiled those loops, and under load it does not get to them:
 * in the deadline surge of a freshly started server the scan and the checksum ran in the bytecode interpreter or
 * without the processor's SHA instructions for the whole minute, most of the server's CPU (docs/benchmarks.md
 * "Deadline surge"). It costs about a second of one core, once, a few seconds after the start; each node does it.
 */
@Startup
@Singleton
@PermitAll
public class UploadWarmUp {

    private static final Logger LOG = Logger.getLogger(UploadWarmUp.class.getName());
    /** After the deployment's own compilations, before users come. */
    private static final long DELAY_MILLIS = 5_000;
    private static final int CHECKS = 12;
    private static final int PAYLOAD_BYTES = 4 * 1024 * 1024;

    @Resource
    TimerService timers;

    @PostConstruct
    void schedule() {
        timers.createSingleActionTimer(DELAY_MILLIS, new TimerConfig(null, false));
    }

    @Timeout
    void warmUp() {
        long started = System.nanoTime();
        try {
            Path pdf = Files.createTempFile("warm-up-", ".pdf");
            try {
                write(pdf);
                for (int i = 0; i < CHECKS; i++) {
                    try (InputStream in = Files.newInputStream(pdf);
                         ReceivedFile file = ReceivedFile.receive(in, Long.MAX_VALUE)) {
                        PdfContent.check(file, Long.MAX_VALUE);
                    }
                }
            } finally {
                Files.deleteIfExists(pdf);
            }
            LOG.info(() -> String.format("Upload path warmed up: %d checks of a %d MB PDF in %d ms", CHECKS,
                    PAYLOAD_BYTES >> 20, (System.nanoTime() - started) / 1_000_000));
        } catch (IOException | RuntimeException e) {
            // only speed is at stake: uploads work the same, compiled later
            LOG.log(Level.WARNING, "The upload path's warm-up failed; uploads are slower until the JIT compiles it", e);
        }
    }

    /** One page, and a deflated stream of random bytes (compressed data: what most of a real PDF's bytes are). */
    static void write(Path pdf) throws IOException {
        byte[] random = new byte[PAYLOAD_BYTES];
        new Random(16).nextBytes(random);
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            PDStream payload = new PDStream(document, new ByteArrayInputStream(random), COSName.FLATE_DECODE);
            document.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("WarmUp"), payload);
            document.save(pdf.toFile());
        }
    }
}

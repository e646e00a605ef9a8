package org.scicoop.secretariat.platform.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class UploadWarmUpTest {

    @Test
    void theWarmUpsPdfTakesTheWholeWayOfAnUploadAndIsAccepted(@TempDir Path directory) throws IOException {
        Path pdf = directory.resolve("warm-up.pdf");

        UploadWarmUp.write(pdf);

        // megabytes of a deflated stream: the scan, the checksum and the decoding each have their loops run
        assertThat(Files.size(pdf)).isGreaterThan(4L * 1024 * 1024);
        assertThat(new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1)).contains("/FlateDecode");
        try (InputStream in = Files.newInputStream(pdf); ReceivedFile file = ReceivedFile.receive(in, Long.MAX_VALUE)) {
            assertThatCode(() -> PdfContent.check(file, Long.MAX_VALUE)).doesNotThrowAnyException();
        }
    }
}

package org.scicoop.secretariat.platform.file.entity;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class StoredFileTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    @Test
    void aFileIsNamedByTheHexSha256OfItsBytes() {
        // FIPS 180-2, appendix B.1
        assertThat(StoredFile.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void theSameBytesHaveTheSameNameAndTheFileKeepsItsOwnCopy() {
        byte[] bytes = "%PDF-1.7 a".getBytes(StandardCharsets.US_ASCII);
        StoredFile file = new StoredFile(bytes, NOW);
        bytes[0] = 'x';

        assertThat(file.getSha256()).isEqualTo(new StoredFile("%PDF-1.7 a".getBytes(StandardCharsets.US_ASCII),
                NOW.plusSeconds(60)).getSha256());
        assertThat(file.getSize()).isEqualTo(10);
        assertThat(file.getBytes()).asString(StandardCharsets.US_ASCII).isEqualTo("%PDF-1.7 a");
        assertThat(file.getCreatedAt()).isEqualTo(NOW);
    }
}

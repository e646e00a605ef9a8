package org.scicoop.secretariat.platform.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scicoop.secretariat.platform.file.entity.StoredFile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileDirectoryTest {

    @TempDir
    Path root;

    @Test
    void aFileIsKeptUnderItsChecksumAndReadBackInSlices() throws IOException {
        byte[] bytes = randomBytes(1_300_000, 1);
        FileDirectory directory = new FileDirectory(root);
        try (ReceivedFile file = receive(bytes)) {
            directory.put(file);

            Path kept = root.resolve(file.sha256().substring(0, 2)).resolve(file.sha256());
            assertThat(kept).isRegularFile().hasBinaryContent(bytes);
            assertThat(directory.size(file.sha256())).isEqualTo(bytes.length);

            ByteArrayOutputStream read = new ByteArrayOutputStream();
            new StoredContent(file.sha256(), bytes.length,
                    (offset, length) -> directory.read(file.sha256(), offset, length)).writeTo(read);
            assertThat(read.toByteArray()).isEqualTo(bytes);
            assertThat(directory.read(file.sha256(), bytes.length - 10, 100)).hasSize(10);
            assertThat(directory.read(file.sha256(), bytes.length, 100)).isEmpty();
        }
        try (Stream<Path> incoming = Files.list(root.resolve(".incoming"))) {
            assertThat(incoming).as("nothing left half-written").isEmpty();
        }
    }

    @Test
    void theFileOutlivesTheUploadsTemporaryFileAndTheSameBytesAreKeptOnce() throws IOException {
        byte[] bytes = randomBytes(70_000, 2);
        FileDirectory directory = new FileDirectory(root);
        String sha256;
        try (ReceivedFile first = receive(bytes)) {
            sha256 = first.sha256();
            directory.put(first);
        }
        try (ReceivedFile again = receive(bytes)) {
            directory.put(again);
        }
        assertThat(directory.read(sha256, 0, bytes.length)).isEqualTo(bytes);
        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile)).containsExactly(directory.path(sha256));
        }
    }

    @Test
    void aPartialFileOfTheSameNameIsReplacedByTheWholeOne() throws IOException {
        byte[] bytes = randomBytes(50_000, 3);
        FileDirectory directory = new FileDirectory(root);
        try (ReceivedFile file = receive(bytes)) {
            Path kept = directory.path(file.sha256());
            Files.createDirectories(kept.getParent());
            Files.write(kept, new byte[]{1, 2, 3});

            directory.put(file);

            assertThat(kept).hasBinaryContent(bytes);
        }
    }

    @Test
    void aMissingFileAndANameThatIsNoChecksumAreRefused() {
        FileDirectory directory = new FileDirectory(root);
        assertThatThrownBy(() -> directory.size(StoredFile.sha256(new byte[]{9})))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("is missing from");
        assertThatThrownBy(() -> directory.read("../../etc/passwd", 0, 10))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDirectoryThatCannotBeWrittenStopsTheStart() throws IOException {
        Path notADirectory = Files.writeString(root.resolve("a-file"), "x");
        assertThatThrownBy(() -> new FileDirectory(notADirectory).checkWritable())
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("cannot be written");
        new FileDirectory(root.resolve("new")).checkWritable();
        assertThat(root.resolve("new")).isDirectory();
    }

    private static ReceivedFile receive(byte[] bytes) throws IOException {
        return ReceivedFile.receive(new ByteArrayInputStream(bytes), Long.MAX_VALUE);
    }

    private static byte[] randomBytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}

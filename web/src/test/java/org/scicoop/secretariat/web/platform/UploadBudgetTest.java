package org.scicoop.secretariat.web.platform;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UploadBudgetTest {

    private static final byte[] BYTES = "%PDF-1.7 not checked here".getBytes(StandardCharsets.US_ASCII);

    @Test
    void noMoreThanItsPlacesAreTakenAtOnceAndEachIsGivenBack() {
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < UploadBudget.AT_ONCE; i++) {
                assertThat(UploadBudget.take(Duration.ZERO)).as("place %d", i).isTrue();
            }
            assertThat(UploadBudget.take(Duration.ofMillis(50))).as("one more than its places").isFalse();
            for (int i = 0; i < UploadBudget.AT_ONCE; i++) {
                UploadBudget.release();
            }
        }
    }

    @Test
    void aPagesUploadIsReceivedIntoATemporaryFileThatIsGoneAfterwardsAlsoWhenRefused() {
        AtomicReference<Path> seen = new AtomicReference<>();

        assertThat(UploadBudget.receive(() -> new ByteArrayInputStream(BYTES), 1024, received -> {
            seen.set(received.path());
            assertThat(received.size()).isEqualTo(BYTES.length);
            assertThat(Files.exists(received.path())).isTrue();
        })).isTrue();
        assertThat(seen.get()).doesNotExist();

        assertThatThrownBy(() -> UploadBudget.receive(() -> new ByteArrayInputStream(BYTES), 1024, received -> {
            seen.set(received.path());
            throw new IllegalStateException("refused by the service");
        })).hasMessage("refused by the service");
        assertThat(seen.get()).doesNotExist();
        assertThat(UploadBudget.take(Duration.ZERO)).as("the place was given back").isTrue();
        UploadBudget.release();
    }
}

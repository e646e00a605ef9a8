package org.scicoop.secretariat.web.platform;

import org.junit.jupiter.api.Test;

import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

class UploadBudgetTest {

    private static final int MEGABYTE = 1024 * 1024;
    private static final long LARGEST = 20L * MEGABYTE;

    @Test
    void anUploadReservesEightTimesItsSizeInMegabytes() {
        assertThat(UploadBudget.reservation(5 * MEGABYTE, LARGEST)).isEqualTo(40);
        assertThat(UploadBudget.reservation(1, LARGEST)).isEqualTo(1);
    }

    @Test
    void anUploadOfUnknownLengthCountsAsTheLargestAllowed() {
        assertThat(UploadBudget.reservation(-1, LARGEST)).isEqualTo(Math.min(
                UploadBudget.reservation(Integer.MAX_VALUE, LARGEST), UploadBudget.reservation(LARGEST, LARGEST)));
    }

    @Test
    void noUploadWaitsForMoreThanTheWholeBudget() {
        int budget = (int) Math.max(UploadBudget.COPIES, Runtime.getRuntime().maxMemory() / 2 / MEGABYTE);

        assertThat(UploadBudget.reservation(Integer.MAX_VALUE, LARGEST)).isEqualTo(budget);
    }

    @Test
    void aReservationIsGivenBackForTheNextUpload() {
        int budget = UploadBudget.reservation(Long.MAX_VALUE / UploadBudget.COPIES, LARGEST);
        for (int upload = 0; upload < 3; upload++) {
            OptionalInt all = UploadBudget.reserve(Long.MAX_VALUE / UploadBudget.COPIES, LARGEST);
            assertThat(all).hasValue(budget);
            UploadBudget.release(all.getAsInt());
        }
    }
}

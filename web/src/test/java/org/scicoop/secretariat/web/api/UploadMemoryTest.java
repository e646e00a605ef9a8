package org.scicoop.secretariat.web.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UploadMemoryTest {

    private static final int MEGABYTE = 1024 * 1024;

    @Test
    void anUploadReservesEightTimesItsSizeInMegabytes() {
        assertThat(UploadMemory.reservation(5 * MEGABYTE)).isEqualTo(40);
        assertThat(UploadMemory.reservation(1)).isEqualTo(1);
    }

    @Test
    void anUploadOfUnknownLengthCountsAsTheLargestAllowed() {
        assertThat(UploadMemory.reservation(-1)).isEqualTo(Math.min(UploadMemory.reservation(Integer.MAX_VALUE),
                UploadMemory.reservation(20 * MEGABYTE)));
    }

    @Test
    void noUploadWaitsForMoreThanTheWholeBudget() {
        int budget = (int) Math.max(UploadMemory.COPIES, Runtime.getRuntime().maxMemory() / 2 / MEGABYTE);

        assertThat(UploadMemory.reservation(Integer.MAX_VALUE)).isEqualTo(budget);
    }
}

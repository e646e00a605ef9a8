package org.scicoop.secretariat.web.platform;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class BarScaleTest {

    @Test
    void barsAreWholePerCentOfTheLargestRoundedHalfUp() {
        BarScale scale = BarScale.of(List.of(8L, 4L, 1L), Function.identity());

        assertThat(scale.percent(8L)).isEqualTo(100);
        assertThat(scale.percent(4L)).isEqualTo(50);
        assertThat(scale.percent(1L)).as("12.5 %").isEqualTo(13);
    }

    @Test
    void amountsInEurosScaleLikeCounts() {
        BarScale scale = BarScale.of(List.of(new BigDecimal("800000.00"), new BigDecimal("200000")),
                Function.identity());

        assertThat(scale.percent(new BigDecimal("200000"))).isEqualTo(25);
        assertThat(scale.percent(BigDecimal.ZERO)).isZero();
    }

    @Test
    void aChartOfZerosOrOfNothingDrawsNoBarAndDividesByNothing() {
        assertThat(BarScale.of(List.of(0L, 0L), Function.identity()).percent(0L)).isZero();
        assertThat(BarScale.of(List.<BigDecimal>of(), Function.identity()).percent(BigDecimal.ZERO)).isZero();
    }
}

package org.scicoop.secretariat.web.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.function.Function;

/**
 * The one way bar charts size their bars (the dashboard, a call's budget, a call's proposals): each
 * bar's width is its value in whole per cent of the largest value of its chart, rounded half up; when
 * the largest is zero every bar is 0 wide. Pages draw them with the same CSS bars and give the
 * numbers as a table too.
 */
public final class BarScale {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final BigDecimal largest;

    private BarScale(BigDecimal largest) {
        this.largest = largest;
    }

    /** The scale of a chart whose bars are {@code rows}, each worth {@code value}. */
    public static <T> BarScale of(Collection<T> rows, Function<T, ? extends Number> value) {
        return new BarScale(rows.stream().map(value).map(BarScale::decimal)
                .max(BigDecimal::compareTo).orElse(BigDecimal.ZERO));
    }

    /** The width of a bar worth {@code value}, in per cent of the chart's largest. */
    public int percent(Number value) {
        return percent(decimal(value), largest);
    }

    static int percent(BigDecimal value, BigDecimal largest) {
        return largest.signum() <= 0 ? 0 : value.multiply(HUNDRED).divide(largest, 0, RoundingMode.HALF_UP).intValue();
    }

    private static BigDecimal decimal(Number value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        return value instanceof BigDecimal decimal ? decimal : BigDecimal.valueOf(value.longValue());
    }
}

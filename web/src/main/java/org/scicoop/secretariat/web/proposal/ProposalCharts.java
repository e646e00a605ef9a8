package org.scicoop.secretariat.web.proposal;

import org.scicoop.secretariat.proposal.boundary.ProposalFigures;
import org.scicoop.secretariat.reference.entity.IncomeGroup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The bars of a call's proposal charts: proposals and requested euros by partner country and by
 * income group, each bar's width relative to the largest of its chart (the same CSS bars as the
 * dashboard and the call's budget; the page shows the numbers as a table too).
 */
public final class ProposalCharts {

    /** One bar: what it is about (a country code or an income group), its value and its width in %. */
    public record Bar(String country, IncomeGroup group, long proposals, long partners, BigDecimal requestedEur,
                      int proposalsPercent, int requestedPercent) {
    }

    private final List<Bar> byCountry;
    private final List<Bar> byIncomeGroup;

    public ProposalCharts(ProposalFigures figures) {
        long maxCountryProposals = max(figures.byCountry(), ProposalFigures.ByCountry::proposals);
        BigDecimal maxCountryEur = maxEur(figures.byCountry(), ProposalFigures.ByCountry::requestedEur);
        byCountry = figures.byCountry().stream()
                .sorted(Comparator.comparing(ProposalFigures.ByCountry::proposals).reversed()
                        .thenComparing(ProposalFigures.ByCountry::countryCode))
                .map(c -> new Bar(c.countryCode(), c.incomeGroup(), c.proposals(), c.partners(), c.requestedEur(),
                        percent(c.proposals(), maxCountryProposals), percent(c.requestedEur(), maxCountryEur)))
                .toList();
        long maxGroupProposals = max(figures.byIncomeGroup(), ProposalFigures.ByIncomeGroup::proposals);
        BigDecimal maxGroupEur = maxEur(figures.byIncomeGroup(), ProposalFigures.ByIncomeGroup::requestedEur);
        byIncomeGroup = figures.byIncomeGroup().stream()
                .map(g -> new Bar(null, g.incomeGroup(), g.proposals(), g.partners(), g.requestedEur(),
                        percent(g.proposals(), maxGroupProposals), percent(g.requestedEur(), maxGroupEur)))
                .toList();
    }

    public List<Bar> getByCountry() {
        return byCountry;
    }

    public List<Bar> getByIncomeGroup() {
        return byIncomeGroup;
    }

    public boolean isEmpty() {
        return byCountry.isEmpty();
    }

    private static <T> long max(List<T> rows, Function<T, Long> value) {
        return rows.stream().map(value).mapToLong(Long::longValue).max().orElse(0);
    }

    private static <T> BigDecimal maxEur(List<T> rows, Function<T, BigDecimal> value) {
        return rows.stream().map(value).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
    }

    static int percent(long value, long max) {
        return max <= 0 ? 0 : (int) Math.round(100.0 * value / max);
    }

    static int percent(BigDecimal value, BigDecimal max) {
        return max.signum() <= 0 ? 0 : value.multiply(BigDecimal.valueOf(100)).divide(max, 0, RoundingMode.HALF_UP)
                .intValue();
    }
}

package org.scicoop.secretariat.web.proposal;

import org.junit.jupiter.api.Test;
import org.scicoop.secretariat.proposal.boundary.ProposalFigures;
import org.scicoop.secretariat.reference.entity.IncomeGroup;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProposalChartsTest {

    private static final ProposalFigures FIGURES = new ProposalFigures(List.of(
            new ProposalFigures.ByCountry("BR", "Brazil", IncomeGroup.UPPER_MIDDLE, 1, 1, BigDecimal.ZERO),
            new ProposalFigures.ByCountry("FR", "France", IncomeGroup.HIGH, 4, 5, new BigDecimal("800000")),
            new ProposalFigures.ByCountry("KE", "Kenya", IncomeGroup.LOWER_MIDDLE, 2, 2, new BigDecimal("200000"))),
            List.of(new ProposalFigures.ByIncomeGroup(IncomeGroup.LOWER_MIDDLE, 2, 2, new BigDecimal("200000")),
                    new ProposalFigures.ByIncomeGroup(IncomeGroup.UPPER_MIDDLE, 1, 1, BigDecimal.ZERO),
                    new ProposalFigures.ByIncomeGroup(IncomeGroup.HIGH, 4, 5, new BigDecimal("800000"))));

    @Test
    void countriesWithMostProposalsComeFirstAndBarsAreRelativeToTheLargest() {
        ProposalCharts charts = new ProposalCharts(FIGURES);

        assertThat(charts.getByCountry()).extracting(ProposalCharts.Bar::country).containsExactly("FR", "KE", "BR");
        assertThat(charts.getByCountry()).extracting(ProposalCharts.Bar::proposalsPercent).containsExactly(100, 50, 25);
        assertThat(charts.getByCountry()).extracting(ProposalCharts.Bar::requestedPercent).containsExactly(100, 25, 0);
    }

    @Test
    void incomeGroupsKeepTheirOrder() {
        ProposalCharts charts = new ProposalCharts(FIGURES);

        assertThat(charts.getByIncomeGroup()).extracting(ProposalCharts.Bar::group)
                .containsExactly(IncomeGroup.LOWER_MIDDLE, IncomeGroup.UPPER_MIDDLE, IncomeGroup.HIGH);
        assertThat(charts.getByIncomeGroup()).extracting(ProposalCharts.Bar::proposalsPercent)
                .containsExactly(50, 25, 100);
    }

    @Test
    void noProposalsDrawNoBarsAndDivideByNothing() {
        ProposalCharts charts = new ProposalCharts(new ProposalFigures(List.of(), List.of()));

        assertThat(charts.isEmpty()).isTrue();
        assertThat(charts.getByIncomeGroup()).isEmpty();
    }
}

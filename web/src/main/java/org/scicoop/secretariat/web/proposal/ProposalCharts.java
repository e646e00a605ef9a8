package org.scicoop.secretariat.web.proposal;

import org.scicoop.secretariat.proposal.boundary.ProposalFigures;
import org.scicoop.secretariat.reference.entity.IncomeGroup;
import org.scicoop.secretariat.web.platform.BarScale;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * The bars of a call's proposal charts: proposals and requested euros by partner country and by
 * income group, each bar's width relative to the largest of its chart (the same CSS bars as the
 * dashboard and the call's budget, sized by {@link BarScale}; the page shows the numbers as a table too).
 */
public final class ProposalCharts {

    /** One bar: what it is about (a country code or an income group), its value and its width in %. */
    public record Bar(String country, IncomeGroup group, long proposals, long partners, BigDecimal requestedEur,
                      int proposalsPercent, int requestedPercent) {
    }

    private final List<Bar> byCountry;
    private final List<Bar> byIncomeGroup;

    public ProposalCharts(ProposalFigures figures) {
        BarScale countryProposals = BarScale.of(figures.byCountry(), ProposalFigures.ByCountry::proposals);
        BarScale countryEur = BarScale.of(figures.byCountry(), ProposalFigures.ByCountry::requestedEur);
        byCountry = figures.byCountry().stream()
                .sorted(Comparator.comparing(ProposalFigures.ByCountry::proposals).reversed()
                        .thenComparing(ProposalFigures.ByCountry::countryCode))
                .map(c -> new Bar(c.countryCode(), c.incomeGroup(), c.proposals(), c.partners(), c.requestedEur(),
                        countryProposals.percent(c.proposals()), countryEur.percent(c.requestedEur())))
                .toList();
        BarScale groupProposals = BarScale.of(figures.byIncomeGroup(), ProposalFigures.ByIncomeGroup::proposals);
        BarScale groupEur = BarScale.of(figures.byIncomeGroup(), ProposalFigures.ByIncomeGroup::requestedEur);
        byIncomeGroup = figures.byIncomeGroup().stream()
                .map(g -> new Bar(null, g.incomeGroup(), g.proposals(), g.partners(), g.requestedEur(),
                        groupProposals.percent(g.proposals()), groupEur.percent(g.requestedEur())))
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
}

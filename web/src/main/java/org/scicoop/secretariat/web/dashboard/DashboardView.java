package org.scicoop.secretariat.web.dashboard;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.scicoop.secretariat.call.boundary.CallFigures;
import org.scicoop.secretariat.call.boundary.CallService;
import org.scicoop.secretariat.call.entity.CallStatus;
import org.scicoop.secretariat.proposal.boundary.DashboardFigures;
import org.scicoop.secretariat.proposal.boundary.ProposalService;
import org.scicoop.secretariat.reference.boundary.ReferenceDataService;
import org.scicoop.secretariat.reference.boundary.ReferenceFigures;
import org.scicoop.secretariat.reference.entity.Country;
import org.scicoop.secretariat.reference.entity.IncomeGroup;
import org.scicoop.secretariat.web.i18n.LocaleBean;
import org.scicoop.secretariat.web.platform.BarScale;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The dashboard's tiles and charts, which read several components (calls, proposals, reference data),
 * so they live in a package of their own rather than in one of those components. Stateless: the page
 * needs nothing kept between requests.
 */
@Named
@RequestScoped
public class DashboardView {

    @Inject
    ReferenceDataService referenceData;

    @Inject
    LocaleBean locale;

    @Inject
    CallService calls;

    @Inject
    ProposalService proposals;

    private ReferenceFigures figures;
    private CallFigures callFigures;
    private DashboardFigures proposalFigures;

    /** The proposal tiles: a member's drafts, the officers' proposals to screen, a contact's country's. */
    public DashboardFigures getProposals() {
        if (proposalFigures == null) {
            proposalFigures = proposals.dashboard();
        }
        return proposalFigures;
    }

    public CallFigures getCalls() {
        if (callFigures == null) {
            callFigures = calls.figures();
        }
        return callFigures;
    }

    /** The statuses worth a tile: those with calls, in life-cycle order. */
    public List<Map.Entry<CallStatus, Long>> getCallsByStatus() {
        return getCalls().byStatus().entrySet().stream().filter(e -> e.getValue() > 0).toList();
    }

    public ReferenceFigures getFigures() {
        if (figures == null) {
            figures = referenceData.figures();
        }
        return figures;
    }

    /**
     * One bar per income group, for the chart and its table; widths relative to the largest count
     * (unclassified countries included, though they get no bar).
     */
    public List<Bar> getIncomeGroupBars() {
        Map<IncomeGroup, Long> counts = getFigures().partnerCountriesByIncomeGroup();
        BarScale scale = BarScale.of(counts.values(), Function.identity());
        return Arrays.stream(IncomeGroup.values())
                .filter(group -> group != IncomeGroup.UNCLASSIFIED)
                .map(group -> {
                    long count = counts.getOrDefault(group, 0L);
                    return new Bar(group, count, scale.percent(count));
                })
                .toList();
    }

    public String countryName(String code) {
        return Country.displayName(code, code, locale.getLocale());
    }

    public record Bar(IncomeGroup group, long count, int percent) {
    }
}

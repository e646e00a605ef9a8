package org.scicoop.secretariat.web.reference;

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

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The dashboard's figures. Stateless: the page needs nothing kept between requests. */
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

    /** One bar per income group, widths relative to the largest group, for the chart and its table. */
    public List<Bar> getIncomeGroupBars() {
        long max = Math.max(1, getFigures().partnerCountriesByIncomeGroup().values().stream()
                .mapToLong(Long::longValue).max().orElse(1));
        return Arrays.stream(IncomeGroup.values())
                .filter(group -> group != IncomeGroup.UNCLASSIFIED)
                .map(group -> {
                    long count = getFigures().partnerCountriesByIncomeGroup().getOrDefault(group, 0L);
                    return new Bar(group, count, (int) Math.round(100.0 * count / max));
                })
                .toList();
    }

    public String countryName(String code) {
        return Country.displayName(code, code, locale.getLocale());
    }

    public record Bar(IncomeGroup group, long count, int percent) {
    }
}

package org.scicoop.secretariat.web.dashboard;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.scicoop.secretariat.call.boundary.CallFigures;
import org.scicoop.secretariat.call.boundary.CallService;
import org.scicoop.secretariat.call.entity.CallState;
import org.scicoop.secretariat.evaluation.boundary.ReviewService;
import org.scicoop.secretariat.evaluation.boundary.SignOffService;
import org.scicoop.secretariat.person.entity.Roles;
import org.scicoop.secretariat.platform.boundary.WorkItem;
import org.scicoop.secretariat.evaluation.boundary.EvaluationService;
import org.scicoop.secretariat.project.boundary.ProjectService;
import org.scicoop.secretariat.project.entity.MilestoneState;
import org.scicoop.secretariat.proposal.boundary.ProposalService;
import org.scicoop.secretariat.proposal.entity.ProposalStatus;
import org.scicoop.secretariat.reference.boundary.ReferenceFigures.AgencyRow;
import org.scicoop.secretariat.reference.boundary.ReferenceDataService;
import org.scicoop.secretariat.reference.boundary.ReferenceFigures;
import org.scicoop.secretariat.reference.entity.Country;
import org.scicoop.secretariat.reference.entity.IncomeGroup;
import org.scicoop.secretariat.web.i18n.LocaleBean;
import org.scicoop.secretariat.web.person.CurrentUser;
import org.scicoop.secretariat.web.platform.BarScale;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Each role's home (issue 12): first the person's work — what needs their action now, from every component's
 * service ({@link WorkItem}s, soonest due first, see {@link WorkLines}) — then the figures that matter to their
 * role: their proposals by state (members), calls by state and proposals by state (the secretariat), their
 * country's proposals (national contacts); reference statistics only for administrators. It reads several
 * components, so it lives in a package of its own. Stateless: nothing is kept between requests.
 */
@Named
@RequestScoped
public class HomeView {

    @Inject
    ReferenceDataService referenceData;

    @Inject
    LocaleBean locale;

    @Inject
    CallService calls;

    @Inject
    ProposalService proposals;

    @Inject
    ReviewService reviews;

    @Inject
    ProjectService projects;

    @Inject
    SignOffService signOff;

    @Inject
    EvaluationService evaluations;

    @Inject
    CurrentUser user;

    private List<WorkItem> work;
    private ReferenceFigures figures;
    private CallFigures callFigures;
    private Map<ProposalStatus, Long> proposalCounts;

    /** What needs the reader's action now, from every component, soonest due first. */
    public List<WorkItem> getWork() {
        if (work == null) {
            List<List<WorkItem>> sources = new ArrayList<>();
            sources.add(calls.work());
            if (readsProposals()) {
                sources.add(proposals.work());
            }
            if (user.hasRole(Roles.REVIEWER)) {
                sources.add(reviews.work());
            }
            if (user.hasRole(Roles.NATIONAL_CONTACT)) {
                sources.add(signOff.work());
            }
            if (user.hasRole(Roles.PROGRAMME_OFFICER)) {
                sources.add(evaluations.work());
            }
            if (user.hasRole(Roles.CONSORTIUM_MEMBER) || user.hasRole(Roles.PROGRAMME_OFFICER)) {
                sources.add(projects.work());
            }
            work = WorkLines.ordered(sources);
        }
        return work;
    }

    /** The page an item of work leads to, relative to the application's root. */
    public String link(WorkItem item) {
        return WorkLines.link(item);
    }

    /** The tag class of an item's state: the same colour for the same state everywhere. */
    public String tagClass(WorkItem item) {
        if (item.state() instanceof CallState state) {
            return "sc-tag-call-" + state;
        }
        if (item.state() instanceof ProposalStatus state) {
            return "sc-tag-status-" + state.name();
        }
        if (item.state() instanceof MilestoneState state) {
            return "sc-tag-milestone-" + state.name();
        }
        // a review's declaration or state: sc-tag-Declaration-PENDING, sc-tag-ReviewStatus-DRAFT
        return item.state() == null ? "" : "sc-tag-" + item.state().getDeclaringClass().getSimpleName() + "-"
                + item.state().name();
    }

    public CallFigures getCalls() {
        if (callFigures == null) {
            callFigures = calls.figures();
        }
        return callFigures;
    }

    /** The states worth a tile: those with calls, in life-cycle order. */
    public List<Map.Entry<CallState, Long>> getCallsByState() {
        return getCalls().byState().entrySet().stream().filter(e -> e.getValue() > 0).toList();
    }

    /** The reader's proposals (a member's consortia, a contact's country, all for the secretariat) by state. */
    public List<Map.Entry<ProposalStatus, Long>> getProposalsByStatus() {
        if (proposalCounts == null) {
            proposalCounts = readsProposals() ? proposals.countsByStatus() : Map.of();
        }
        return proposalCounts.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.comparingByKey()).toList();
    }

    /** Reference statistics: administrators only (the service refuses anyone else). */
    public ReferenceFigures getFigures() {
        if (figures == null) {
            figures = referenceData.figures();
        }
        return figures;
    }

    /** The funding agencies by country name in the reader's language, then acronym. */
    public List<AgencyRow> getAgencies() {
        Collator collator = Collator.getInstance(locale.getLocale());
        return getFigures().agencies().stream()
                .sorted(Comparator.comparing((AgencyRow agency) -> countryName(agency.countryCode()), collator)
                        .thenComparing(AgencyRow::acronym, collator))
                .toList();
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

    private boolean readsProposals() {
        return user.hasRole(Roles.CONSORTIUM_MEMBER) || user.hasRole(Roles.PROGRAMME_OFFICER)
                || user.hasRole(Roles.ADMIN) || user.hasRole(Roles.NATIONAL_CONTACT);
    }

    public record Bar(IncomeGroup group, long count, int percent) {
    }
}

package org.scicoop.secretariat.project.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.scicoop.secretariat.person.control.Callers;
import org.scicoop.secretariat.project.boundary.ProjectLine;
import org.scicoop.secretariat.project.boundary.ProjectSummary;
import org.scicoop.secretariat.project.boundary.ProjectView;
import org.scicoop.secretariat.project.entity.Grant;
import org.scicoop.secretariat.project.entity.Milestone;
import org.scicoop.secretariat.project.entity.MilestoneState;
import org.scicoop.secretariat.project.entity.Project;
import org.scicoop.secretariat.project.entity.Report;
import org.scicoop.secretariat.project.entity.ReportAttachment;
import org.scicoop.secretariat.project.entity.ReportStatus;
import org.scicoop.secretariat.proposal.entity.Partner;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Projects as their readers see them: the one place that turns the entities into views. */
@Dependent
public class ProjectViews {

    @Inject
    Callers callers;

    /**
     * The whole project for a reader with {@code rights}; drafts are shown to those who may report or review (the
     * consortium and officers), national contacts and administrators read the submitted versions.
     */
    public ProjectView view(Project project, Instant now, ProjectView.Rights rights, boolean drafts) {
        Set<String> usernames = new HashSet<>();
        List<ProjectView.MilestoneView> milestones = project.getMilestones().stream()
                .map(m -> milestone(m, now, drafts, usernames)).toList();
        List<ProjectView.PartnerView> partners = project.getProposal().getPartners().stream()
                .map(p -> partner(p, project.getGrants())).toList();
        return new ProjectView(project.getId(), project.getVersion(), project.getProposal().getId(),
                project.getCall().getCode(), project.getCall().getTitle(), project.getAcronym(), project.getTitle(),
                project.getProposal().getCoordinatorName(), project.getState(), project.getStartDate(),
                project.getEndDate(), project.getDurationMonths(), project.getTimeZone(), project.getCreatedAt(),
                project.getClosedAt(), project.getCloseReason(), partners, milestones, rights,
                callers.names(usernames));
    }

    private static ProjectView.PartnerView partner(Partner partner, List<Grant> grants) {
        return new ProjectView.PartnerView(partner.getId(), partner.isCoordinating(),
                partner.getOrganisation().getName(), partner.getCountry().getCode(), partner.getPiName(),
                grants.stream().filter(g -> g.getPartner() == partner)
                        .map(g -> new ProjectView.GrantView(g.getAmount(), g.getCurrency().getCurrencyCode(),
                                g.isCommonFund() ? null : g.getAgency().getId(),
                                g.isCommonFund() ? null : g.getAgency().getName(), g.isCommonFund()))
                        .toList());
    }

    private static ProjectView.MilestoneView milestone(Milestone milestone, Instant now, boolean drafts,
                                                       Set<String> usernames) {
        Partner responsible = milestone.getResponsible();
        List<ProjectView.ReportView> reports = milestone.getReports().stream()
                .filter(r -> drafts || r.getStatus() != ReportStatus.DRAFT)
                .map(r -> report(r, usernames)).toList();
        return new ProjectView.MilestoneView(milestone.getId(), milestone.getOrdinal(), milestone.getTitle(),
                milestone.getKind(), responsible == null ? null : responsible.getId(),
                responsible == null ? null : responsible.getOrganisation().getName(), milestone.getDueMonth(),
                milestone.getDueDate(), milestone.getOverdueFrom(), milestone.isOverdue(now), milestone.getState(),
                milestone.getMoveReason(), milestone.getLateJustification(), milestone.getJustifiedAt(), reports);
    }

    public static ProjectView.ReportView report(Report report, Set<String> usernames) {
        for (String username : new String[]{report.getSavedBy(), report.getSubmittedBy(), report.getReviewedBy()}) {
            if (username != null) {
                usernames.add(username);
            }
        }
        return new ProjectView.ReportView(report.getNumber(), report.getStatus(), report.getNarrative(),
                report.getOutputs().stream().map(o -> new ProjectView.OutputView(o.getKind(), o.getLink(),
                        o.getTitle())).toList(),
                report.getAttachments().stream().map(ProjectViews::attachment).toList(),
                report.getSavedAt(), report.getSavedBy(), report.getSubmittedAt(), report.getSubmittedBy(),
                report.getReviewedAt(), report.getReviewedBy(), report.getComments());
    }

    public static ProjectView.AttachmentView attachment(ReportAttachment attachment) {
        return new ProjectView.AttachmentView(attachment.getId(), attachment.getFileName(), attachment.getSize(),
                attachment.getSha256(), attachment.getUploadedAt(), attachment.getUploadedBy());
    }

    /** A project in a list; its milestones and partners come batch-fetched for the whole page. */
    public static ProjectSummary summary(Project project, Instant now) {
        List<Milestone> milestones = project.getMilestones();
        Optional<Milestone> next = milestones.stream().filter(m -> m.getState() != MilestoneState.ACCEPTED)
                .min(Comparator.comparing(Milestone::getDueDate).thenComparing(Milestone::getOrdinal));
        return new ProjectSummary(project.getId(), project.getAcronym(), project.getTitle(),
                project.getCall().getCode(), project.getState(), project.getProposal().getCoordinatorName(),
                project.getProposal().getPartners().stream().map(p -> p.getCountry().getCode()).distinct().toList(),
                project.getStartDate(), project.getEndDate(), milestones.size(),
                (int) milestones.stream().filter(m -> m.getState() == MilestoneState.ACCEPTED).count(),
                (int) milestones.stream().filter(m -> m.isOverdue(now)).count(),
                next.map(Milestone::getDueDate).orElse(null), next.map(Milestone::getTitle).orElse(null));
    }

    /** A project in the portfolio: its summary and its milestones as marks, by due date. */
    public static ProjectLine line(Project project, Instant now) {
        List<ProjectLine.Mark> marks = project.getMilestones().stream()
                .sorted(Comparator.comparing(Milestone::getDueDate).thenComparing(Milestone::getOrdinal))
                .map(m -> new ProjectLine.Mark(m.getDueDate(), m.getState(), m.isOverdue(now), m.getTitle()))
                .toList();
        return new ProjectLine(summary(project, now), marks);
    }
}

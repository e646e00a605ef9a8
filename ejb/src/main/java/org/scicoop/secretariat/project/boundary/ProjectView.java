package org.scicoop.secretariat.project.boundary;

import org.scicoop.secretariat.project.entity.MilestoneState;
import org.scicoop.secretariat.project.entity.OutputKind;
import org.scicoop.secretariat.project.entity.ProjectState;
import org.scicoop.secretariat.project.entity.ReportStatus;
import org.scicoop.secretariat.proposal.entity.MilestoneKind;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A project as its reader may see it: the consortium's partners with their grants, the milestones with their states
 * and every report version, and what the reader may do ({@code rights}). People appear by username in its records;
 * {@code people} names them. {@code version} is the project's: every change of the project, a milestone or a report
 * needs it (If-Match on the API).
 */
public record ProjectView(
        long id,
        long version,
        long proposalId,
        String callCode,
        String callTitle,
        String acronym,
        String title,
        String coordinatorName,
        ProjectState state,
        LocalDate startDate,
        LocalDate endDate,
        int durationMonths,
        String timeZone,
        Instant createdAt,
        Instant closedAt,
        String closeReason,
        List<PartnerView> partners,
        List<MilestoneView> milestones,
        Rights rights,
        Map<String, String> people) implements Serializable {

    /** The name of a person its records mention, by username (the username where nobody of that name logged in). */
    public String name(String username) {
        return people.getOrDefault(username, username);
    }

    public record PartnerView(long id, boolean coordinating, String organisation, String countryCode, String piName,
                              List<GrantView> grants) implements Serializable {
    }

    /** A grant: the amount in its currency, paid by the agency (null: the common fund). */
    public record GrantView(BigDecimal amount, String currency, Long agencyId, String agency, boolean commonFund)
            implements Serializable {
    }

    public record MilestoneView(long id, int ordinal, String title, MilestoneKind kind, Long responsibleId,
                                String responsible, Integer dueMonth, LocalDate dueDate, Instant overdueFrom,
                                boolean overdue, MilestoneState state, String moveReason, String lateJustification,
                                Instant justifiedAt, List<ReportView> reports) implements Serializable {
    }

    /** A report version: a draft (readable by the consortium and officers) or a submitted version, kept as it was. */
    public record ReportView(int number, ReportStatus status, String narrative, List<OutputView> outputs,
                             List<AttachmentView> attachments, Instant savedAt, String savedBy, Instant submittedAt,
                             String submittedBy, Instant reviewedAt, String reviewedBy, String comments)
                                     implements Serializable {
    }

    public record OutputView(OutputKind kind, String link, String title) implements Serializable {
    }

    public record AttachmentView(long id, String fileName, long size, String sha256, Instant uploadedAt,
                                 String uploadedBy) implements Serializable {
    }

    /**
     * What the reader may do now: report (draft, submit, justify a late milestone: members of the consortium while
     * the project is active), review (accept, return), manage (start date, milestones, due dates, close: officers).
     */
    public record Rights(boolean report, boolean review, boolean manage, boolean moveStart) implements Serializable {
    }
}

package org.scicoop.secretariat.proposal.boundary;

import org.scicoop.secretariat.platform.boundary.VersionedView;
import org.scicoop.secretariat.proposal.entity.AttachmentKind;
import org.scicoop.secretariat.proposal.entity.Finding;
import org.scicoop.secretariat.proposal.entity.FundingSource;
import org.scicoop.secretariat.proposal.entity.MilestoneKind;
import org.scicoop.secretariat.proposal.entity.ProposalStatus;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A proposal as its reader may see it: the working copy ({@code content}), what stands in the way of
 * submission ({@code findings}), the submitted versions, and what the reader may do ({@code rights}). People
 * appear by username in its records (who uploaded a file, who submitted a version); {@code people} names them
 * (display names by username, for those who logged in), and {@code coordinatorName} is the coordinator as people
 * name them (the coordinating partner's investigator, else the username).
 */
public record ProposalView(
        long id,
        long version,
        String callCode,
        String callTitle,
        Instant deadline,
        boolean callAcceptsProposals,
        String coordinator,
        String coordinatorName,
        ProposalStatus status,
        Instant createdAt,
        Instant submittedAt,
        Instant screenedAt,
        String screeningReasons,
        Content content,
        List<Finding> findings,
        List<SubmissionView> submissions,
        Rights rights,
        Map<String, String> people) implements Serializable, VersionedView {

    /** The name of a person its records mention, by username (the username where nobody of that name logged in). */
    public String name(String username) {
        return people.getOrDefault(username, username);
    }

    /** The part of a proposal that is submitted, and kept as it was in each submitted version. */
    public record Content(String acronym, String title, String abstractText, String keywords, Integer durationMonths,
                         List<PartnerView> partners, List<MilestoneView> milestones,
                         List<AttachmentView> attachments) implements Serializable {
    }

    public record PartnerView(long id, int ordinal, boolean coordinating, long organisationId, String organisation,
                              String countryCode, String countryName, boolean developing, String piName,
                              String piEmail, boolean linked, Instant invitedAt, FundingSource source, Long agencyId,
                              String agency, String currency, BigDecimal requested, BigDecimal personMonths,
                              List<String> declarations) implements Serializable {
    }

    public record MilestoneView(int ordinal, String title, int dueMonth, MilestoneKind kind, Integer responsible,
                                String responsibleName) implements Serializable {
    }

    public record AttachmentView(long id, AttachmentKind kind, String fileName, long size, String sha256,
                                 Instant uploadedAt, String uploadedBy) implements Serializable {
    }

    public record SubmissionView(int number, String receipt, Instant submittedAt, String submittedBy)
            implements Serializable {
    }

    /**
     * What the reader may do now: edit everything (the coordinator, while editable), edit these
     * partners (their own partner data), submit, reopen, withdraw, screen (officers after the deadline).
     */
    public record Rights(boolean coordinator, boolean editable, Set<Long> editablePartners, boolean submit,
                         boolean reopen, boolean withdraw, boolean screen, boolean invite) implements Serializable {
    }
}

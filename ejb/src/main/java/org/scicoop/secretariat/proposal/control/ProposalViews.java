package org.scicoop.secretariat.proposal.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.scicoop.secretariat.person.control.Callers;
import org.scicoop.secretariat.proposal.boundary.ProposalSummary;
import org.scicoop.secretariat.proposal.boundary.ProposalView;
import org.scicoop.secretariat.proposal.entity.Eligibility;
import org.scicoop.secretariat.proposal.entity.Partner;
import org.scicoop.secretariat.proposal.entity.PlannedMilestone;
import org.scicoop.secretariat.proposal.entity.Proposal;
import org.scicoop.secretariat.proposal.entity.ProposalAttachment;
import org.scicoop.secretariat.proposal.entity.ProposalStatus;
import org.scicoop.secretariat.proposal.entity.ProposalSubmission;
import org.scicoop.secretariat.reference.control.ExchangeRates;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns proposals into what readers see, and submitted versions into JSON and back. */
@Dependent
public class ProposalViews {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    ProposalAccess access;

    @Inject
    ExchangeRates rates;

    @Inject
    Clock clock;

    @Inject
    Callers callers;

    public ProposalView view(Proposal proposal, List<ProposalSubmission> submissions) {
        Instant now = clock.instant();
        String me = access.username();
        boolean coordinator = access.isMember() && proposal.isCoordinator(me);
        boolean beforeDeadline = now.isBefore(proposal.getCall().getDeadline());
        boolean editable = proposal.getStatus().isEditable() && beforeDeadline;
        Set<Long> editablePartners = editable ? proposal.getPartners().stream()
                .filter(p -> access.mayEditPartner(proposal, p))
                .map(Partner::getId)
                .collect(Collectors.toCollection(LinkedHashSet::new)) : Set.of();
        boolean accepts = proposal.getCall().acceptsProposals(now);
        ProposalView.Rights rights = new ProposalView.Rights(coordinator, coordinator && editable, editablePartners,
                coordinator && editable && accepts,
                coordinator && proposal.getStatus() == ProposalStatus.SUBMITTED && beforeDeadline,
                coordinator && beforeDeadline && (proposal.getStatus().isEditable()
                        || proposal.getStatus() == ProposalStatus.SUBMITTED),
                access.isOfficer() && !beforeDeadline && ProposalAccess.SUBMITTED.contains(proposal.getStatus()),
                coordinator && editable);
        Set<String> mentioned = new LinkedHashSet<>();
        mentioned.add(proposal.getCoordinator());
        proposal.getAttachments().forEach(attachment -> mentioned.add(attachment.getUploadedBy()));
        submissions.forEach(submission -> mentioned.add(submission.getSubmittedBy()));
        mentioned.remove(null);
        return new ProposalView(proposal.getId(), proposal.getVersion(), proposal.getCall().getCode(),
                proposal.getCall().getTitle(), proposal.getCall().getDeadline(), accepts, proposal.getCoordinator(),
                proposal.getCoordinatorName(), proposal.getStatus(), proposal.getCreatedAt(), proposal.getSubmittedAt(),
                proposal.getScreenedAt(), proposal.getScreeningReasons(), content(proposal),
                proposal.getStatus().isEditable() ? Eligibility.check(proposal) : List.of(),
                submissions.stream().map(ProposalViews::submission).toList(), rights, callers.names(mentioned));
    }

    /** A person by name (the username where nobody of that name logged in). */
    public String name(String username) {
        return callers.names(List.of(username)).getOrDefault(username, username);
    }

    public ProposalView.Content content(Proposal proposal) {
        return new ProposalView.Content(proposal.getAcronym(), proposal.getTitle(), proposal.getAbstractText(),
                proposal.getKeywords(), proposal.getDurationMonths(),
                proposal.getPartners().stream().map(ProposalViews::partner).toList(),
                proposal.getMilestones().stream().map(ProposalViews::milestone).toList(),
                proposal.getAttachments().stream().map(ProposalViews::attachment).toList());
    }

    public static ProposalView.PartnerView partner(Partner p) {
        return new ProposalView.PartnerView(p.getId(), p.getOrdinal(), p.isCoordinating(), p.getOrganisation().getId(),
                p.getOrganisation().getName(), p.getCountry().getCode(), p.getCountry().getName(),
                p.getCountry().isDeveloping(), p.getPiName(), p.getPiEmail(), p.getMember() != null,
                p.getInvitedAt(), p.getSource(), p.getAgency() == null ? null : p.getAgency().getId(),
                p.getAgency() == null ? null : p.getAgency().getAcronym(),
                p.getCurrency() == null ? null : p.getCurrency().getCurrencyCode(), p.getRequested(),
                p.getPersonMonths(), List.copyOf(p.getDeclarations()));
    }

    static ProposalView.MilestoneView milestone(PlannedMilestone m) {
        Partner responsible = m.getResponsible();
        return new ProposalView.MilestoneView(m.getOrdinal(), m.getTitle(), m.getDueMonth(), m.getKind(),
                responsible == null ? null : responsible.getOrdinal(),
                responsible == null ? null : responsible.getOrganisation().getName());
    }

    public static ProposalView.AttachmentView attachment(ProposalAttachment a) {
        return new ProposalView.AttachmentView(a.getId(), a.getKind(), a.getFileName(), a.getSize(), a.getSha256(),
                a.getUploadedAt(), a.getUploadedBy());
    }

    static ProposalView.SubmissionView submission(ProposalSubmission s) {
        return new ProposalView.SubmissionView(s.getNumber(), s.getReceipt(), s.getSubmittedAt(), s.getSubmittedBy());
    }

    public ProposalSummary summary(Proposal proposal) {
        List<String> countries = proposal.getPartners().stream().map(p -> p.getCountry().getCode()).distinct()
                .toList();
        return new ProposalSummary(proposal.getId(), proposal.getAcronym(), proposal.getTitle(),
                proposal.getCall().getCode(), proposal.getCall().getTitle(), proposal.getCall().getDeadline(),
                proposal.getStatus(), proposal.getCoordinator(), proposal.getCoordinatorName(), proposal.getPartners().size(),
                countries,
                requestedEur(proposal.getPartners()).orElse(null), proposal.getSubmittedAt());
    }

    /** The partners' requests in euros at today's rates; empty when a currency has no rate. */
    public Optional<BigDecimal> requestedEur(List<Partner> partners) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (Partner partner : partners) {
            if (partner.getRequested().signum() == 0 || partner.getCurrency() == null) {
                continue;
            }
            Optional<BigDecimal> eur = rates.toEur(partner.getRequested(), partner.getCurrency(), today);
            if (eur.isEmpty()) {
                return Optional.empty();
            }
            total = total.add(eur.get());
        }
        return Optional.of(total);
    }

    public static String json(ProposalView.Content content) {
        return JSON.toJson(content);
    }

    public static ProposalView.Content content(String json) {
        return JSON.fromJson(json, ProposalView.Content.class);
    }
}

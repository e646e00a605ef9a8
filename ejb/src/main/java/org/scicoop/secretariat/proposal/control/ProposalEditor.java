package org.scicoop.secretariat.proposal.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.scicoop.secretariat.audit.entity.AuditRevisionListener;
import org.scicoop.secretariat.call.entity.Call;
import org.scicoop.secretariat.platform.boundary.BadInput;
import org.scicoop.secretariat.proposal.boundary.MilestoneCommand;
import org.scicoop.secretariat.proposal.boundary.PartnerCommand;
import org.scicoop.secretariat.proposal.boundary.ProposalCommand;
import org.scicoop.secretariat.proposal.boundary.ProposalContent;
import org.scicoop.secretariat.proposal.boundary.ProposalView;
import org.scicoop.secretariat.proposal.entity.Funding;
import org.scicoop.secretariat.proposal.entity.Partner;
import org.scicoop.secretariat.proposal.entity.PlannedMilestone;
import org.scicoop.secretariat.proposal.entity.Proposal;
import org.scicoop.secretariat.proposal.entity.ProposalAttachment;
import org.scicoop.secretariat.reference.entity.FundingAgency;
import org.scicoop.secretariat.reference.entity.Organisation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Applies what the coordinator edits ({@link ProposalContent}) to a proposal: the one path for the
 * editor's save, the API's {@code PUT}, the live check and, at the deadline, the return of a reopened
 * proposal to its last submitted version.
 */
@Dependent
public class ProposalEditor {

    @PersistenceContext
    EntityManager em;

    @Inject
    PartnerOrganisations organisations;

    @Inject
    AccountLinks links;

    /**
     * Applies the content as of {@code now} (the request's instant, by the server's clock); an account it lets go
     * (a partner removed, an address changed) is recorded.
     */
    public void apply(Proposal proposal, ProposalContent content, Instant now) {
        Map<Long, AccountLinks.Linked> linked = links.linked(proposal);
        applyContent(proposal, content, now);
        links.recordUnlinks(proposal, linked, AuditRevisionListener.currentUsername(), now);
    }

    /** Applies one partner's data as of {@code now}; an account it lets go (the address changed) is recorded. */
    public void applyPartner(Proposal proposal, Partner partner, PartnerCommand command, Instant now) {
        Map<Long, AccountLinks.Linked> linked = links.linked(proposal);
        changePartner(proposal, partner, command, now);
        links.recordUnlinks(proposal, linked, AuditRevisionListener.currentUsername(), now);
    }

    private void applyContent(Proposal proposal, ProposalContent content, Instant now) {
        ProposalCommand text = content.proposal();
        proposal.describe(text.acronym(), text.title(), text.abstractText(), text.keywords(), text.durationMonths(),
                now);
        Map<Long, Partner> existing = new HashMap<>();
        proposal.getPartners().forEach(p -> existing.put(p.getId(), p));
        List<Partner> ordered = new ArrayList<>();
        for (ProposalContent.Entry entry : content.partners()) {
            Partner partner;
            if (entry.id() != null) {
                partner = existing.remove(entry.id());
                if (partner == null) {
                    throw new BadInput("problem.input.unknownPartner", entry.id());
                }
            } else {
                partner = proposal.addPartner(organisations.resolve(entry.partner().organisationId(),
                        entry.partner().newOrganisation()), now);
            }
            changePartner(proposal, partner, entry.partner(), now);
            ordered.add(partner);
        }
        for (Partner left : existing.values()) {
            proposal.removePartner(left, now);
        }
        List<PlannedMilestone.Plan> plans = new ArrayList<>();
        for (MilestoneCommand milestone : content.milestones()) {
            Integer index = milestone.responsible();
            if (index != null && index >= ordered.size()) {
                throw new BadInput("problem.input.unknownPartner", index);
            }
            plans.add(new PlannedMilestone.Plan(milestone.title(), milestone.dueMonth(), milestone.kind(),
                    index == null ? null : ordered.get(index)));
        }
        proposal.planMilestones(plans, now);
    }

    private void changePartner(Proposal proposal, Partner partner, PartnerCommand command, Instant now) {
        if (command.organisationId() != null || command.newOrganisation() != null) {
            Organisation organisation = organisations.resolve(command.organisationId(), command.newOrganisation());
            if (!Objects.equals(organisation.getId(), partner.getOrganisation().getId())) {
                partner.changeOrganisation(organisation, now);
            }
        }
        partner.describeInvestigator(command.piName(), partner.isCoordinating() && command.piEmail() == null
                ? partner.getPiEmail() : command.piEmail(), now);
        partner.fundedBy(option(proposal.getCall(), partner, command), command.requested(), now);
        partner.plan(command.personMonths(), now);
        if (command.declarations() != null) {
            partner.declare(command.declarations(), now);
        }
    }

    /** The funding the command names; none named: the default for the partner's country. */
    private Funding.Option option(Call call, Partner partner, PartnerCommand command) {
        if (command.source() == null) {
            return Funding.options(call, partner.getCountry()).get(0);
        }
        return switch (command.source()) {
            case SELF_FUNDED -> Funding.Option.selfFunded();
            case COMMON_FUND -> Funding.Option.commonFund();
            case AGENCY -> {
                if (command.agencyId() == null) {
                    yield Funding.options(call, partner.getCountry()).get(0);
                }
                FundingAgency agency = em.find(FundingAgency.class, command.agencyId());
                if (agency == null) {
                    throw new BadInput("problem.input.unknownAgency", command.agencyId());
                }
                yield Funding.Option.agency(agency);
            }
        };
    }

    /**
     * At the deadline, a reopened proposal goes back to its last submitted version (which counts): its
     * text, partners, milestones and attachments as they were submitted.
     */
    public void restore(Proposal proposal, ProposalView.Content submitted, Instant now) {
        Set<Long> present = new HashSet<>();
        proposal.getPartners().forEach(p -> present.add(p.getId()));
        List<ProposalContent.Entry> partners = submitted.partners().stream()
                .map(p -> new ProposalContent.Entry(present.contains(p.id()) ? p.id() : null,
                        new PartnerCommand(p.organisationId(), null, p.piName(), p.piEmail(), p.source(), p.agencyId(),
                                p.requested(), p.personMonths(), p.declarations())))
                .toList();
        List<MilestoneCommand> milestones = submitted.milestones().stream()
                .map(m -> new MilestoneCommand(m.title(), m.dueMonth(), m.kind(), m.responsible()))
                .toList();
        apply(proposal, new ProposalContent(new ProposalCommand(submitted.acronym(), submitted.title(),
                submitted.abstractText(), submitted.keywords(), submitted.durationMonths()), partners, milestones), now);
        Set<String> kept = new HashSet<>();
        submitted.attachments().forEach(a -> kept.add(a.sha256()));
        for (ProposalAttachment attachment : List.copyOf(proposal.getAttachments())) {
            if (!kept.contains(attachment.getSha256())) {
                proposal.detach(attachment, now);
            }
        }
        for (ProposalView.AttachmentView attachment : submitted.attachments()) {
            if (proposal.getAttachments().stream().noneMatch(a -> a.getSha256().equals(attachment.sha256()))) {
                proposal.attach(attachment.kind(), attachment.fileName(), attachment.sha256(), attachment.size(),
                        attachment.uploadedBy(), now);
            }
        }
    }
}

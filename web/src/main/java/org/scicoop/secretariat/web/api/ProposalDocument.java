package org.scicoop.secretariat.web.api;

import org.scicoop.secretariat.proposal.boundary.MilestoneCommand;
import org.scicoop.secretariat.proposal.boundary.NewOrganisation;
import org.scicoop.secretariat.proposal.boundary.PartnerCommand;
import org.scicoop.secretariat.proposal.boundary.ProposalCommand;
import org.scicoop.secretariat.proposal.boundary.ProposalContent;
import org.scicoop.secretariat.proposal.entity.FundingSource;
import org.scicoop.secretariat.proposal.entity.MilestoneKind;

import java.math.BigDecimal;
import java.util.List;

/**
 * What {@code PUT /proposals/{id}} takes: the proposal as a {@code GET} answered it ({@code ProposalView}, findings in words),
 * of which only {@code content} is read (every other member, and the read-only members of the content — names,
 * countries, attachments, links — are ignored). A partner without an id is a new one, with an {@code organisationId}
 * or a {@code newOrganisation}; a partner left out is removed. The service checks the values (its contract's
 * constraints), so this record only carries them.
 */
public record ProposalDocument(Content content) {

    public record Content(String acronym, String title, String abstractText, String keywords, Integer durationMonths,
                          List<Partner> partners, List<Milestone> milestones) {
    }

    public record Partner(Long id, Long organisationId, NewOrganisation newOrganisation, String piName,
                          String piEmail, FundingSource source, Long agencyId, BigDecimal requested,
                          BigDecimal personMonths, List<String> declarations) {
    }

    /** {@code responsible}: the position of the partner in {@code partners} (0 = the coordinating partner). */
    public record Milestone(String title, int dueMonth, MilestoneKind kind, Integer responsible) {
    }

    /** The service's command; null parts stay null for the service's constraints to name. */
    public ProposalContent toContent() {
        if (content == null) {
            return null;
        }
        return new ProposalContent(
                new ProposalCommand(content.acronym(), content.title(), content.abstractText(), content.keywords(),
                        content.durationMonths()),
                content.partners() == null ? null : content.partners().stream()
                        .map(p -> p == null ? null : new ProposalContent.Entry(p.id(), new PartnerCommand(
                                p.organisationId(), p.newOrganisation(), p.piName(), p.piEmail(), p.source(),
                                p.agencyId(), p.requested(), p.personMonths(), p.declarations())))
                        .toList(),
                content.milestones() == null ? null : content.milestones().stream()
                        .map(m -> m == null ? null : new MilestoneCommand(m.title(), m.dueMonth(), m.kind(),
                                m.responsible()))
                        .toList());
    }
}

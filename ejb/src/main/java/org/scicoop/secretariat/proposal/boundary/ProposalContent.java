package org.scicoop.secretariat.proposal.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * Everything the coordinator edits, at once (the API's {@code PUT} and the editor's save): partners
 * with an id are the existing ones, without an id new ones; existing partners left out are removed
 * (never the coordinating partner).
 */
public record ProposalContent(
        @NotNull @Valid ProposalCommand proposal,
        @NotNull @Size(max = 50) List<@NotNull @Valid Entry> partners,
        @NotNull @Size(max = 100) List<@NotNull @Valid MilestoneCommand> milestones) {

    public record Entry(Long id, @NotNull @Valid PartnerCommand partner) {
    }
}

package org.scicoop.secretariat.proposal.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new proposal: the call, an acronym, and the coordinator's organisation (known by id, or new). */
public record CreateProposal(
        @NotBlank @Size(max = 40) String callCode,
        @NotBlank @Size(max = 30) String acronym,
        Long organisationId,
        @Valid NewOrganisation newOrganisation) {
}

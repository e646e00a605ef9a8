package org.scicoop.secretariat.proposal.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The proposal's own text: acronym (required from the start), title, abstract, keywords, duration. */
public record ProposalCommand(
        @NotBlank @Size(max = 30) String acronym,
        @Size(max = 300) String title,
        @Size(max = 4000) String abstractText,
        @Size(max = 500) String keywords,
        @Min(1) @Max(120) Integer durationMonths) {
}

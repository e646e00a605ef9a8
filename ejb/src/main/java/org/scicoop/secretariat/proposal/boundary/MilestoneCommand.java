package org.scicoop.secretariat.proposal.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.scicoop.secretariat.proposal.entity.MilestoneKind;
import org.scicoop.secretariat.proposal.entity.Proposal;

/** A planned milestone; {@code responsible} is the position of the partner in the proposal's list (0 = coordinator). */
public record MilestoneCommand(
        @NotBlank @Size(max = 300) String title,
        @Min(1) @Max(120) int dueMonth,
        @NotNull MilestoneKind kind,
        @Min(0) @Max(Proposal.MAX_PARTNERS - 1) Integer responsible) {
}

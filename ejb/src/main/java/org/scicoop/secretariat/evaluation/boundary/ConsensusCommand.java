package org.scicoop.secretariat.evaluation.boundary;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.scicoop.secretariat.evaluation.entity.Consensus;
import org.scicoop.secretariat.evaluation.entity.Evaluation;

import java.math.BigDecimal;
import java.util.List;

/** The officer's consensus on a proposal: a score per criterion (in the call's order) and the report. */
public record ConsensusCommand(
        @NotNull @Size(min = 1, max = Evaluation.MAX_CRITERIA) List<@NotNull @DecimalMin("0") @DecimalMax("5") BigDecimal> scores,
        @NotBlank @Size(max = Consensus.MAX_REPORT) String report) {
}

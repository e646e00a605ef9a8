package org.scicoop.secretariat.evaluation.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.scicoop.secretariat.evaluation.entity.Assignment;
import org.scicoop.secretariat.evaluation.entity.Evaluation;

import java.math.BigDecimal;
import java.util.List;

/** A reviewer's scores and comments, one entry per criterion in the call's order; a draft may leave some empty. */
public record ScoresCommand(@NotNull @Size(min = 1, max = Evaluation.MAX_CRITERIA) List<@Valid @NotNull Entry> entries) {

    public record Entry(@DecimalMin("0") @DecimalMax("5") BigDecimal score,
                        @Size(max = Assignment.MAX_COMMENT) String comment) {
    }
}

package org.scicoop.secretariat.evaluation.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.scicoop.secretariat.evaluation.entity.Evaluation;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** How an officer wants a call evaluated: criteria (in tie-breaking order) with thresholds, and reviewer settings. */
public record EvaluationSettings(
        @NotNull @Size(min = 1, max = Evaluation.MAX_CRITERIA) List<@Valid @NotNull Criterion> criteria,
        @NotNull @DecimalMin("0") @DecimalMax("50") BigDecimal totalThreshold,
        @Min(1) @Max(10) int reviewersPerProposal,
        @Min(1) @Max(500) int maxLoad,
        boolean otherCountryThanCoordinator) implements Serializable {

    public record Criterion(@NotNull @Pattern(regexp = "[A-Z][A-Z_]{1,39}") String code,
                            @NotNull @DecimalMin("0") @DecimalMax("5") BigDecimal threshold) implements Serializable {
    }

    public static EvaluationSettings defaults() {
        return of(Evaluation.Settings.defaults());
    }

    public static EvaluationSettings of(Evaluation.Settings settings) {
        return new EvaluationSettings(settings.criteria().stream()
                .map(c -> new Criterion(c.code(), c.threshold())).toList(), settings.totalThreshold(),
                settings.reviewersPerProposal(), settings.maxLoad(), settings.otherCountryThanCoordinator());
    }

    Evaluation.Settings domain() {
        return new Evaluation.Settings(criteria.stream()
                .map(c -> new Evaluation.CriterionSetting(c.code(), c.threshold())).toList(), totalThreshold,
                reviewersPerProposal, maxLoad, otherCountryThanCoordinator);
    }
}

package org.scicoop.secretariat.evaluation.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.scicoop.secretariat.evaluation.entity.CommonPot;

import java.math.BigDecimal;
import java.util.List;

/**
 * What an officer changes against the walk: overrides of lines (fund a reserve proposal, skip a funded one, each with
 * its reason) for the decision; for a what-if also extra national top-ups and another total threshold (null: the
 * call's), none of them saved.
 */
public record AllocationChoices(@NotNull @Size(max = 1000) List<@Valid @NotNull Override> overrides,
                                @NotNull @Size(max = 100) List<@Valid @NotNull ExtraBudget> extraBudgets,
                                @DecimalMin("0") @DecimalMax("50") BigDecimal threshold) {

    public static final AllocationChoices NONE = new AllocationChoices(List.of(), List.of(), null);

    public record Override(long proposalId, @NotNull CommonPot.Override.Kind kind,
                           @NotBlank @Size(max = 2000) String reason) {
    }

    /** A top-up tried in a what-if: {@code amount} more for {@code agencyId}, in its currency. */
    public record ExtraBudget(long agencyId,
                              @NotNull @DecimalMin("0.01") @Digits(integer = 12, fraction = 2) BigDecimal amount) {
    }
}

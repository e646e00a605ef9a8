package org.scicoop.secretariat.call.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.scicoop.secretariat.call.entity.Call;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** What an officer submits to create or revise a call. */
public record CallCommand(
        @NotBlank @Size(max = 40) @Pattern(regexp = Call.CODE_PATTERN, message = "{call.code.pattern}") String code,
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 4000) String summary,
        @NotEmpty @Size(max = CallCommand.MAX_THEMES) List<@NotBlank @Size(max = 40) String> themes,
        @NotNull Instant opensAt,
        @NotNull Instant deadline,
        @NotNull @DecimalMin("0") @Digits(integer = 17, fraction = 2) BigDecimal commonFundEur,
        @Min(2) @Max(50) int minPartners,
        @Min(1) @Max(50) int minCountries,
        boolean developingPartnerRequired,
        boolean coordinatorCountryFunds,
        @Min(1) @Max(120) int maxDurationMonths,
        @NotNull @Size(max = CallCommand.MAX_COMMITMENTS) List<@Valid @NotNull CommitmentCommand> commitments) {

    /** More thematic areas than the programme has; a call names a few. */
    public static final int MAX_THEMES = 50;
    /** One commitment per agency of the programme's partner countries, with room to spare. */
    public static final int MAX_COMMITMENTS = 100;

    /** One agency's budget for the call, in the agency's currency. */
    public record CommitmentCommand(
            @NotNull Long agencyId,
            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 17, fraction = 2) BigDecimal amount,
            @DecimalMin(value = "0", inclusive = false) @Digits(integer = 17, fraction = 2) BigDecimal maxRequestPerPartner) {
    }
}

package org.scicoop.secretariat.reference.boundary;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.scicoop.secretariat.platform.boundary.VersionedView;
import org.scicoop.secretariat.reference.entity.NationalRules;
import org.scicoop.secretariat.reference.entity.OrganisationType;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * An agency's national eligibility rules as read and written (the API's GET and PUT, the page's form): the
 * organisation types it funds (empty: all), the most it grants a partner in its currency and the longest project
 * (null: no limit of its own), the declarations its partners make. {@code agency}, {@code currency} and
 * {@code version} are read only.
 */
public record NationalRulesView(
        Long agencyId, String agency, String country, String currency,
        @NotNull @Size(max = 5) List<@NotNull OrganisationType> eligibleTypes,
        @DecimalMin("0.01") @DecimalMax("999999999999") @Digits(integer = 12, fraction = 2) BigDecimal maxRequest,
        @Min(1) @Max(120) Integer maxDurationMonths,
        @NotNull @Size(max = NationalRules.MAX_DECLARATIONS)
        List<@NotBlank @Size(max = NationalRules.MAX_DECLARATION_LENGTH) String> declarations,
        long version) implements Serializable, VersionedView {
}

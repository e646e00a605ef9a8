package org.scicoop.secretariat.proposal.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.scicoop.secretariat.proposal.entity.FundingSource;
import org.scicoop.secretariat.reference.entity.NationalRules;

import java.math.BigDecimal;
import java.util.List;

/**
 * A partner as the applicant gives it: an organisation (a known one by id, or a new one), the
 * principal investigator, the funding source (none: the default for the partner's country; an
 * agency by id when its country has several) and the request, and person-months; the national declarations of
 * its agency it makes (null: as they are).
 */
public record PartnerCommand(
        Long organisationId,
        @Valid NewOrganisation newOrganisation,
        @Size(max = 200) String piName,
        @Email @Size(max = 254) String piEmail,
        FundingSource source,
        Long agencyId,
        @DecimalMin("0") @Digits(integer = 15, fraction = 2) BigDecimal requested,
        @DecimalMin("0") @DecimalMax("1200") @Digits(integer = 4, fraction = 1) BigDecimal personMonths,
        @Size(max = NationalRules.MAX_DECLARATIONS)
        List<@NotBlank @Size(max = NationalRules.MAX_DECLARATION_LENGTH) String> declarations) {
}

package org.scicoop.secretariat.project.boundary;

import org.scicoop.secretariat.project.entity.ProjectState;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A funded project as open data (issue 14, item 8): what the programme publishes of it — the project, its call, the
 * decision's date and each partner organisation's grant with who pays it. Nothing about people (no investigators, no
 * e-mail addresses, no coordinator's username) and nothing of the reports. A stable shape: fields are added, never
 * renamed or removed (docs/README.md, "Open data").
 */
public record FundedProject(long id, String acronym, String title, String summary, String callCode,
                            String callTitle, LocalDate awardDate, LocalDate startDate, LocalDate endDate,
                            int durationMonths, ProjectState state, List<FundedGrant> grants) {

    /**
     * A partner organisation's grant: the organisation (its name as at the decision, its ROR id when known), its
     * country, the amount in its currency, and the payer — a funding agency, or the programme's common fund.
     */
    public record FundedGrant(long id, boolean coordinator, long organisationId, String organisation,
                              String rorId, String country, BigDecimal amount, String currency, boolean commonFund,
                              Long agencyId, String agencyAcronym, String agencyName) {
    }
}

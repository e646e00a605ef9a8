package org.scicoop.secretariat.call.boundary;

import org.scicoop.secretariat.call.entity.CallStatus;
import org.scicoop.secretariat.call.entity.PublicPhase;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A call as screens and the API show it. {@code totalEur} is null when a currency has no rate yet. */
public record CallView(String code, String title, String summary, CallStatus status, PublicPhase phase,
                       Instant opensAt, Instant deadline, BigDecimal commonFundEur, Rules rules, List<String> themes,
                       List<CommitmentView> commitments, Map<String, BigDecimal> budgetByCurrency, BigDecimal totalEur,
                       List<ExtensionView> extensions, Instant openedAt, Instant closedAt, String cancelReason,
                       long version) {

    public record Rules(int minPartners, int minCountries, boolean developingPartnerRequired,
                        boolean coordinatorCountryFunds, int maxDurationMonths) {
    }

    public record CommitmentView(Long agencyId, String agency, String agencyName, String country, String currency,
                                 BigDecimal amount, BigDecimal maxRequestPerPartner, BigDecimal amountEur) {
    }

    public record ExtensionView(Instant previousDeadline, Instant newDeadline, String reason, String extendedBy,
                                Instant extendedAt) {
    }
}

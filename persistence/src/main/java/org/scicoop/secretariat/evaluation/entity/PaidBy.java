package org.scicoop.secretariat.evaluation.entity;

import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.scicoop.secretariat.reference.entity.FundingAgency;

import java.util.Currency;
import java.util.function.LongFunction;

/** Who pays an amount in a recorded decision, and in which currency: an agency, or the common fund (no agency, euros). */
@Embeddable
public class PaidBy {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_id")
    private FundingAgency agency;

    private Currency currency;

    protected PaidBy() {
    }

    PaidBy(CommonPot.Payer payer, Currency currency, LongFunction<FundingAgency> agencies) {
        this.agency = payer.isCommonFund() ? null : agencies.apply(payer.agencyId());
        this.currency = currency;
    }

    /** The paying agency; null for the common fund. */
    public FundingAgency getAgency() {
        return agency;
    }

    public boolean isCommonFund() {
        return agency == null;
    }

    public Currency getCurrency() {
        return currency;
    }
}

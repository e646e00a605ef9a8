package org.scicoop.secretariat.call.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.scicoop.secretariat.reference.entity.FundingAgency;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/** A funding agency's committed budget for a call, in the agency's own currency. */
@Entity
@Audited
@Table(name = "call_commitment")
public class Commitment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "call_id")
    private Call call;

    // Agencies seeded by migrations have no audit rows: history shows the agency as it is now.
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private FundingAgency agency;

    @Column(precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(length = 3)
    private Currency currency;

    /** The most one partner may request from this agency; none means the call's budget is the limit. */
    @Column(name = "max_request_per_partner", precision = 19, scale = 2)
    private BigDecimal maxRequestPerPartner;

    @Version
    private long version;

    protected Commitment() {
    }

    Commitment(Call call, FundingAgency agency, BigDecimal amount, BigDecimal maxRequestPerPartner) {
        this.call = Objects.requireNonNull(call);
        this.agency = Objects.requireNonNull(agency);
        this.currency = agency.getCurrency();
        change(amount, maxRequestPerPartner);
    }

    void change(BigDecimal newAmount, BigDecimal newMaxRequestPerPartner) {
        this.amount = Objects.requireNonNull(newAmount).setScale(2, java.math.RoundingMode.HALF_EVEN);
        this.maxRequestPerPartner = newMaxRequestPerPartner == null ? null
                : newMaxRequestPerPartner.setScale(2, java.math.RoundingMode.HALF_EVEN);
    }

    public Long getId() {
        return id;
    }

    public Call getCall() {
        return call;
    }

    public FundingAgency getAgency() {
        return agency;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public Currency getCurrency() {
        return currency;
    }

    public BigDecimal getMaxRequestPerPartner() {
        return maxRequestPerPartner;
    }
}

package org.scicoop.secretariat.evaluation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.scicoop.secretariat.call.entity.Call;
import org.scicoop.secretariat.call.entity.CallStatus;
import org.scicoop.secretariat.platform.rules.PlainText;
import org.scicoop.secretariat.platform.rules.RuleViolation;
import org.scicoop.secretariat.reference.entity.FundingAgency;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

import static org.scicoop.secretariat.platform.rules.RuleViolation.require;
import static org.scicoop.secretariat.platform.rules.RuleViolation.requireAt;

/**
 * A national top-up: an agency taking part in a call raises its budget for it, in its currency, before the
 * decision. Recorded as given and never changed (a mistake is corrected by the decision's what-if, not by editing
 * history); the agency's budget for the allocation is its commitment plus its top-ups. An amount above zero and a
 * reason are the rule, whoever asks (the page, the API): each refusal names its field.
 */
@Entity
@Table(name = "national_top_up")
public class TopUp {

    /** The largest single top-up: a trillion in any currency is a typing mistake. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999");
    public static final int MAX_REASON = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "call_id")
    private Call call;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id")
    private FundingAgency agency;

    private BigDecimal amount;

    private String reason;

    @Column(name = "added_by")
    private String addedBy;

    @Column(name = "added_at")
    private Instant addedAt;

    protected TopUp() {
    }

    /** {@code agency} raises its budget for {@code call} by {@code amount} (in its currency). */
    public static TopUp of(Call call, FundingAgency agency, BigDecimal amount, String reason, String addedBy,
                           Instant now) {
        require(call.getStatus() == CallStatus.CLOSED || call.getStatus() == CallStatus.IN_EVALUATION,
                "rule.topUp.notNow");
        require(call.commitmentOf(agency).isPresent(), "rule.topUp.notCommitted", agency.getAcronym());
        requireAt(amount != null && amount.signum() > 0 && amount.compareTo(MAX_AMOUNT) <= 0
                && amount.scale() <= 2, "/amount", "rule.topUp.amount");
        String why;
        try {
            why = PlainText.requiredParagraphs(reason, "topUp.field.reason");
        } catch (RuleViolation refused) {
            throw refused.at("/reason");
        }
        requireAt(why.length() <= MAX_REASON, "/reason", "rule.topUp.reasonTooLong", MAX_REASON);
        TopUp topUp = new TopUp();
        topUp.call = Objects.requireNonNull(call);
        topUp.agency = agency;
        topUp.amount = amount;
        topUp.reason = why;
        topUp.addedBy = addedBy;
        topUp.addedAt = now;
        return topUp;
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

    public String getReason() {
        return reason;
    }

    public String getAddedBy() {
        return addedBy;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}

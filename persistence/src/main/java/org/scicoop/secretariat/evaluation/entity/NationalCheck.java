package org.scicoop.secretariat.evaluation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.scicoop.secretariat.call.entity.CallStatus;
import org.scicoop.secretariat.platform.rules.PlainText;
import org.scicoop.secretariat.proposal.entity.Partner;

import java.time.Instant;
import java.util.Objects;

import static org.scicoop.secretariat.platform.rules.RuleViolation.require;

/**
 * A national contact's sign-off of one partner (PRODUCT.md, "Evaluation"): nationally eligible, or not with the
 * reason. Given after the call's deadline, changed until the funding decision. A proposal with a partner found not
 * eligible is not funded unless an officer overrides the line with a reason.
 */
@Entity
@Audited
@Table(name = "national_check")
public class NationalCheck {

    public static final int MAX_REASON = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Partner partner;

    private boolean eligible;

    private String reason;

    @Column(name = "checked_by")
    private String checkedBy;

    @Column(name = "checked_at")
    private Instant checkedAt;

    @Version
    private long version;

    protected NationalCheck() {
    }

    /** The first sign-off of {@code partner}. */
    public static NationalCheck of(Partner partner, boolean eligible, String reason, String contact, Instant now) {
        NationalCheck check = new NationalCheck();
        check.partner = Objects.requireNonNull(partner);
        check.confirm(eligible, reason, contact, now);
        return check;
    }

    /** The contact's answer, again: until the call is decided, after its deadline. */
    public void confirm(boolean isEligible, String why, String contact, Instant now) {
        CallStatus status = partner.getProposal().getCall().getStatus();
        require(status == CallStatus.CLOSED || status == CallStatus.IN_EVALUATION, "rule.national.notNow");
        String text = PlainText.paragraphs(why, "national.field.reason");
        require(isEligible || text != null, "rule.national.reasonNeeded");
        require(text == null || text.length() <= MAX_REASON, "rule.national.reasonTooLong", MAX_REASON);
        eligible = isEligible;
        reason = text;
        checkedBy = contact;
        checkedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Partner getPartner() {
        return partner;
    }

    public boolean isEligible() {
        return eligible;
    }

    public String getReason() {
        return reason;
    }

    public String getCheckedBy() {
        return checkedBy;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }

    public long getVersion() {
        return version;
    }
}

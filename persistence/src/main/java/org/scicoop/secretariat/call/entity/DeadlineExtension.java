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
import org.hibernate.envers.Audited;

import java.time.Instant;

/** A recorded extension of a call's deadline: from when to when, why, by whom, when. */
@Entity
@Audited
@Table(name = "call_deadline_extension")
public class DeadlineExtension {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "call_id")
    private Call call;

    @Column(name = "previous_deadline")
    private Instant previousDeadline;

    @Column(name = "new_deadline")
    private Instant newDeadline;

    private String reason;

    @Column(name = "extended_by")
    private String extendedBy;

    @Column(name = "extended_at")
    private Instant extendedAt;

    protected DeadlineExtension() {
    }

    DeadlineExtension(Call call, Instant previousDeadline, Instant newDeadline, String reason, String extendedBy,
                      Instant extendedAt) {
        this.call = call;
        this.previousDeadline = previousDeadline;
        this.newDeadline = newDeadline;
        this.reason = reason;
        this.extendedBy = extendedBy;
        this.extendedAt = extendedAt;
    }

    public Instant getPreviousDeadline() {
        return previousDeadline;
    }

    public Instant getNewDeadline() {
        return newDeadline;
    }

    public String getReason() {
        return reason;
    }

    public String getExtendedBy() {
        return extendedBy;
    }

    public Instant getExtendedAt() {
        return extendedAt;
    }
}

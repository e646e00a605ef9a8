package org.scicoop.secretariat.proposal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.scicoop.secretariat.platform.rules.PlainText;

import java.util.Objects;

/** A milestone the consortium plans: title, due month of the project, kind and responsible partner. */
@Entity
@Audited
@Table(name = "proposal_milestone")
public class PlannedMilestone {

    /** What the applicant plans; whether the due month fits the duration is for {@link Eligibility}. */
    public record Plan(String title, int dueMonth, MilestoneKind kind, Partner responsible) {
        public Plan {
            Objects.requireNonNull(title);
            Objects.requireNonNull(kind);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "proposal_id")
    private Proposal proposal;

    private int ordinal;

    private String title;

    @Column(name = "due_month")
    private int dueMonth;

    @Enumerated(EnumType.STRING)
    private MilestoneKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "responsible_id")
    private Partner responsible;

    @Version
    private long version;

    protected PlannedMilestone() {
    }

    PlannedMilestone(Proposal proposal, int ordinal, Plan plan) {
        this.proposal = proposal;
        this.ordinal = ordinal;
        this.title = PlainText.requiredLine(plan.title(), "proposal.milestone.title");
        this.dueMonth = plan.dueMonth();
        this.kind = plan.kind();
        this.responsible = plan.responsible();
    }

    void assign(Partner partner) {
        this.responsible = partner;
    }

    public Long getId() {
        return id;
    }

    public int getOrdinal() {
        return ordinal;
    }

    public String getTitle() {
        return title;
    }

    public int getDueMonth() {
        return dueMonth;
    }

    public MilestoneKind getKind() {
        return kind;
    }

    public Partner getResponsible() {
        return responsible;
    }
}

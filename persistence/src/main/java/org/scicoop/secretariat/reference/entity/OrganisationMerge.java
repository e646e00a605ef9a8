package org.scicoop.secretariat.reference.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.util.Objects;

/**
 * The record that a duplicate organisation was merged into another: who did it, when, and what the
 * duplicate was. Envers keeps the duplicate's last state with its deletion; this record says where
 * its references went, which the deletion alone cannot tell. Ids and names are copied, not
 * referenced: the duplicate no longer exists, and the kept one may be merged or renamed later.
 */
@Entity
@Audited
@Table(name = "organisation_merge")
public class OrganisationMerge {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @Column(name = "kept_id")
    private Long keptId;

    @NotBlank
    @Size(max = 300)
    @Column(name = "kept_name")
    private String keptName;

    @NotNull
    @Column(name = "merged_id")
    private Long mergedId;

    @NotBlank
    @Size(max = 300)
    @Column(name = "merged_name")
    private String mergedName;

    @Column(name = "merged_ror_id", length = 9)
    private String mergedRorId;

    @NotNull
    @Column(name = "references_moved")
    private int referencesMoved;

    @NotBlank
    @Size(max = 100)
    @Column(name = "merged_by")
    private String mergedBy;

    @NotNull
    @Column(name = "merged_at")
    private Instant mergedAt;

    @Version
    private long version;

    protected OrganisationMerge() {
    }

    public OrganisationMerge(Organisation kept, Organisation duplicate, int referencesMoved, String mergedBy,
                             Instant mergedAt) {
        this.keptId = Objects.requireNonNull(kept.getId());
        this.keptName = kept.getName();
        this.mergedId = Objects.requireNonNull(duplicate.getId());
        this.mergedName = duplicate.getName();
        this.mergedRorId = duplicate.getRorId();
        this.referencesMoved = referencesMoved;
        this.mergedBy = Objects.requireNonNull(mergedBy);
        this.mergedAt = Objects.requireNonNull(mergedAt);
    }

    public Long getId() {
        return id;
    }

    public Long getKeptId() {
        return keptId;
    }

    public String getKeptName() {
        return keptName;
    }

    public Long getMergedId() {
        return mergedId;
    }

    public String getMergedName() {
        return mergedName;
    }

    public String getMergedRorId() {
        return mergedRorId;
    }

    public int getReferencesMoved() {
        return referencesMoved;
    }

    public String getMergedBy() {
        return mergedBy;
    }

    public Instant getMergedAt() {
        return mergedAt;
    }
}

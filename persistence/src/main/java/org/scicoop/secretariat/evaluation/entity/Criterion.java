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
import org.hibernate.envers.Audited;

import java.math.BigDecimal;

/** One criterion of a call's evaluation: its code (its name in the messages), its place and its threshold. */
@Entity
@Audited
@Table(name = "evaluation_criterion")
public class Criterion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "evaluation_id")
    private Evaluation evaluation;

    private int ordinal;

    private String code;

    @Column(precision = 2, scale = 1)
    private BigDecimal threshold;

    protected Criterion() {
    }

    Criterion(Evaluation evaluation, int ordinal, String code, BigDecimal threshold) {
        this.evaluation = evaluation;
        this.ordinal = ordinal;
        this.code = code;
        this.threshold = threshold;
    }

    public Long getId() {
        return id;
    }

    public int getOrdinal() {
        return ordinal;
    }

    public String getCode() {
        return code;
    }

    public BigDecimal getThreshold() {
        return threshold;
    }
}

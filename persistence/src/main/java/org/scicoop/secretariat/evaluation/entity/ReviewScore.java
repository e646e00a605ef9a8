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

/** A reviewer's score and comment for one criterion (by its place in the evaluation's criteria). */
@Entity
@Audited
@Table(name = "review_score")
public class ReviewScore {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id")
    private Assignment assignment;

    @Column(name = "criterion")
    private int criterion;

    @Column(precision = 2, scale = 1)
    private BigDecimal score;

    private String comment;

    protected ReviewScore() {
    }

    ReviewScore(Assignment assignment, int criterion, BigDecimal score, String comment) {
        this.assignment = assignment;
        this.criterion = criterion;
        change(score, comment);
    }

    void change(BigDecimal newScore, String newComment) {
        this.score = newScore;
        this.comment = newComment;
    }

    public int getCriterion() {
        return criterion;
    }

    public BigDecimal getScore() {
        return score;
    }

    public String getComment() {
        return comment;
    }
}

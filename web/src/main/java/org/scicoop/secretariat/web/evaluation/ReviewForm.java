package org.scicoop.secretariat.web.evaluation;

import java.io.Serializable;
import java.math.BigDecimal;

/** One criterion of the reviewer's score form: the criterion and its threshold, the score chosen and the comment. */
public class ReviewForm implements Serializable {

    private final String criterion;
    private final BigDecimal threshold;
    private String score;
    private String comment;

    ReviewForm(String criterion, BigDecimal threshold, String score, String comment) {
        this.criterion = criterion;
        this.threshold = threshold;
        this.score = score;
        this.comment = comment;
    }

    public String getCriterion() {
        return criterion;
    }

    public BigDecimal getThreshold() {
        return threshold;
    }

    public String getScore() {
        return score;
    }

    public void setScore(String score) {
        this.score = score == null || score.isBlank() ? null : score;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}

package org.scicoop.secretariat.evaluation.entity;

import org.junit.jupiter.api.Test;
import org.scicoop.secretariat.call.entity.Call;
import org.scicoop.secretariat.platform.rules.RuleViolation;
import org.scicoop.secretariat.proposal.entity.ProposalFixture;
import org.scicoop.secretariat.reference.entity.FundingAgency;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TopUpTest {

    private static final Instant AFTER_DEADLINE = ProposalFixture.NOW.plus(Duration.ofDays(70));

    private final Call call = closed();
    private final FundingAgency agency = call.getCommitments().get(0).getAgency();

    private static Call closed() {
        Call call = ProposalFixture.call();
        call.closeAtDeadline(AFTER_DEADLINE);
        return call;
    }

    private TopUp topUp(String amount, String reason) {
        return TopUp.of(call, agency, amount == null ? null : new BigDecimal(amount), reason, "contact", AFTER_DEADLINE);
    }

    private void refusedAt(Runnable action, String field, String messageKey) {
        assertThatThrownBy(action::run).isInstanceOf(RuleViolation.class)
                .satisfies(e -> {
                    assertThat(((RuleViolation) e).field()).isEqualTo(field);
                    assertThat(((RuleViolation) e).messageKey()).isEqualTo(messageKey);
                });
    }

    @Test
    void aTopUpIsAnAmountAboveZeroWithItsReason() {
        TopUp topUp = topUp("250000.50", "  Extra national funds.  ");
        assertThat(topUp.getAmount()).isEqualByComparingTo("250000.50");
        assertThat(topUp.getReason()).isEqualTo("Extra national funds.");
        assertThat(topUp.getAgency()).isSameAs(agency);
    }

    @Test
    void aMissingOrBlankReasonIsRefusedAtTheReason() {
        refusedAt(() -> topUp("1000", null), "/reason", "rule.text.required");
        refusedAt(() -> topUp("1000", " \n "), "/reason", "rule.text.required");
        refusedAt(() -> topUp("1000", "\u200b"), "/reason", "rule.text.invisible");
        refusedAt(() -> topUp("1000", "x".repeat(TopUp.MAX_REASON + 1)), "/reason", "rule.topUp.reasonTooLong");
    }

    @Test
    void anAmountOfZeroOrLessIsRefusedAtTheAmount() {
        refusedAt(() -> topUp("0", "More."), "/amount", "rule.topUp.amount");
        refusedAt(() -> topUp("0.00", "More."), "/amount", "rule.topUp.amount");
        refusedAt(() -> topUp("-5", "More."), "/amount", "rule.topUp.amount");
        refusedAt(() -> topUp(null, "More."), "/amount", "rule.topUp.amount");
        refusedAt(() -> topUp("0.001", "More."), "/amount", "rule.topUp.amount");
        refusedAt(() -> topUp("1000000000000", "More."), "/amount", "rule.topUp.amount");
    }

    @Test
    void aRuleAboutTheWholeNamesNoField() {
        Call open = ProposalFixture.call();
        assertThatThrownBy(() -> TopUp.of(open, agency, BigDecimal.TEN, "More.", "contact", ProposalFixture.NOW))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).field()).isNull());
    }
}

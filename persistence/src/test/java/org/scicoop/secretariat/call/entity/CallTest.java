package org.scicoop.secretariat.call.entity;

import org.junit.jupiter.api.Test;
import org.scicoop.secretariat.platform.rules.RuleViolation;
import org.scicoop.secretariat.reference.entity.Country;
import org.scicoop.secretariat.reference.entity.FundingAgency;
import org.scicoop.secretariat.reference.entity.IncomeGroup;
import org.scicoop.secretariat.reference.entity.ThematicArea;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    private static final Instant OPENS = NOW.plus(Duration.ofDays(7));
    private static final Instant DEADLINE = NOW.plus(Duration.ofDays(90));
    private static final ThematicArea CLIMATE = new ThematicArea("CLIMATE_CHANGE", "Climate change", "气候变化",
            "Changement climatique", "Cambio climático");
    private static final FundingAgency NSFC = new FundingAgency("NSFC", "National Natural Science Foundation of China",
            new Country("CN", "China", IncomeGroup.UPPER_MIDDLE, 2025), Currency.getInstance("CNY"));
    private static final FundingAgency ANR = new FundingAgency("ANR", "Agence nationale de la recherche",
            new Country("FR", "France", IncomeGroup.HIGH, 2025), Currency.getInstance("EUR"));

    private static Call draft() {
        return Call.draft("STI-2027-CLIM-01", new Call.CallText("Climate adaptation", "Adapting cities.", List.of(CLIMATE)),
                new Call.Schedule(OPENS, DEADLINE), EligibilityRules.defaults(), NOW);
    }

    private static Call openCall() {
        Call call = draft();
        call.commit(NSFC, new BigDecimal("5000000"), new BigDecimal("1000000"));
        call.open(NOW);
        return call;
    }

    private static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RuleViolation.class,
                violation -> assertThat(violation.messageKey()).isEqualTo(key));
    }

    @Test
    void aNewCallIsADraftWithTheProgrammesDefaultRules() {
        Call call = draft();

        assertThat(call.getStatus()).isEqualTo(CallStatus.DRAFT);
        assertThat(call.isPublished()).isFalse();
        assertThat(call.phase(NOW)).isEmpty();
        assertThat(call.getRules().getMinPartners()).isEqualTo(3);
        assertThat(call.getRules().getMinCountries()).isEqualTo(2);
        assertThat(call.getRules().isDevelopingPartnerRequired()).isTrue();
    }

    @Test
    void aDeadlineBeforeTheOpeningIsRefused() {
        assertRefused(() -> Call.draft("X-1", new Call.CallText("t", "s", List.of(CLIMATE)),
                new Call.Schedule(DEADLINE, OPENS), EligibilityRules.defaults(), NOW), "rule.call.deadlineBeforeOpening");
    }

    @Test
    void rulesAskingForMoreCountriesThanPartnersAreRefused() {
        assertRefused(() -> draft().changeRules(new EligibilityRules(3, 4, true, true, 36)),
                "rule.call.moreCountriesThanPartners");
    }

    @Test
    void openingWithoutAnyBudgetIsRefused() {
        assertRefused(() -> draft().open(NOW), "rule.call.noCommitment");
    }

    @Test
    void aCommonFundAloneIsEnoughToOpen() {
        Call call = draft();
        call.commitCommonFund(new BigDecimal("250000"));

        call.open(NOW);

        assertThat(call.getStatus()).isEqualTo(CallStatus.OPEN);
    }

    @Test
    void openingAfterTheDeadlineIsRefused() {
        Call call = draft();
        call.commit(ANR, new BigDecimal("1000000"), null);

        assertRefused(() -> call.open(DEADLINE.plusSeconds(1)), "rule.call.deadlineInPast");
    }

    @Test
    void anOpenedCallIsForthcomingUntilItsOpeningThenOpenUntilTheDeadlineThenClosed() {
        Call call = openCall();

        assertThat(call.isPublished()).isTrue();
        assertThat(call.phase(NOW)).contains(PublicPhase.FORTHCOMING);
        assertThat(call.acceptsProposals(NOW)).isFalse();
        assertThat(call.phase(OPENS)).contains(PublicPhase.OPEN);
        assertThat(call.acceptsProposals(OPENS.plusSeconds(60))).isTrue();
        assertThat(call.phase(DEADLINE)).contains(PublicPhase.CLOSED);
        assertThat(call.acceptsProposals(DEADLINE)).isFalse();
    }

    @Test
    void itsStateIsOneWordForEveryoneForthcomingOpenAndClosedAsThePublicSeesThem() {
        Call draft = draft();
        assertThat(draft.state(NOW)).isEqualTo(CallState.DRAFT);

        Call call = openCall();
        assertThat(call.state(NOW)).as("opened, before its opening instant").isEqualTo(CallState.FORTHCOMING);
        assertThat(call.state(OPENS)).isEqualTo(CallState.OPEN);
        assertThat(call.state(DEADLINE)).as("past the deadline, before the timer closes it").isEqualTo(CallState.CLOSED);
        call.closeAtDeadline(DEADLINE);
        assertThat(call.state(DEADLINE)).isEqualTo(CallState.CLOSED);

        Call cancelled = openCall();
        cancelled.cancel("no budget", NOW);
        assertThat(cancelled.state(NOW)).isEqualTo(CallState.CANCELLED);
    }

    @Test
    void commitmentsAreInTheAgencysCurrencyAndOnePerAgency() {
        Call call = draft();
        call.commit(NSFC, new BigDecimal("5000000"), null);
        call.commit(ANR, new BigDecimal("800000"), new BigDecimal("200000"));
        call.commit(NSFC, new BigDecimal("6000000"), null);
        call.commitCommonFund(new BigDecimal("300000"));

        assertThat(call.getCommitments()).hasSize(2);
        assertThat(call.commitmentOf(NSFC).orElseThrow().getCurrency()).isEqualTo(Currency.getInstance("CNY"));
        assertThat(call.budgetByCurrency()).containsEntry(Currency.getInstance("CNY"), new BigDecimal("6000000.00"))
                .containsEntry(Currency.getInstance("EUR"), new BigDecimal("1100000.00"));
    }

    @Test
    void aMaximumRequestAboveTheBudgetIsRefused() {
        assertRefused(() -> draft().commit(ANR, new BigDecimal("100"), new BigDecimal("101")),
                "rule.call.maxRequestAboveBudget");
        assertRefused(() -> draft().commit(ANR, BigDecimal.ZERO, null), "rule.call.commitmentNotPositive");
    }

    @Test
    void anOpenCallKeepsItsBudgetScheduleAndRules() {
        Call call = openCall();

        assertRefused(() -> call.commit(ANR, BigDecimal.TEN, null), "rule.call.onlyDraft");
        assertRefused(() -> call.reschedule(new Call.Schedule(OPENS, DEADLINE.plusSeconds(1))), "rule.call.onlyDraft");
        assertRefused(() -> call.changeRules(EligibilityRules.defaults()), "rule.call.onlyDraft");
    }

    @Test
    void anOpenCallTakesNewTextsButNotNewDatesOrRules() {
        Call call = openCall();

        call.revise(new Call.CallText("Climate adaptation in coastal cities", "Adapting cities.", List.of(CLIMATE)),
                new Call.Schedule(OPENS, DEADLINE), EligibilityRules.defaults(), NOW);
        assertThat(call.getTitle()).isEqualTo("Climate adaptation in coastal cities");

        assertRefused(() -> call.revise(new Call.CallText("t", "s", List.of(CLIMATE)),
                new Call.Schedule(OPENS, DEADLINE.plusSeconds(1)), EligibilityRules.defaults(), NOW), "rule.call.onlyDraft");
        assertRefused(() -> call.revise(new Call.CallText("t", "s", List.of(CLIMATE)),
                new Call.Schedule(OPENS, DEADLINE), new EligibilityRules(4, 2, true, true, 36), NOW), "rule.call.onlyDraft");
    }

    @Test
    void theDeadlineCanBeExtendedWithAReasonButNotBroughtForward() {
        Call call = openCall();
        Instant later = DEADLINE.plus(Duration.ofDays(14));

        assertRefused(() -> call.extendDeadline(later, " ", "officer", NOW), "rule.call.extensionNeedsReason");
        assertRefused(() -> call.extendDeadline(DEADLINE.minusSeconds(1), "earlier", "officer", NOW),
                "rule.call.extensionNotLater");
        call.extendDeadline(later, "Holiday season in several partner countries", "officer", NOW);

        assertThat(call.getDeadline()).isEqualTo(later);
        assertThat(call.getExtensions()).singleElement().satisfies(extension -> {
            assertThat(extension.getPreviousDeadline()).isEqualTo(DEADLINE);
            assertThat(extension.getExtendedBy()).isEqualTo("officer");
        });
    }

    @Test
    void nobodyClosesACallBeforeItsDeadlineAndClosingTwiceChangesNothing() {
        Call call = openCall();

        assertRefused(() -> call.closeAtDeadline(DEADLINE.minusMillis(1)), "rule.call.closeBeforeDeadline");
        assertThat(call.closeAtDeadline(DEADLINE.plusMillis(3))).isTrue();
        assertThat(call.closeAtDeadline(DEADLINE.plusSeconds(60))).isFalse();
        assertThat(call.getStatus()).isEqualTo(CallStatus.CLOSED);
        assertThat(call.getClosedAt()).isEqualTo(DEADLINE.plusMillis(3));
    }

    @Test
    void draftsAndOpenCallsCanBeCancelledWithAReasonClosedOnesCannot() {
        Call open = openCall();
        open.cancel("The partner agencies withdrew", NOW);
        assertThat(open.getStatus()).isEqualTo(CallStatus.CANCELLED);
        assertThat(open.phase(NOW)).contains(PublicPhase.CANCELLED);

        assertRefused(() -> draft().cancel("", NOW), "rule.call.cancelNeedsReason");
        Call closed = openCall();
        closed.closeAtDeadline(DEADLINE);
        assertRefused(() -> closed.cancel("too late", DEADLINE), "rule.call.cancelOnlyDraftOrOpen");
    }

    @Test
    void aCloneIsANewDraftWithTheSameContentAndBudgets() {
        Call original = openCall();

        Call clone = original.cloneAsDraft("STI-2028-CLIM-01", NOW);

        assertThat(clone.getStatus()).isEqualTo(CallStatus.DRAFT);
        assertThat(clone.getCode()).isEqualTo("STI-2028-CLIM-01");
        assertThat(clone.getTitle()).isEqualTo(original.getTitle());
        assertThat(clone.getThemes()).containsExactly(CLIMATE);
        assertThat(clone.getCommitments()).hasSize(1);
        assertThat(clone.getCommitments().get(0).getCall()).isSameAs(clone);
        assertThat(clone.isPublished()).isFalse();
    }

    @Test
    void aNewOrRevisedCallHasItsDeadlineAheadAndItsDatesWithinTenYears() {
        Call.CallText text = new Call.CallText("t", "s", List.of(CLIMATE));
        assertRefused(() -> Call.draft("X-1", text, new Call.Schedule(NOW.minus(Duration.ofDays(9)),
                NOW.minusSeconds(1)), EligibilityRules.defaults(), NOW), "rule.call.deadlineInPast");
        assertRefused(() -> Call.draft("X-1", text, new Call.Schedule(OPENS, NOW.plus(Duration.ofDays(3654))),
                EligibilityRules.defaults(), NOW), "rule.call.beyondHorizon");
        assertRefused(() -> Call.draft("X-1", text, new Call.Schedule(NOW.minus(Duration.ofDays(3654)), DEADLINE),
                EligibilityRules.defaults(), NOW), "rule.call.beyondHorizon");
        Call furthest = Call.draft("X-1", text, new Call.Schedule(NOW.minus(Duration.ofDays(3652)),
                NOW.plus(Duration.ofDays(3652))), EligibilityRules.defaults(), NOW);
        assertThat(furthest.getDeadline()).isEqualTo(NOW.plus(Duration.ofDays(3652)));

        Call draft = draft();
        assertRefused(() -> draft.revise(text, new Call.Schedule(OPENS, DEADLINE), EligibilityRules.defaults(),
                DEADLINE), "rule.call.deadlineInPast");
        assertRefused(() -> openCall().extendDeadline(NOW.plus(Duration.ofDays(3654)), "why", "officer", NOW),
                "rule.call.beyondHorizon");
    }

    @Test
    void aCloneOfAClosedCallKeepsItsDatesUntilTheOfficerSetsNewOnes() {
        Call closed = openCall();
        closed.closeAtDeadline(DEADLINE);
        Instant later = DEADLINE.plus(Duration.ofDays(300));

        Call clone = closed.cloneAsDraft("STI-2028-CLIM-01", later);

        assertThat(clone.getDeadline()).isEqualTo(DEADLINE);
        assertRefused(() -> clone.open(later), "rule.call.deadlineInPast");
        clone.revise(new Call.CallText("t", "s", List.of(CLIMATE)), new Call.Schedule(later, later.plus(Duration.ofDays(60))),
                EligibilityRules.defaults(), later);
        assertThat(clone.getDeadline()).isEqualTo(later.plus(Duration.ofDays(60)));
    }

    @Test
    void textsAreCleanedAndInvisibleOrControlCharactersRefused() {
        assertRefused(() -> Call.draft("X-1", new Call.CallText("\u200B", "s", List.of(CLIMATE)),
                new Call.Schedule(OPENS, DEADLINE), EligibilityRules.defaults(), NOW), "rule.text.invisible");
        assertRefused(() -> draft().cancel("why\u0000", NOW), "rule.text.characters");
        Call call = Call.draft("X-1", new Call.CallText("  Title\u200B ", "Line 1\r\nLine 2", List.of(CLIMATE)),
                new Call.Schedule(OPENS, DEADLINE), EligibilityRules.defaults(), NOW);
        assertThat(call.getTitle()).isEqualTo("Title");
        assertThat(call.getSummary()).isEqualTo("Line 1\nLine 2");
    }
}

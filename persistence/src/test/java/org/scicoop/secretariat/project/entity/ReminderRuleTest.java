package org.scicoop.secretariat.project.entity;

import org.junit.jupiter.api.Test;
import org.scicoop.secretariat.project.entity.ReminderRule.Due;
import org.scicoop.secretariat.project.entity.ReminderRule.Kind;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReminderRuleTest {

    private static final List<Integer> DAYS = List.of(14, 3);
    private static final ZoneId NAIROBI = ZoneId.of("Africa/Nairobi"); // UTC+3, no summer time
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final LocalDate DUE = LocalDate.of(2027, 3, 31);

    private static Optional<Due> at(String instant) {
        return ReminderRule.milestone(DUE, NAIROBI, DAYS, Instant.parse(instant));
    }

    @Test
    void nothingIsDueBeforeTheFirstReminderDay() {
        // the 14-day reminder starts at midnight of 17 March in Nairobi: 16 March, 21:00 UTC
        assertThat(at("2027-03-16T20:59:59Z")).isEmpty();
        assertThat(at("2027-01-01T00:00:00Z")).isEmpty();
    }

    @Test
    void eachReminderIsDueFromTheStartOfItsDayInTheProjectsZone() {
        assertThat(at("2027-03-16T21:00:00Z")).contains(
                new Due(Kind.MILESTONE_DUE, 14, Instant.parse("2027-03-16T21:00:00Z")));
        assertThat(at("2027-03-27T20:59:59Z")).map(Due::daysBefore).contains(14);
        // 28 March, midnight in Nairobi
        assertThat(at("2027-03-27T21:00:00Z")).contains(
                new Due(Kind.MILESTONE_DUE, 3, Instant.parse("2027-03-27T21:00:00Z")));
        assertThat(at("2027-03-31T20:59:59Z")).map(Due::daysBefore).contains(3);
    }

    @Test
    void overdueAtTheEndOfTheDueDayInTheProjectsZoneAndUsefulForAWeek() {
        Instant endOfDay = Milestone.endOfDay(DUE, NAIROBI);
        assertThat(endOfDay).isEqualTo(Instant.parse("2027-03-31T21:00:00Z"));
        assertThat(at("2027-03-31T21:00:00Z")).contains(new Due(Kind.MILESTONE_OVERDUE, 0, endOfDay));
        assertThat(ReminderRule.milestone(DUE, NAIROBI, DAYS, endOfDay.plus(ReminderRule.OVERDUE_USEFUL).minusNanos(1)))
                .map(Due::kind).contains(Kind.MILESTONE_OVERDUE);
        assertThat(ReminderRule.milestone(DUE, NAIROBI, DAYS, endOfDay.plus(ReminderRule.OVERDUE_USEFUL)))
                .as("a week after, an overdue reminder is not useful any more").isEmpty();
    }

    @Test
    void theSameInstantIsAnotherDayInAnotherZone() {
        Instant now = Instant.parse("2027-03-31T22:30:00Z"); // 1 April in Nairobi, still 31 March in New York
        assertThat(ReminderRule.milestone(DUE, NAIROBI, DAYS, now)).map(Due::kind).contains(Kind.MILESTONE_OVERDUE);
        assertThat(ReminderRule.milestone(DUE, ZoneId.of("America/New_York"), DAYS, now)).map(Due::daysBefore)
                .contains(3);
        assertThat(ReminderRule.milestone(DUE, ZoneOffset.UTC, DAYS, now)).map(Due::daysBefore).contains(3);
    }

    @Test
    void summerTimeMovesTheMomentsByTheHourNotTheDay() {
        // Paris: winter time (UTC+1) until 28 March 2027, 02:00; summer time (UTC+2) after
        assertThat(ReminderRule.milestone(DUE, PARIS, DAYS, Instant.parse("2027-03-16T23:00:00Z")))
                .map(Due::daysBefore).contains(14);
        assertThat(ReminderRule.milestone(DUE, PARIS, DAYS, Instant.parse("2027-03-27T22:59:59Z")))
                .map(Due::daysBefore).contains(14);
        assertThat(ReminderRule.milestone(DUE, PARIS, DAYS, Instant.parse("2027-03-27T23:00:00Z")))
                .map(Due::daysBefore).contains(3);
        assertThat(ReminderRule.milestone(DUE, PARIS, DAYS, Instant.parse("2027-03-31T21:59:59Z")))
                .map(Due::daysBefore).contains(3);
        assertThat(ReminderRule.milestone(DUE, PARIS, DAYS, Instant.parse("2027-03-31T22:00:00Z")))
                .map(Due::kind).contains(Kind.MILESTONE_OVERDUE);
    }

    @Test
    void afterDowntimeOnlyTheReminderStillUsefulIsDue() {
        // down from 10 March to 29 March: the 14-day reminder was missed, the 3-day one is due; never both
        assertThat(at("2027-03-29T08:00:00Z")).map(Due::daysBefore).contains(3);
        // down until the milestone is overdue: the 14- and 3-day reminders are no use any more, the overdue one is
        assertThat(at("2027-04-02T08:00:00Z")).map(Due::kind).contains(Kind.MILESTONE_OVERDUE);
        // a milestone added two days before it is due gets the 3-day reminder at once
        assertThat(at("2027-03-29T00:00:00Z")).map(Due::daysBefore).contains(3);
    }

    @Test
    void daysInAnyOrderEachOnceAndTheDueDayItself() {
        assertThat(ReminderRule.milestone(DUE, NAIROBI, List.of(3, 14, 3), Instant.parse("2027-03-20T00:00:00Z")))
                .map(Due::daysBefore).contains(14);
        List<Integer> withTheDay = List.of(0, 3);
        assertThat(ReminderRule.milestone(DUE, NAIROBI, withTheDay, Instant.parse("2027-03-30T21:00:00Z")))
                .contains(new Due(Kind.MILESTONE_DUE, 0, Instant.parse("2027-03-30T21:00:00Z")));
        assertThat(ReminderRule.milestone(DUE, NAIROBI, withTheDay, Instant.parse("2027-03-30T20:59:00Z")))
                .map(Due::daysBefore).contains(3);
    }

    @Test
    void draftProposalsAreRemindedSevenDaysAndOneDayBeforeTheDeadlineUntilTheDeadline() {
        Instant deadline = Instant.parse("2027-05-15T17:00:00Z");
        assertThat(ReminderRule.proposal(deadline, deadline.minus(Duration.ofDays(7)).minusSeconds(1))).isEmpty();
        assertThat(ReminderRule.proposal(deadline, deadline.minus(Duration.ofDays(7)))).contains(
                new Due(Kind.PROPOSAL_DEADLINE, 7, Instant.parse("2027-05-08T17:00:00Z")));
        assertThat(ReminderRule.proposal(deadline, deadline.minus(Duration.ofDays(1)).minusSeconds(1)))
                .map(Due::daysBefore).contains(7);
        assertThat(ReminderRule.proposal(deadline, deadline.minus(Duration.ofDays(1)))).map(Due::daysBefore)
                .contains(1);
        assertThat(ReminderRule.proposal(deadline, deadline.minusSeconds(1))).map(Due::daysBefore).contains(1);
        assertThat(ReminderRule.proposal(deadline, deadline)).as("closed at its deadline").isEmpty();
        // a call opened three days before its deadline: the 7-day reminder at once
        assertThat(ReminderRule.proposal(deadline, deadline.minus(Duration.ofDays(3)))).map(Due::daysBefore)
                .contains(7);
    }

    @Test
    void theRunReadsSubjectsDueWithinTheHorizon() {
        assertThat(ReminderRule.horizon(DAYS)).isEqualTo(Duration.ofDays(16));
        assertThat(ReminderRule.horizon(List.of(3))).as("the proposals' 7 days").isEqualTo(Duration.ofDays(9));
        // the earliest moment of a reminder lies within the horizon before the end of the due day, in any zone
        for (String zone : List.of("Pacific/Kiritimati", "Pacific/Pago_Pago", "Europe/Paris", "UTC")) {
            ZoneId id = ZoneId.of(zone);
            Instant first = ReminderRule.milestone(DUE, id, DAYS, DUE.minusDays(14).atStartOfDay(id).toInstant())
                    .orElseThrow().moment();
            assertThat(Duration.between(first, Milestone.endOfDay(DUE, id))).isLessThan(ReminderRule.horizon(DAYS));
        }
    }

    @Test
    void daysLeftAreCalendarDaysInTheProjectsZone() {
        assertThat(ReminderRule.daysLeft(DUE, NAIROBI, Instant.parse("2027-03-28T20:59:00Z"))).isEqualTo(3);
        assertThat(ReminderRule.daysLeft(DUE, NAIROBI, Instant.parse("2027-03-28T21:00:00Z"))).isEqualTo(2);
        assertThat(ReminderRule.daysLeft(DUE, NAIROBI, Instant.parse("2027-03-31T12:00:00Z"))).isZero();
    }

    @Test
    void theSettingIsWholeDaysSeparatedByCommas() {
        assertThat(ReminderRule.parseDays("14,3")).containsExactly(14, 3);
        assertThat(ReminderRule.parseDays(" 3, 30 ,7,3")).containsExactly(30, 7, 3);
        for (String wrong : List.of("", " , ", "14;3", "two", "-1", "366", "3.5")) {
            assertThatThrownBy(() -> ReminderRule.parseDays(wrong)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(wrong);
        }
    }
}

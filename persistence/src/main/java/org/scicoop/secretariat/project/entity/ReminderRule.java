package org.scicoop.secretariat.project.entity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Which reminder is due at an instant (issue 14): before a milestone's due day and once it is overdue, and before a
 * call's deadline while a proposal is still a draft. Pure: the reminder run asks it for every candidate.
 * <p>
 * The moments: the reminder "N days before" a milestone is due from the start of the day N days before the due day,
 * in the project's zone; the overdue one from the end of the due day there ({@link Milestone#endOfDay}, the instant
 * the milestone shows as overdue). A proposal's reminder "N days before" is due N × 24 hours before the deadline (an
 * instant). <b>A reminder is useful until the next one's moment</b>: at any instant at most one reminder of a subject
 * is due — the latest whose moment has passed — so a run after downtime sends the one that still makes sense and
 * never a stale one (the 14-day reminder of a milestone already overdue, the 7-day one a day before the deadline).
 * The last is useful until the deadline (proposals; after it the call is closed) or for {@link #OVERDUE_USEFUL}
 * after the milestone became overdue (after that the milestone is on the officers' overdue list, and a first e-mail
 * about it weeks late would be news to nobody).
 */
public final class ReminderRule {

    /** What a reminder is about. */
    public enum Kind {
        /** A milestone is due in a few days. */
        MILESTONE_DUE,
        /** A milestone's due day has ended without an accepted report. */
        MILESTONE_OVERDUE,
        /** A proposal is still a draft a few days before its call's deadline. */
        PROPOSAL_DEADLINE
    }

    /** A reminder that is due: its kind, the days before (0 for the overdue one) and the moment it became due. */
    public record Due(Kind kind, int daysBefore, Instant moment) {
    }

    /** How long after a milestone became overdue its overdue reminder is still sent (the catch-up window). */
    public static final Duration OVERDUE_USEFUL = Duration.ofDays(7);

    /** The days before a call's deadline at which the coordinators of draft proposals are reminded. */
    public static final List<Integer> DEADLINE_DAYS = List.of(7, 1);

    private ReminderRule() {
    }

    /**
     * The reminder of a milestone due on {@code dueDay} in {@code zone} that is due at {@code now}, if any; {@code days}
     * are the days before the due day (any order).
     */
    public static Optional<Due> milestone(LocalDate dueDay, ZoneId zone, List<Integer> days, Instant now) {
        List<Due> moments = new ArrayList<>();
        for (int before : distinct(days)) {
            moments.add(new Due(Kind.MILESTONE_DUE, before, dueDay.minusDays(before).atStartOfDay(zone).toInstant()));
        }
        Instant overdue = Milestone.endOfDay(dueDay, zone);
        moments.add(new Due(Kind.MILESTONE_OVERDUE, 0, overdue));
        return latestPassed(moments, overdue.plus(OVERDUE_USEFUL), now);
    }

    /** The reminder of a draft proposal in a call closing at {@code deadline} that is due at {@code now}, if any. */
    public static Optional<Due> proposal(Instant deadline, Instant now) {
        List<Due> moments = new ArrayList<>();
        for (int before : distinct(DEADLINE_DAYS)) {
            moments.add(new Due(Kind.PROPOSAL_DEADLINE, before, deadline.minus(Duration.ofDays(before))));
        }
        return latestPassed(moments, deadline, now);
    }

    /** The calendar days from {@code now} to the due day, in the project's zone (0 on the day itself). */
    public static long daysLeft(LocalDate dueDay, ZoneId zone, Instant now) {
        return ChronoUnit.DAYS.between(LocalDate.ofInstant(now, zone), dueDay);
    }

    /**
     * How far ahead of now a subject may be due and still have a reminder due: the reminder run reads the subjects due
     * between {@code now − OVERDUE_USEFUL} and {@code now + horizon(days)} (a day more than the earliest reminder, for
     * the zones).
     */
    public static Duration horizon(List<Integer> days) {
        int most = DEADLINE_DAYS.stream().mapToInt(Integer::intValue).max().orElse(0);
        for (int before : days) {
            most = Math.max(most, before);
        }
        return Duration.ofDays(most + 2L);
    }

    /**
     * Days before a due day as a setting writes them ("14,3"): whole numbers from 0 to 365, at least one; refused with
     * an {@link IllegalArgumentException} naming the value otherwise.
     */
    public static List<Integer> parseDays(String text) {
        List<Integer> days = new ArrayList<>();
        try {
            for (String part : text.split(",")) {
                if (!part.isBlank()) {
                    days.add(Integer.parseInt(part.strip()));
                }
            }
        } catch (NumberFormatException e) {
            days.clear();
        }
        if (days.isEmpty() || days.stream().anyMatch(day -> day < 0 || day > 365)) {
            throw new IllegalArgumentException("Days before a due date must be whole numbers from 0 to 365, separated"
                    + " by commas (such as 14,3), not: " + text);
        }
        return distinct(days);
    }

    /** The days, each once, most days first. */
    private static List<Integer> distinct(List<Integer> days) {
        TreeSet<Integer> sorted = new TreeSet<>(Comparator.reverseOrder());
        sorted.addAll(days);
        return List.copyOf(sorted);
    }

    private static Optional<Due> latestPassed(List<Due> moments, Instant end, Instant now) {
        if (!now.isBefore(end)) {
            return Optional.empty();
        }
        moments.sort(Comparator.comparing(Due::moment));
        Due due = null;
        for (Due moment : moments) {
            if (moment.moment().isAfter(now)) {
                break;
            }
            due = moment;
        }
        return Optional.ofNullable(due);
    }
}

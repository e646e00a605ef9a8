package org.scicoop.secretariat.call.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.scicoop.secretariat.call.boundary.CallFigures;
import org.scicoop.secretariat.call.boundary.CallSummary;
import org.scicoop.secretariat.call.entity.Call;
import org.scicoop.secretariat.call.entity.CallState;
import org.scicoop.secretariat.call.entity.CallStatus;
import org.scicoop.secretariat.call.entity.PublicPhase;
import org.scicoop.secretariat.platform.boundary.WorkItem;
import org.scicoop.secretariat.platform.control.Restriction;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The call component's reporting queries: what the homes show (calls by state, next deadlines, work items) and
 * the public phases in JPQL. The boundary ({@code CallService}) decides who may ask; these say what the numbers are.
 */
@Dependent
public class CallReports {

    private static final String STATUS = CallStatus.class.getName() + ".";

    /** The conditions of {@link Call#phase}, in JPQL, so that the database selects each phase. */
    private static final Map<PublicPhase, String> PHASES = Map.of(
            PublicPhase.FORTHCOMING, "c.status = " + STATUS + "OPEN and c.deadline > :now and c.opensAt > :now",
            PublicPhase.OPEN, "c.status = " + STATUS + "OPEN and c.deadline > :now and c.opensAt <= :now",
            PublicPhase.CLOSED, "c.status <> " + STATUS + "CANCELLED and (c.status <> " + STATUS
                    + "OPEN or c.deadline <= :now)",
            PublicPhase.CANCELLED, "c.status = " + STATUS + "CANCELLED");

    /** How far ahead the secretariat's and national contacts' homes show calls closing. */
    static final Duration CLOSING_SOON = Duration.ofDays(14);

    @PersistenceContext
    EntityManager em;

    @Inject
    CallAccess access;

    @Inject
    CallViews views;

    @Inject
    Clock clock;

    /** The condition of {@link Call#phase} (alias {@code c}, parameter {@code :now}), so that the database selects it. */
    public static String phase(PublicPhase phase) {
        return PHASES.get(phase);
    }

    /**
     * How many calls the caller may see are in each state (an opened call counts as forthcoming, open or closed
     * as the public sees it), and the open ones whose deadlines come next. Three counting statements.
     */
    public CallFigures figures() {
        Map<CallState, Long> byState = new EnumMap<>(CallState.class);
        for (CallState state : CallState.values()) {
            byState.put(state, 0L);
        }
        Instant now = clock.instant();
        Restriction restriction = access.restriction();
        TypedQuery<Object[]> counts = em.createQuery("select c.status, count(c) from Call c where c.status <> :open"
                + restriction.clause("and") + " group by c.status", Object[].class);
        counts.setParameter("open", CallStatus.OPEN);
        restriction.bind(counts);
        counts.getResultList().forEach(row -> byState.put(CallState.valueOf(((CallStatus) row[0]).name()), (Long) row[1]));
        for (PublicPhase phase : List.of(PublicPhase.FORTHCOMING, PublicPhase.OPEN)) {
            byState.put(CallState.valueOf(phase.name()), em.createQuery("select count(c) from Call c where "
                            + CallAccess.PUBLISHED_ONLY + " and " + phase(phase), Long.class)
                    .setParameter("now", now).getSingleResult());
        }
        byState.merge(CallState.CLOSED, em.createQuery("select count(c) from Call c where c.status = :open"
                        + " and c.deadline <= :now", Long.class)
                .setParameter("open", CallStatus.OPEN).setParameter("now", now).getSingleResult(), Long::sum);
        List<CallSummary> next = em.createQuery("select c from Call c where c.status = :open and c.deadline > :now"
                        + " and c.opensAt <= :now order by c.deadline, c.code", Call.class)
                .setParameter("open", CallStatus.OPEN)
                .setParameter("now", now)
                .setMaxResults(5)
                .getResultList().stream().map(views::summary).toList();
        return new CallFigures(byState, next);
    }

    /**
     * What needs the caller's action among the calls, for their home ({@link WorkItem}): for officers the drafts to
     * open (due at their opening instant) and the open calls closing within two weeks; for a national contact the
     * drafts their country's agency commits to (its budget to confirm) and the open calls it funds that close
     * within two weeks. Other roles have no work on calls.
     */
    public List<WorkItem> work() {
        boolean officer = access.isOfficer();
        if (!officer && !access.isNationalContact()) {
            return List.of();
        }
        Instant now = clock.instant();
        Restriction restriction = officer ? Restriction.NONE : access.committedByCallersCountry();
        List<WorkItem> items = new ArrayList<>();
        TypedQuery<Call> drafts = em.createQuery("select c from Call c where c.status = :draft"
                + restriction.clause("and") + " order by c.opensAt, c.code", Call.class);
        drafts.setParameter("draft", CallStatus.DRAFT);
        restriction.bind(drafts);
        drafts.setMaxResults(WorkItem.MAX_PER_KIND).getResultList().forEach(c -> items.add(new WorkItem(
                officer ? "call.draft" : "call.draftCommitted", c.getCode(), c.getCode(), c.getTitle(),
                c.getOpensAt(), c.state(now), 1)));
        TypedQuery<Call> closing = em.createQuery("select c from Call c where " + CallAccess.PUBLISHED_ONLY + " and "
                + phase(PublicPhase.OPEN) + " and c.deadline <= :until" + restriction.clause("and")
                + " order by c.deadline, c.code", Call.class);
        closing.setParameter("now", now).setParameter("until", now.plus(CLOSING_SOON));
        restriction.bind(closing);
        closing.setMaxResults(WorkItem.MAX_PER_KIND).getResultList().forEach(c -> items.add(new WorkItem(
                "call.closing", c.getCode(), c.getCode(), c.getTitle(), c.getDeadline(), c.state(now), 1)));
        return items;
    }
}

package org.scicoop.secretariat.call.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.NoSuchObjectLocalException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.scicoop.secretariat.call.entity.Call;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.logging.Logger;

/**
 * Closes each open call at its deadline. Every open call has a persistent timer at its deadline,
 * kept in the database-backed timer store: a timer that was due while the server was down fires
 * when it starts again, and in a cluster only one node runs it. At start, any open call past its
 * deadline is closed as well, whatever happened to its timer. Closing is idempotent and runs
 * without a caller: the audit trail records "system".
 */
@Startup
@Singleton
@DependsOn("SchemaMigrator")
@PermitAll
public class CallClosingTimer {

    private static final Logger LOG = Logger.getLogger(CallClosingTimer.class.getName());

    @Resource
    TimerService timers;

    @PersistenceContext
    EntityManager em;

    /** Observed in the same transaction: what depends on a call's deadline settles with its closing. */
    @Inject
    jakarta.enterprise.event.Event<CallClosed> callClosed;

    @Inject
    Clock clock;

    /** At start: close what is overdue, and give every open call a timer (imported ones have none). */
    @PostConstruct
    void catchUp() {
        closeDue();
        Set<Object> scheduled = new HashSet<>();
        for (Timer timer : timers.getTimers()) {
            scheduled.add(timer.getInfo());
        }
        em.createQuery("select c from Call c where c.status = org.scicoop.secretariat.call.entity.CallStatus.OPEN",
                        Call.class)
                .getResultStream()
                .filter(call -> !scheduled.contains(call.getCode()))
                .forEach(this::createTimer);
    }

    /** (Re)sets the timer of an open call to its current deadline. */
    public void schedule(Call call) {
        cancel(call.getCode());
        createTimer(call);
    }

    private void createTimer(Call call) {
        timers.createSingleActionTimer(Date.from(call.getDeadline()), new TimerConfig(call.getCode(), true));
    }

    public void cancel(String code) {
        for (Timer timer : timers.getTimers()) {
            if (code.equals(timer.getInfo())) {
                timer.cancel();
            }
        }
    }

    @Timeout
    void deadlineReached(Timer timer) {
        String code;
        try {
            code = (String) timer.getInfo();
        } catch (NoSuchObjectLocalException cancelled) {
            // cancelled while it fired (the deadline was extended, or the application is being undeployed): the new
            // timer, or the catch-up at the next start (closeDue), closes the call
            LOG.fine(() -> "A call's closing timer was cancelled as it fired: " + cancelled.getMessage());
            return;
        }
        Instant now = clock.instant();
        em.createNamedQuery(Call.BY_CODE, Call.class).setParameter("code", code).getResultStream().findFirst()
                .ifPresent(call -> {
                    if (call.getDeadline().isAfter(now)) {
                        // the deadline moved after this timer was set: wait for it
                        schedule(call);
                    } else if (call.closeAtDeadline(now)) {
                        callClosed.fire(new CallClosed(call.getId(), call.getCode(), now));
                        LOG.info(() -> "Closed call " + code + " at its deadline " + call.getDeadline());
                    }
                });
    }

    /** Closes every open call whose deadline has passed; returns how many it closed. */
    public int closeDue() {
        Instant now = clock.instant();
        List<Call> due = em.createNamedQuery(Call.DUE_FOR_CLOSING, Call.class).setParameter("now", now)
                .getResultList();
        int closed = 0;
        for (Call call : due) {
            if (call.closeAtDeadline(now)) {
                callClosed.fire(new CallClosed(call.getId(), call.getCode(), now));
                closed++;
                cancel(call.getCode());
            }
        }
        if (closed > 0) {
            int count = closed;
            LOG.info(() -> "Closed " + count + " call(s) whose deadline passed while the server was down");
        }
        return closed;
    }
}

package org.scicoop.secretariat.web.platform;

import jakarta.resource.ResourceException;
import jakarta.servlet.ServletException;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.SystemException;

import javax.transaction.xa.XAException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/**
 * Tells a failure that came from the database being out of reach (restarting, stopped, the pool unable to open or
 * hand out a connection) from any other: the caller may try again in a few seconds, so it is a 503, logged in one
 * line, not a 500 with a stack trace (docs/README.md, "Faults"). The one reading of it for both surfaces: the API's
 * {@code web.api.ProblemMappers} and the pages' {@link PageFailures}, {@link AjaxFailures} and {@link Messages}.
 * <p>
 * It shows in the cause chain (EJB, Hibernate and servlet wrappers) as a {@link SQLException} of class 08 (connection
 * exception: refused, broken, closed) or 57P01–57P03 (the server shutting down or starting up), or as the pool's
 * {@link ResourceException} (IJ000453: no managed connection could be had).
 * <p>
 * An outage also leaves failures behind that do not say so: a transaction whose connection broke under it ends in the
 * transaction manager's {@code RollbackException} or an {@link XAException} whose cause is lost, the pool's wrapper
 * throws an {@link SQLException} without a state ("IJ031070: Transaction cannot proceed"). Such a failure within
 * {@link #AFTERMATH} of a recognised outage is taken as part of it; the same failure at any other time stays a 500.
 * Logical refusals of the database (a duplicate key, a deadlock) carry a state and never are.
 */
public final class DatabaseOutage {

    /** What a refused request is told to wait before it tries again ({@code Retry-After}). */
    public static final int RETRY_AFTER_SECONDS = 5;

    /** How long after a recognised outage a failure of the transaction or connection that does not say why is its. */
    static final Duration AFTERMATH = Duration.ofSeconds(30);

    /** When an outage was last recognised ({@link System#nanoTime()}); {@code null} before the first. */
    private static final AtomicReference<Long> lastSeen = new AtomicReference<>();

    private DatabaseOutage() {
    }

    /** Whether {@code thrown} or anything that caused it says the database could not be reached. */
    public static boolean causes(Throwable thrown) {
        return causes(thrown, System.nanoTime());
    }

    static boolean causes(Throwable thrown, long now) {
        if (thrown == null) {
            return false;
        }
        if (anywhere(thrown, DatabaseOutage::connectionLost)) {
            lastSeen.set(now);
            return true;
        }
        Long seen = lastSeen.get();
        return seen != null && now - seen <= AFTERMATH.toNanos() && anywhere(thrown, DatabaseOutage::withoutReason);
    }

    /** The pool could hand out no connection, or the database's state says the connection is lost. */
    private static boolean connectionLost(Throwable e) {
        return e instanceof ResourceException || e instanceof SQLException sql && connectionLost(sql.getSQLState());
    }

    /** A failure of the connection or the transaction that does not say why (see the class's comment). */
    private static boolean withoutReason(Throwable e) {
        return e instanceof SQLException sql && sql.getSQLState() == null || e instanceof XAException
                || e instanceof RollbackException || e instanceof SystemException
                || e instanceof HeuristicMixedException || e instanceof HeuristicRollbackException;
    }

    /** Whether {@code thrown} or anything in its causes satisfies {@code test}. */
    private static boolean anywhere(Throwable thrown, Predicate<Throwable> test) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> next = new ArrayDeque<>();
        next.add(thrown);
        while (!next.isEmpty()) {
            Throwable e = next.poll();
            if (!seen.add(e)) {
                continue;
            }
            if (test.test(e)) {
                return true;
            }
            if (e.getCause() != null) {
                next.add(e.getCause());
            }
            if (e instanceof ServletException servlet && servlet.getRootCause() != null) {
                next.add(servlet.getRootCause());
            }
            if (e instanceof SQLException sql && sql.getNextException() != null) {
                next.add(sql.getNextException());
            }
            // a commit that failed says why only in what it suppressed: Narayana's RollbackException carries the
            // resource's LocalXAException, whose cause is the driver's "terminating connection" (57P01)
            next.addAll(Arrays.asList(e.getSuppressed()));
        }
        return false;
    }

    static boolean connectionLost(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.equals("57P01") || sqlState.equals("57P02")
                || sqlState.equals("57P03"));
    }
}

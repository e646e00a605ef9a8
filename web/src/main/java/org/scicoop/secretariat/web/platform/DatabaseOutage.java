package org.scicoop.secretariat.web.platform;

import jakarta.resource.ResourceException;
import jakarta.servlet.ServletException;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells a failure that came from the database being out of reach (restarting, stopped, the pool unable to open or
 * hand out a connection) from any other: the caller may try again in a few seconds, so it is a 503, logged in one
 * line, not a 500 with a stack trace (docs/README.md, "Faults"). The one reading of it for both surfaces: the API's
 * {@code web.api.ProblemMappers} and the pages' {@link PageFailures}, {@link AjaxFailures} and {@link Messages}.
 * <p>
 * It shows in the cause chain (EJB, Hibernate and servlet wrappers) as a {@link SQLException} of class 08 (connection
 * exception: refused, broken, closed) or 57P01–57P03 (the server shutting down or starting up), or as the pool's
 * {@link ResourceException} (IJ000453: no managed connection could be had).
 */
public final class DatabaseOutage {

    /** What a refused request is told to wait before it tries again ({@code Retry-After}). */
    public static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseOutage() {
    }

    /** Whether {@code thrown} or anything that caused it says the database could not be reached. */
    public static boolean causes(Throwable thrown) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> next = new ArrayDeque<>();
        if (thrown != null) {
            next.add(thrown);
        }
        while (!next.isEmpty()) {
            Throwable e = next.poll();
            if (!seen.add(e)) {
                continue;
            }
            if (e instanceof ResourceException || e instanceof SQLException sql && connectionLost(sql.getSQLState())) {
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
        }
        return false;
    }

    static boolean connectionLost(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.equals("57P01") || sqlState.equals("57P02")
                || sqlState.equals("57P03"));
    }
}

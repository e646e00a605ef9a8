package org.scicoop.secretariat.web.platform;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;

import org.scicoop.secretariat.platform.control.SecurityLog;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The log of refused requests (docs/README.md, "Logging"). A refusal the application expects — not allowed
 * (403), not there or not the caller's to see (404), changed by someone else (412), a rule of the programme
 * (422), bad input (400) — is one line: who, what they asked for, which object, why (403 and 404 as security events). It is not a failure,
 * so no stack trace (WildFly's EJB subsystem is told not to log them either). Anything else is a failure: logged
 * once, at SEVERE, with its stack trace.
 */
public final class Refusals {

    private static final Logger LOG = Logger.getLogger(Refusals.class.getName());

    /** A calendar feed's address holds its secret (web.api.CalendarFeedResource): logs name the feed, not the secret. */
    private static final Pattern FEED_SECRET = Pattern.compile("(/calendars/)[^/?#\\s]+");

    private Refusals() {
    }

    /**
     * An expected refusal: {@code asked} is what was asked (a method and path, a page), {@code user} who asked. A
     * refused access (403) and an object not there or not the caller's to see (404) are security events
     * ({@link SecurityLog} {@code event=access.refused}, who, what, which object, why); the others are INFO lines here.
     */
    public static void refused(String user, String asked, int status, Throwable refusal) {
        String action = withoutSecrets(asked);
        if (status == 403 || status == 404) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("status", status);
            details.put("action", action);
            details.put("reason", refusal.getClass().getSimpleName()
                    + (refusal.getMessage() == null ? "" : ": " + oneLine(refusal)));
            SecurityLog.warning("access.refused", user == null ? "anonymous" : user, details);
            return;
        }
        LOG.info(() -> "Refused " + status + " " + action + " for " + (user == null ? "anonymous" : user) + ": "
                + refusal.getClass().getSimpleName() + (refusal.getMessage() == null ? "" : " (" + oneLine(refusal) + ")"));
    }

    /** A failure nobody expected: once, with its stack trace. */
    public static void failed(String user, String action, Throwable failure) {
        LOG.log(Level.SEVERE, "Failed " + withoutSecrets(action) + " for " + (user == null ? "anonymous" : user), failure);
    }

    /**
     * A service's {@link EJBException} caught by a page: invalid input (Bean Validation on the service's contract)
     * and refused access are refusals, so is the database out of reach ({@link DatabaseOutage}, 503); anything else
     * is a failure.
     */
    public static void caught(String user, String action, EJBException caught) {
        if (caught instanceof EJBAccessException) {
            refused(user, action, 403, caught);
        } else if (caught.getCause() instanceof ConstraintViolationException invalid) {
            refused(user, action, 400, invalid);
        } else if (DatabaseOutage.causes(caught)) {
            refused(user, action, 503, caught);
        } else {
            failed(user, action, caught);
        }
    }

    static String withoutSecrets(String action) {
        return FEED_SECRET.matcher(action).replaceAll("$1{secret}");
    }

    private static String oneLine(Throwable refusal) {
        String message = refusal.getMessage().replaceAll("\\s+", " ");
        return message.length() <= 300 ? message : message.substring(0, 300) + "…";
    }
}

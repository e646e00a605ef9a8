package org.scicoop.secretariat.web.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.scicoop.secretariat.platform.boundary.ConcurrentChange;
import org.scicoop.secretariat.platform.boundary.NotFound;
import org.scicoop.secretariat.platform.rules.RuleViolation;

import java.util.Locale;

/**
 * The one way pages tell people what happened: messages from the bundles, in their language. A
 * refused action keeps what the user typed (the page stays as it was) and says why.
 */
public final class Messages {

    private Messages() {
    }

    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, key, arguments);
    }

    /** An error in words from the bundles, for the whole page (shown in the summary). */
    public static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, key, arguments);
        FacesContext.getCurrentInstance().validationFailed();
    }

    /**
     * As {@link #refused(RuntimeException)}, with the message beside the field the refusal is about
     * ({@code clientId}; null for the page): the page's summary shows it as well.
     */
    public static boolean refusedAt(String clientId, RuntimeException refusal) {
        if (clientId == null || !(refusal instanceof RuleViolation violation)) {
            return refused(refusal);
        }
        FacesContext context = FacesContext.getCurrentInstance();
        String text = Texts.of(context.getViewRoot().getLocale(), violation);
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        context.validationFailed();
        return false;
    }

    /** Turns a refusal from a service into a message; returns false so actions can {@code return}. */
    public static boolean refused(RuntimeException refusal) {
        return refused(null, refusal);
    }

    /** A refusal shown beside one field ({@code clientId}), e.g. a file that is not a PDF. */
    public static boolean refused(String clientId, RuntimeException refusal) {
        FacesContext context = FacesContext.getCurrentInstance();
        Locale locale = context.getViewRoot().getLocale();
        String text;
        if (refusal instanceof RuleViolation violation) {
            text = Texts.of(locale, violation);
        } else if (refusal instanceof ConcurrentChange change) {
            text = Texts.of(locale, "page.concurrentChange", change.currentVersion());
        } else if (refusal instanceof NotFound) {
            text = Texts.of(locale, "problem.notFound");
        } else {
            throw refusal;
        }
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        context.validationFailed();
        return false;
    }

    private static void add(FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        String text = Texts.of(context.getViewRoot().getLocale(), key, arguments);
        context.addMessage(null, new FacesMessage(severity, text, null));
    }
}

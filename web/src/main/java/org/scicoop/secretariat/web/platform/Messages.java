package org.scicoop.secretariat.web.platform;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.scicoop.secretariat.platform.boundary.ConcurrentChange;
import org.scicoop.secretariat.platform.boundary.NotFound;
import org.scicoop.secretariat.platform.rules.RuleViolation;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The one way pages tell people what happened: messages from the bundles, in their language. A
 * refused action keeps what the user typed (the page stays as it was) and says why.
 */
public final class Messages {

    private Messages() {
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    /** An error in words from the bundles, for the whole page (shown in the summary). */
    public static void error(String key, Object... arguments) {
        errorAt(null, key, arguments);
    }

    /** An error in words from the bundles beside one field ({@code clientId}), shown in the summary as well. */
    public static void errorAt(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
        FacesContext.getCurrentInstance().validationFailed();
    }

    /**
     * As {@link #refused(RuntimeException)}, with the message beside the field the refusal is about
     * ({@code clientId}; null for the page): the page's summary shows it as well. A rule that names its field
     * ({@link RuleViolation#field()}, a JSON pointer such as {@code /amount}) is told beside the input named by the
     * pointer's last segment in {@code clientId}'s form ({@code top-up-form:amount}): a form's inputs have the ids of
     * the command's fields.
     */
    public static boolean refusedAt(String clientId, RuntimeException refusal) {
        if (clientId == null || !(refusal instanceof RuleViolation violation)) {
            return refused(refusal);
        }
        FacesContext context = FacesContext.getCurrentInstance();
        String text = Texts.of(context.getViewRoot().getLocale(), violation);
        String at = violation.field() == null ? clientId
                : clientId.substring(0, clientId.lastIndexOf(':') + 1)
                + violation.field().substring(violation.field().lastIndexOf('/') + 1);
        context.addMessage(at, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        context.validationFailed();
        Refusals.refused(context.getExternalContext().getRemoteUser(), context.getViewRoot().getViewId(), 422,
                refusal);
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
        int status;
        if (refusal instanceof RuleViolation violation) {
            text = Texts.of(locale, violation);
            status = 422;
        } else if (refusal instanceof ConcurrentChange change) {
            text = Texts.of(locale, "page.concurrentChange", change.currentVersion());
            status = 412;
        } else if (refusal instanceof NotFound) {
            text = Texts.of(locale, "problem.notFound");
            status = 404;
        } else {
            throw refusal;
        }
        Refusals.refused(context.getExternalContext().getRemoteUser(), context.getViewRoot().getViewId(), status,
                refusal);
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        context.validationFailed();
        return false;
    }

    /**
     * A service refused the input through its contract (Bean Validation) or failed: the page says {@code key}
     * for the whole form; the log tells a refusal from a failure ({@link Refusals#caught}). With the database out of
     * reach ({@link DatabaseOutage}) it says so instead, and the form keeps what was typed.
     */
    public static boolean invalid(EJBException caught, String key) {
        return invalidAt(null, caught, key);
    }

    /** As {@link #invalid}, told beside one field ({@code clientId}, e.g. the file of an upload). */
    public static boolean invalidAt(String clientId, EJBException caught, String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        Refusals.caught(context.getExternalContext().getRemoteUser(), context.getViewRoot().getViewId(), caught);
        // with the database out of reach the form keeps what was typed; the user tries again in a few seconds
        errorAt(clientId, DatabaseOutage.causes(caught) ? "page.databaseUnavailable" : key);
        return false;
    }

    /**
     * Runs a service's change for a page: {@code then} takes its answer and {@code done} says what happened; a refusal
     * is told beside {@code field} (null: the page's summary), input the service's contract refused as {@code
     * invalidKey}. Returns whether the change was made.
     */
    public static <T> boolean change(Supplier<T> change, Consumer<T> then, String done, String field,
                                     String invalidKey) {
        T answer;
        try {
            answer = change.get();
        } catch (RuleViolation | ConcurrentChange | NotFound refusal) {
            return refusedAt(field, refusal);
        } catch (EJBException caught) {
            return invalid(caught, invalidKey);
        }
        then.accept(answer);
        info(done);
        return true;
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        String text = Texts.of(context.getViewRoot().getLocale(), key, arguments);
        context.addMessage(clientId, new FacesMessage(severity, text, null));
    }
}

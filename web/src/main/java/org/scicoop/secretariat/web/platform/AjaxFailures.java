package org.scicoop.secretariat.web.platform;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.FacesContext;
import org.omnifaces.exceptionhandler.FullAjaxExceptionHandler;
import org.omnifaces.exceptionhandler.FullAjaxExceptionHandlerFactory;

/**
 * OmniFaces' {@link FullAjaxExceptionHandler} (an ajax postback that fails shows the error page its exception maps to
 * in {@code web.xml}), with the database out of reach ({@link DatabaseOutage}) shown as the "briefly unavailable" page
 * and logged in one line, as {@link PageFailures} does for full requests. Registered in {@code faces-config.xml}
 * through {@link Factory}.
 */
public class AjaxFailures extends FullAjaxExceptionHandler {

    public AjaxFailures(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    protected String findErrorPageLocation(FacesContext context, Throwable exception) {
        return DatabaseOutage.causes(exception) ? PageFailures.UNAVAILABLE_PAGE
                : super.findErrorPageLocation(context, exception);
    }

    @Override
    protected void logException(FacesContext context, Throwable exception, String location, LogReason reason) {
        if (DatabaseOutage.causes(exception)) {
            Refusals.refused(context.getExternalContext().getRemoteUser(),
                    context.getViewRoot() == null ? location : context.getViewRoot().getViewId(), 503, exception);
        } else {
            super.logException(context, exception, location, reason);
        }
    }

    /** Extends OmniFaces' factory so that OmniFaces still registers its {@code FacesExceptionFilter}. */
    public static class Factory extends FullAjaxExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new AjaxFailures(getWrapped().getExceptionHandler());
        }
    }
}

package org.scicoop.secretariat.web.project;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.scicoop.secretariat.project.boundary.ProjectCalendar;
import org.scicoop.secretariat.web.i18n.LocaleBean;
import org.scicoop.secretariat.web.platform.Messages;

import java.io.Serializable;
import java.time.Instant;

/**
 * The member's calendar feed ("My projects" → "Calendar"): makes or renews the secret address their calendar app
 * subscribes to. Only the secret's hash is stored, so the address is shown once, right after it is made; renewing
 * (confirmed) makes a new one and stops the old.
 */
@Named
@ViewScoped
public class CalendarPage implements Serializable {

    @Inject
    ProjectCalendar calendars;

    @Inject
    LocaleBean locale;

    private Instant madeAt;
    private boolean loaded;
    private String address;

    /** When the member's address was made; null when they have none. */
    public Instant getMadeAt() {
        if (!loaded) {
            madeAt = calendars.madeAt().orElse(null);
            loaded = true;
        }
        return madeAt;
    }

    /** The address just made, in this view only (nothing keeps it). */
    public String getAddress() {
        return address;
    }

    public void renew() {
        boolean first = getMadeAt() == null;
        address = calendars.renew(locale.getLanguage().code());
        madeAt = calendars.madeAt().orElse(null);
        Messages.info(first ? "calendar.made.message" : "calendar.renewed.message");
    }
}

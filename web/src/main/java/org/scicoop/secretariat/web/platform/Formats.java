package org.scicoop.secretariat.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.scicoop.secretariat.web.i18n.LocaleBean;
import org.scicoop.secretariat.web.person.CurrentUser;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Numbers and instants as the reader expects them: their locale and their time zone. */
@Named
@RequestScoped
public class Formats {

    @Inject
    LocaleBean locale;

    @Inject
    CurrentUser user;

    /** An instant in the reader's time zone, with the zone's name so that nobody guesses. */
    public String instant(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale.getLocale())
                .withZone(user.getZone())
                .format(instant) + " (" + user.getZone().getId() + ")";
    }

    public Instant getNow() {
        return Instant.now();
    }

    public String number(Number number) {
        return number == null ? "" : NumberFormat.getIntegerInstance(locale.getLocale()).format(number);
    }
}

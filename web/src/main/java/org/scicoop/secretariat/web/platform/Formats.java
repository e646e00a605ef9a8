package org.scicoop.secretariat.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.scicoop.secretariat.web.i18n.LocaleBean;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Numbers and instants as the reader expects them: their locale and their time zone. */
@Named
@RequestScoped
public class Formats {

    @Inject
    LocaleBean locale;

    @Inject
    ReaderZone reader;

    /** The reader's format of instants, made once per request (a list formats two per row). */
    private DateTimeFormatter instants;

    /** A calendar day (a due date, a project's start) in the reader's language: no zone, it is a day. */
    public String date(java.time.LocalDate date) {
        return date == null ? "" : java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(locale.getLocale()).format(date);
    }

    /** An instant in the reader's time zone, with the zone's name so that nobody guesses. */
    public String instant(Instant instant) {
        if (instant == null) {
            return "";
        }
        if (instants == null) {
            instants = instants(locale.getLocale(), reader.getZone());
        }
        return format(instants, instant, reader.getZone());
    }

    /**
     * An instant as {@link #instant(Instant)} writes it, for a reader known otherwise than by this request's session
     * (a feed in UTC, a file): "31 Mar 2027, 17:00 (UTC)".
     */
    public static String instant(Instant instant, Locale locale, ZoneId zone) {
        return instant == null ? "" : format(instants(locale, zone), instant, zone);
    }

    private static DateTimeFormatter instants(Locale locale, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(zone);
    }

    private static String format(DateTimeFormatter format, Instant instant, ZoneId zone) {
        try {
            return format.format(instant) + " (" + zoneName(zone) + ")";
        } catch (java.time.DateTimeException beyondTheCalendar) {
            // a year past ±999,999,999 in the reader's zone (stored before the calls' dates were bounded): the cell
            // shows the instant as it is, the page stays up
            return instant + " (UTC)";
        }
    }

    /** The zone every reader shares, beside their own where a time is a record (a receipt, as its e-mail gives it). */
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(java.time.ZoneOffset.UTC);

    /** An instant in UTC, to the second: "2027-03-31 17:00:00 UTC". */
    public static String utc(Instant instant) {
        return instant == null ? "" : UTC.format(instant);
    }

    public Instant getNow() {
        return Instant.now();
    }

    /** The reader's zone as people name it: an IANA id such as Europe/Paris, or UTC. */
    public String zoneName() {
        return zoneName(reader.getZone());
    }

    private static String zoneName(ZoneId zone) {
        return zone.normalized().equals(java.time.ZoneOffset.UTC) ? "UTC" : zone.getId();
    }

    /** An amount with its currency, as the reader writes money (e.g. CN¥5,000,000.00 or 5 000 000,00 €). */
    public String money(java.math.BigDecimal amount, String currency) {
        if (amount == null || currency == null) {
            return "";
        }
        java.text.NumberFormat format = java.text.NumberFormat.getCurrencyInstance(locale.getLocale());
        format.setCurrency(java.util.Currency.getInstance(currency));
        return format.format(amount);
    }

    /** Time left until {@code deadline}, in words: days, else hours, else minutes. Empty once past. */
    public String countdown(Instant deadline) {
        if (deadline == null) {
            return "";
        }
        java.time.Duration left = java.time.Duration.between(Instant.now(), deadline);
        if (left.isNegative() || left.isZero()) {
            return "";
        }
        if (left.toDays() >= 2) {
            return Texts.of(locale.getLocale(), "countdown.days", left.toDays());
        }
        if (left.toHours() >= 1) {
            return Texts.of(locale.getLocale(), "countdown.hours", left.toHours());
        }
        return Texts.of(locale.getLocale(), "countdown.minutes", Math.max(1, left.toMinutes()));
    }

    /**
     * Any recorded value as the reader should see it: instants in their zone, states by name, a collection as
     * its values; nothing (none, blank, empty) as "—".
     */
    public String value(Object value) {
        if (value == null || value instanceof String text && text.isBlank()
                || value instanceof java.util.Collection<?> values && values.isEmpty()) {
            return Texts.of(locale.getLocale(), "value.none");
        }
        if (value instanceof java.util.Collection<?> values) {
            return values.stream().map(this::value).collect(java.util.stream.Collectors.joining(", "));
        }
        if (value instanceof Instant instant) {
            return instant(instant);
        }
        if (value instanceof Boolean flag) {
            return Texts.of(locale.getLocale(), flag ? "value.yes" : "value.no");
        }
        if (value instanceof Enum<?> state) {
            return Texts.of(locale.getLocale(), state.getDeclaringClass().getSimpleName() + "." + state.name());
        }
        if (value instanceof java.math.BigDecimal amount) {
            return java.text.NumberFormat.getNumberInstance(locale.getLocale()).format(amount);
        }
        return value.toString();
    }

    public String number(Number number) {
        return number == null ? "" : NumberFormat.getIntegerInstance(locale.getLocale()).format(number);
    }

    /** A file's size in the reader's locale: "850 KB", "2,4 MB" (units from the bundle). */
    public String fileSize(long bytes) {
        NumberFormat format = NumberFormat.getNumberInstance(locale.getLocale());
        format.setMaximumFractionDigits(1);
        if (bytes < 1024 * 1024) {
            return Texts.of(locale.getLocale(), "documents.size.kb", format.format(Math.max(1, Math.round(bytes / 1024.0))));
        }
        return Texts.of(locale.getLocale(), "documents.size.mb", format.format(bytes / (1024.0 * 1024.0)));
    }
}

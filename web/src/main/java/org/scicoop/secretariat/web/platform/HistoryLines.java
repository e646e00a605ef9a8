package org.scicoop.secretariat.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.scicoop.secretariat.platform.boundary.Change;
import org.scicoop.secretariat.platform.boundary.Change.FieldChange;
import org.scicoop.secretariat.reference.entity.Country;
import org.scicoop.secretariat.web.i18n.LocaleBean;

import java.time.LocalDate;
import java.util.Set;

/**
 * The words of a history's lines (proposals, projects; {@code WEB-INF/includes/history.xhtml}): each field by its label
 * in the reader's language ({@code history.field.*}), the part it belongs to ("Inception report, version 2"), a part
 * added or removed as such, values as {@link Formats#value} writes them (days as calendar days, countries by name),
 * the person by name ("System" for timers) and long texts only as "changed", their words behind a disclosure.
 */
@Named
@RequestScoped
public class HistoryLines {

    /** Texts too long for a line: the line says "changed", the page shows them on demand, as plain text. */
    static final Set<String> LONG = Set.of("abstract", "report.narrative");

    /** The parts a history names when they are added or removed. */
    static final Set<String> PARTS = Set.of("partner", "milestone", "attachment", "grant", "report", "output");

    @Inject
    LocaleBean locale;

    @Inject
    Formats formats;

    /** Whether the line tells a part added or removed rather than a field's values. */
    public boolean isPart(FieldChange change) {
        return PARTS.contains(change.field());
    }

    public boolean isLong(FieldChange change) {
        return LONG.contains(change.field());
    }

    /** "Partner added: CSIR", "Attachment removed: plan.pdf", "Report, version 2, added: Inception report". */
    public String part(FieldChange change) {
        String kind = Texts.of(locale.getLocale(), "history.part." + change.field());
        if (change.version() != null) {
            kind = Texts.of(locale.getLocale(), "history.version", kind, change.version());
        }
        boolean added = change.after() != null;
        return Texts.of(locale.getLocale(), added ? "history.added" : "history.removed", kind,
                added ? change.after() : change.before());
    }

    /** The part a field belongs to, when not the thing itself: "Inception report, version 2". */
    public String subject(FieldChange change) {
        if (change.subject() == null) {
            return "";
        }
        return change.version() == null ? change.subject()
                : Texts.of(locale.getLocale(), "history.version", change.subject(), change.version());
    }

    public String label(FieldChange change) {
        return Texts.of(locale.getLocale(), "history.field." + change.field());
    }

    public String value(FieldChange change, Object value) {
        if (value instanceof LocalDate day) {
            return formats.date(day);
        }
        if (change.field().endsWith(".country") && value instanceof String code) {
            return Country.displayName(code, code, locale.getLocale());
        }
        return formats.value(value);
    }

    /** Who made a revision: their name; timers and migrations are "System". */
    public String who(Change change) {
        if (change.username() == null || "system".equals(change.username())) {
            return Texts.of(locale.getLocale(), "history.system");
        }
        return change.name();
    }
}

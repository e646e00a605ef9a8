package org.scicoop.secretariat.web.call;

import org.scicoop.secretariat.web.platform.Pages;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.faces.view.ViewScoped;
import org.scicoop.secretariat.call.boundary.CallChange;
import org.scicoop.secretariat.call.boundary.CallService;
import org.scicoop.secretariat.call.boundary.CallView;
import org.scicoop.secretariat.platform.boundary.ConcurrentChange;
import org.scicoop.secretariat.platform.boundary.NotFound;
import org.scicoop.secretariat.platform.rules.RuleViolation;
import org.scicoop.secretariat.reference.boundary.AgencyView;
import org.scicoop.secretariat.reference.boundary.ReferenceDataService;
import org.scicoop.secretariat.reference.boundary.ThemeView;
import org.scicoop.secretariat.reference.entity.Country;
import org.scicoop.secretariat.web.i18n.LocaleBean;
import org.scicoop.secretariat.web.person.CurrentUser;
import org.scicoop.secretariat.web.platform.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.List;

/**
 * Creating or revising a call ({@code ?code=} to revise). The form keeps what the officer typed
 * whatever the outcome; the version read is sent back, so a concurrent save is detected.
 */
@Named
@ViewScoped
public class CallEditView implements Serializable {

    @Inject
    CallService calls;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    CurrentUser user;

    @Inject
    LocaleBean locale;

    private String code;
    private long version;
    private CallForm form;
    private List<AgencyView> agencies;
    private List<ThemeView> themes;
    private List<Difference> conflict = List.of();
    private Instant savedAt;

    /** A field where the officer's entry and what someone else saved meanwhile differ. */
    public record Difference(String field, Object mine, Object theirs) implements Serializable {
    }

    /** Loads the call to revise, or starts a new one with the programme's defaults. */
    public void load() throws IOException {
        if (form != null) {
            return;
        }
        if (!Pages.given(code)) {
            form = new CallForm();
            form.setOpensAt(LocalDate.now(user.getZone()).plusDays(7).atTime(LocalTime.of(9, 0)));
            form.setDeadline(LocalDate.now(user.getZone()).plusDays(97).atTime(LocalTime.of(17, 0)));
            return;
        }
        try {
            CallView call = calls.get(code);
            version = call.version();
            form = CallForm.of(call, user.getZone());
            savedAt = calls.history(code).stream().map(CallChange::at)
                    .max(Comparator.naturalOrder()).orElse(null);
        } catch (NotFound unknown) {
            Pages.notFound("call");
        }
    }

    public void addCommitment() {
        form.getCommitments().add(new CallForm.Row());
    }

    public void removeCommitment(CallForm.Row row) {
        form.getCommitments().remove(row);
    }

    public String save() throws IOException {
        CallView saved;
        try {
            saved = isNew() ? calls.create(form.toCommand(user.getZone()))
                    : calls.update(code, version, form.toCommand(user.getZone()));
        } catch (ConcurrentChange change) {
            showConflict();
            Messages.refused(change);
            return null;
        } catch (RuleViolation | NotFound refused) {
            Messages.refused(refused);
            return null;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        Messages.info("calls.saved", saved.code());
        return "/app/calls/view.xhtml?faces-redirect=true&code=" + saved.code();
    }

    /**
     * Someone else saved the call since it was read: keep everything this officer typed, show the
     * other values beside theirs, and take the new version, so that saving again is a deliberate
     * choice to replace them.
     */
    private void showConflict() {
        CallView theirs = calls.get(code);
        CallForm other = CallForm.of(theirs, user.getZone());
        java.time.ZoneId zone = user.getZone();
        List<Difference> differences = new java.util.ArrayList<>();
        compare(differences, "title", form.getTitle(), other.getTitle());
        compare(differences, "summary", form.getSummary(), other.getSummary());
        compare(differences, "opensAt", instant(form.getOpensAt(), zone), instant(other.getOpensAt(), zone));
        compare(differences, "deadline", instant(form.getDeadline(), zone), instant(other.getDeadline(), zone));
        compare(differences, "commonFundEur", form.getCommonFundEur(), other.getCommonFundEur());
        compare(differences, "themes", String.join(", ", form.getThemes().stream().sorted().toList()),
                String.join(", ", other.getThemes().stream().sorted().toList()));
        compare(differences, "minPartners", form.getMinPartners(), other.getMinPartners());
        compare(differences, "minCountries", form.getMinCountries(), other.getMinCountries());
        compare(differences, "maxDurationMonths", form.getMaxDurationMonths(), other.getMaxDurationMonths());
        conflict = differences;
        version = theirs.version();
    }

    private static java.time.Instant instant(java.time.LocalDateTime time, java.time.ZoneId zone) {
        return time == null ? null : time.atZone(zone).toInstant();
    }

    private static void compare(List<Difference> differences, String field, Object mine, Object theirs) {
        boolean same = mine instanceof java.math.BigDecimal a && theirs instanceof java.math.BigDecimal b
                ? a.compareTo(b) == 0 : java.util.Objects.equals(mine, theirs);
        if (!same) {
            differences.add(new Difference(field, mine, theirs));
        }
    }

    public List<Difference> getConflict() {
        return conflict;
    }

    /** When the call was last saved (its latest recorded change), for the form's save state; null for a new one. */
    public Instant getSavedAt() {
        return savedAt;
    }

    public boolean isNew() {
        return code == null || code.isBlank();
    }

    /** The funding agencies by their country's name in the reader's language, then acronym. */
    public List<AgencyView> getAgencies() {
        if (agencies == null) {
            Locale reader = locale.getLocale();
            Collator collator = Collator.getInstance(reader);
            agencies = referenceData.agencies().stream()
                    .sorted(Comparator.comparing((AgencyView agency) -> countryName(agency.countryCode()), collator)
                            .thenComparing(AgencyView::acronym, collator))
                    .toList();
        }
        return agencies;
    }

    public String countryName(String code) {
        return Country.displayName(code, code, locale.getLocale());
    }

    public List<ThemeView> getThemes() {
        if (themes == null) {
            // deactivated areas are offered only to the calls that already have them
            List<String> kept = form == null ? List.of() : form.getThemes();
            themes = referenceData.thematicAreas().stream().filter(t -> t.active() || kept.contains(t.code()))
                    .toList();
        }
        return themes;
    }

    public String themeName(ThemeView theme) {
        return theme.name(locale.getLocale());
    }

    public String currencyOf(Long agencyId) {
        return getAgencies().stream().filter(a -> a.id().equals(agencyId)).map(AgencyView::currency).findFirst()
                .orElse("");
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public CallForm getForm() {
        return form;
    }
}

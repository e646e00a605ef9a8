package org.scicoop.secretariat.web.reference;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.scicoop.secretariat.reference.boundary.AgencyCommand;
import org.scicoop.secretariat.reference.boundary.AgencyRow;
import org.scicoop.secretariat.reference.boundary.FundingAgencyService;
import org.scicoop.secretariat.reference.entity.Country;
import org.scicoop.secretariat.web.i18n.LocaleBean;
import org.scicoop.secretariat.web.platform.Messages;

import java.io.Serializable;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Administrators keep the funding agencies: a short list, and one form to create or edit. */
@Named
@ViewScoped
public class AgenciesView implements Serializable {

    @Inject
    FundingAgencyService service;

    @Inject
    LocaleBean locale;

    private final ReferenceEditor<Long, AgencyForm> editor = new ReferenceEditor<>("agency-form", Map.of(
            "rule.agency.acronymTaken", "acronym",
            "rule.agency.unknownCurrency", "currency",
            "rule.agency.currency", "currency",
            "rule.agency.website", "website",
            "rule.reference.unknownCountry", "country"), new AgencyForm());
    private List<AgencyRow> agencies;

    /** The agencies by their country's name in the reader's language, then acronym (not by country code). */
    public List<AgencyRow> getAgencies() {
        if (agencies == null) {
            Collator collator = Collator.getInstance(locale.getLocale());
            agencies = service.list().stream()
                    .sorted(Comparator.comparing((AgencyRow agency) -> countryName(agency.countryCode()), collator)
                            .thenComparing(AgencyRow::acronym, collator))
                    .toList();
        }
        return agencies;
    }

    public String countryName(String code) {
        return Country.displayName(code, code, locale.getLocale());
    }

    public void edit(AgencyRow row) {
        editor.edit(row.id(), row.version(), AgencyForm.of(row));
    }

    public void startNew() {
        editor.startNew(new AgencyForm());
    }

    public void save() {
        AgencyCommand command = editor.getForm().command();
        editor.save(() -> service.create(command), (id, version) -> service.update(id, version, command))
                .ifPresent(saved -> {
                    Messages.info(saved.created() ? "agencies.created" : "agencies.saved", saved.row().acronym());
                    agencies = null;
                    startNew();
                });
    }

    public boolean isEditing() {
        return editor.isEditing();
    }

    public AgencyForm getForm() {
        return editor.getForm();
    }
}

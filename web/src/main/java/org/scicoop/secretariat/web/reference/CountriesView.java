package org.scicoop.secretariat.web.reference;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.scicoop.secretariat.reference.boundary.CountryService;
import org.scicoop.secretariat.reference.entity.Country;
import org.scicoop.secretariat.reference.entity.IncomeGroup;
import org.scicoop.secretariat.web.i18n.LocaleBean;
import org.scicoop.secretariat.web.platform.Messages;
import org.scicoop.secretariat.web.platform.Texts;

import java.io.Serializable;
import java.text.Collator;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Administrators record the countries' World Bank income groups and the classification year. The
 * 249 countries are filtered here, by their name in the reader's language (which the database does
 * not hold: names come from the JDK's CLDR data), by code, and by group.
 */
@Named
@ViewScoped
public class CountriesView implements Serializable {

    @Inject
    CountryService service;

    @Inject
    LocaleBean locale;

    private String filterText;
    private IncomeGroup filterGroup;
    private List<CountryService.CountryRow> countries;

    private final ReferenceEditor<String, CountryForm> editor = new ReferenceEditor<>("country-form",
            Map.of("rule.country.year", "year"), new CountryForm());

    public List<CountryService.CountryRow> getCountries() {
        if (countries == null) {
            countries = service.list();
        }
        String text = filterText == null ? "" : plain(filterText.trim());
        Collator collator = Collator.getInstance(locale.getLocale());
        return countries.stream()
                .filter(c -> filterGroup == null || c.incomeGroup() == filterGroup)
                .filter(c -> text.isEmpty() || plain(name(c.code())).contains(text)
                        || c.code().equalsIgnoreCase(text) || plain(c.name()).contains(text))
                .sorted(Comparator.comparing(c -> name(c.code()), collator))
                .toList();
    }

    public String name(String code) {
        return Country.displayName(code, countries == null ? code : countries.stream()
                .filter(c -> c.code().equals(code)).map(CountryService.CountryRow::name).findFirst().orElse(code),
                locale.getLocale());
    }

    private static String plain(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    public void edit(CountryService.CountryRow row) {
        editor.edit(row.code(), row.version(), CountryForm.of(row));
    }

    public void cancel() {
        editor.startNew(new CountryForm());
    }

    public void save() {
        CountryForm form = editor.getForm();
        editor.update((code, version) -> service.reclassify(code, version, form.getGroup(), form.getYear()))
                .ifPresent(saved -> {
                    Messages.info("countries.saved", name(saved.code()),
                            Texts.of(locale.getLocale(), "incomeGroup." + saved.incomeGroup().name()),
                            saved.incomeYear() == null ? "" : saved.incomeYear().toString());
                    countries = null;
                    cancel();
                });
    }

    public List<IncomeGroup> getGroups() {
        return List.of(IncomeGroup.values());
    }

    public boolean isEditing() {
        return editor.isEditing();
    }

    /** The code of the country being classified. */
    public String getEditedCode() {
        return editor.getKey();
    }

    public CountryForm getForm() {
        return editor.getForm();
    }

    public String getFilterText() {
        return filterText;
    }

    public void setFilterText(String filterText) {
        this.filterText = filterText;
    }

    public IncomeGroup getFilterGroup() {
        return filterGroup;
    }

    public void setFilterGroup(IncomeGroup filterGroup) {
        this.filterGroup = filterGroup;
    }
}

package org.scicoop.secretariat.web.reference;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.scicoop.secretariat.platform.boundary.ConcurrentChange;
import org.scicoop.secretariat.platform.boundary.NotFound;
import org.scicoop.secretariat.platform.rules.RuleViolation;
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

/**
 * Administrators record the countries' World Bank income groups and the classification year. The
 * 249 countries are filtered here, by their name in the reader's language (which the database does
 * not hold: names come from the JDK's CLDR data), by code, and by group.
 */
@Named
@ViewScoped
public class CountriesView implements Serializable {

    private static final String FORM = "country-form:";

    @Inject
    CountryService service;

    @Inject
    LocaleBean locale;

    private String filterText;
    private IncomeGroup filterGroup;
    private List<CountryService.CountryRow> countries;

    private String editing;
    private long version;
    private IncomeGroup group;
    private Integer year;

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
        editing = row.code();
        version = row.version();
        group = row.incomeGroup();
        year = row.incomeYear();
    }

    public void cancel() {
        editing = null;
    }

    public void save() {
        try {
            CountryService.CountryRow saved = service.reclassify(editing, version, group, year);
            Messages.info("countries.saved", name(saved.code()),
                    Texts.of(locale.getLocale(), "incomeGroup." + saved.incomeGroup().name()),
                    saved.incomeYear() == null ? "" : saved.incomeYear().toString());
            countries = null;
            editing = null;
        } catch (ConcurrentChange change) {
            Messages.error("reference.concurrentChange");
        } catch (RuleViolation | NotFound refused) {
            String key = refused instanceof RuleViolation v ? v.messageKey() : "";
            Messages.refusedAt(key.startsWith("rule.country.year") ? FORM + "year" : null, refused);
        }
    }

    public List<IncomeGroup> getGroups() {
        return List.of(IncomeGroup.values());
    }

    public boolean isEditing() {
        return editing != null;
    }

    public String getEditing() {
        return editing;
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

    public IncomeGroup getGroup() {
        return group;
    }

    public void setGroup(IncomeGroup group) {
        this.group = group;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }
}

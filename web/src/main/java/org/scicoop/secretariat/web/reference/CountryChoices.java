package org.scicoop.secretariat.web.reference;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.scicoop.secretariat.reference.boundary.CountryView;
import org.scicoop.secretariat.reference.boundary.ReferenceDataService;
import org.scicoop.secretariat.reference.entity.Country;
import org.scicoop.secretariat.web.i18n.LocaleBean;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;

/** The countries to choose from in the reference-data forms, named and sorted in the reader's language. */
@Named
@RequestScoped
public class CountryChoices {

    /** A country as a choice: its code and its name in the reader's language. */
    public record Choice(String code, String name) {
    }

    @Inject
    ReferenceDataService referenceData;

    @Inject
    LocaleBean locale;

    private List<Choice> choices;

    public List<Choice> getAll() {
        if (choices == null) {
            Collator collator = Collator.getInstance(locale.getLocale());
            choices = referenceData.countries().stream()
                    .map(c -> new Choice(c.code(), name(c)))
                    .sorted(Comparator.comparing(Choice::name, collator))
                    .toList();
        }
        return choices;
    }

    public String name(String code) {
        return code == null ? "" : Country.displayName(code, code, locale.getLocale());
    }

    private String name(CountryView country) {
        return Country.displayName(country.code(), country.name(), locale.getLocale());
    }
}

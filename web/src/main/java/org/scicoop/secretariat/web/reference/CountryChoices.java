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
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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

    /** The choices last sorted for each language, with the countries they were made of. */
    private static final Map<Locale, Sorted> SORTED = new ConcurrentHashMap<>();

    private record Sorted(List<CountryView> countries, List<Choice> choices) {
    }

    private List<Choice> choices;

    /**
     * Every country, by name in the reader's language. Sorting two hundred names with the language's collator is
     * most of the work, so the sorted choices are kept per language and used again as long as the countries (from
     * the second-level cache, which an administrator's change invalidates on every node) are the same.
     */
    public List<Choice> getAll() {
        if (choices == null) {
            Locale language = locale.getLocale();
            List<CountryView> countries = referenceData.countries();
            Sorted sorted = SORTED.get(language);
            if (sorted == null || !sorted.countries().equals(countries)) {
                Collator collator = Collator.getInstance(language);
                sorted = new Sorted(countries, countries.stream()
                        .map(c -> new Choice(c.code(), name(c)))
                        .sorted(Comparator.comparing(Choice::name, collator))
                        .toList());
                SORTED.put(language, sorted);
            }
            choices = sorted.choices();
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

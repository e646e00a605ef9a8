package org.scicoop.secretariat.reference.entity;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class CountryTest {

    @Test
    void lowAndLowerMiddleIncomeCountriesAreDeveloping() {
        assertThat(new Country("ET", "Ethiopia", IncomeGroup.LOW, 2025).isDeveloping()).isTrue();
        assertThat(new Country("KE", "Kenya", IncomeGroup.LOWER_MIDDLE, 2025).isDeveloping()).isTrue();
        assertThat(new Country("BR", "Brazil", IncomeGroup.UPPER_MIDDLE, 2025).isDeveloping()).isFalse();
        assertThat(new Country("DE", "Germany", IncomeGroup.HIGH, 2025).isDeveloping()).isFalse();
        assertThat(new Country("XK", "Kosovo", IncomeGroup.UNCLASSIFIED, null).isDeveloping()).isFalse();
    }

    @Test
    void reclassificationChangesWhetherACountryIsDeveloping() {
        Country country = new Country("IN", "India", IncomeGroup.LOWER_MIDDLE, 2024);

        country.reclassify(IncomeGroup.UPPER_MIDDLE, 2026);

        assertThat(country.isDeveloping()).isFalse();
        assertThat(country.getIncomeYear()).isEqualTo(2026);
    }

    @Test
    void nameFollowsTheReadersLanguage() {
        Country germany = new Country("DE", "Germany", IncomeGroup.HIGH, 2025);

        assertThat(germany.displayName(Locale.ENGLISH)).isEqualTo("Germany");
        assertThat(germany.displayName(Locale.FRENCH)).isEqualTo("Allemagne");
        assertThat(germany.displayName(Locale.forLanguageTag("es"))).isEqualTo("Alemania");
        assertThat(germany.displayName(Locale.SIMPLIFIED_CHINESE)).isEqualTo("德国");
    }

    @Test
    void codesAreEqualWhateverTheCase() {
        assertThat(new Country("fr", "France", IncomeGroup.HIGH, 2025))
                .isEqualTo(new Country("FR", "France", IncomeGroup.HIGH, 2025));
    }
}

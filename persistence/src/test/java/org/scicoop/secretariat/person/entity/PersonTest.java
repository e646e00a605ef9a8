package org.scicoop.secretariat.person.entity;

import org.junit.jupiter.api.Test;
import org.scicoop.secretariat.reference.entity.Country;
import org.scicoop.secretariat.reference.entity.IncomeGroup;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonTest {

    private static final Country FRANCE = new Country("FR", "France", IncomeGroup.HIGH, 2025);
    private static final Country KENYA = new Country("KE", "Kenya", IncomeGroup.LOWER_MIDDLE, 2025);
    private static final Instant MONDAY = Instant.parse("2026-11-23T08:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-11-24T08:00:00Z");

    private static IdentityClaims claims(String email, String country) {
        return new IdentityClaims("7f3c", "member", "Camille", "Martin", email, country, "Sorbonne Université",
                "Europe/Paris");
    }

    @Test
    void firstLoginTakesEverythingFromTheToken() {
        Person person = Person.firstLogin(claims("member@secretariat.example", "FR"), FRANCE, MONDAY);

        assertThat(person.getSubject()).isEqualTo("7f3c");
        assertThat(person.getDisplayName()).isEqualTo("Camille Martin");
        assertThat(person.countryCode()).isEqualTo("FR");
        assertThat(person.getFirstLoginAt()).isEqualTo(MONDAY);
        assertThat(person.getLastLoginAt()).isEqualTo(MONDAY);
    }

    @Test
    void anotherLoginWithTheSameProfileIsNoChange() {
        Person person = Person.firstLogin(claims("member@secretariat.example", "FR"), FRANCE, MONDAY);

        boolean changed = person.updateFrom(claims("member@secretariat.example", "FR"), FRANCE, TUESDAY);

        assertThat(changed).isFalse();
        assertThat(person.getLastLoginAt()).isEqualTo(TUESDAY);
        assertThat(person.getFirstLoginAt()).isEqualTo(MONDAY);
    }

    @Test
    void aCountrySetByTheAdministratorIsTakenAtTheNextLogin() {
        Person person = Person.firstLogin(claims("member@secretariat.example", "FR"), FRANCE, MONDAY);

        boolean changed = person.updateFrom(claims("member@secretariat.example", "KE"), KENYA, TUESDAY);

        assertThat(changed).isTrue();
        assertThat(person.countryCode()).isEqualTo("KE");
    }

    @Test
    void claimsOfAnotherSubjectAreRefused() {
        Person person = Person.firstLogin(claims("member@secretariat.example", "FR"), FRANCE, MONDAY);
        IdentityClaims someoneElse = new IdentityClaims("other", "member", null, null, null, null, null, null);

        assertThatThrownBy(() -> person.updateFrom(someoneElse, null, TUESDAY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withoutNamesThePersonIsShownByUsername() {
        Person person = Person.firstLogin(new IdentityClaims("s", "officer", null, " ", null, "cn", null, null),
                null, MONDAY);

        assertThat(person.getDisplayName()).isEqualTo("officer");
    }
}

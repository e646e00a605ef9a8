package org.scicoop.secretariat.person.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.scicoop.secretariat.person.control.Callers;
import org.scicoop.secretariat.person.control.KeycloakAccounts;
import org.scicoop.secretariat.person.entity.IdentityClaims;
import org.scicoop.secretariat.person.entity.Person;
import org.scicoop.secretariat.person.entity.Roles;
import org.scicoop.secretariat.platform.boundary.BadInput;
import org.scicoop.secretariat.platform.boundary.Page;
import org.scicoop.secretariat.platform.boundary.PageRequest;
import org.scicoop.secretariat.platform.boundary.Unavailable;
import org.scicoop.secretariat.platform.control.Caller;
import org.scicoop.secretariat.platform.control.PagedQuery;
import org.scicoop.secretariat.reference.entity.Country;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The people who use the secretariat, as their logins made them known. */
@Stateless
public class PersonService {

    private static final PagedQuery<Person> PERSONS = PagedQuery.of(Person.class, "p", "p.username")
            .sortable("username", "p.username")
            .sortable("familyName", "p.familyName")
            .sortable("country", "p.country.code")
            .sortable("lastLoginAt", "p.lastLoginAt")
            .filterable("username", "p.username", PagedQuery.Match.CONTAINS)
            .filterable("name", "concat(coalesce(p.givenName, ''), ' ', coalesce(p.familyName, ''))",
                    PagedQuery.Match.CONTAINS)
            .filterable("country", "p.country.code", PagedQuery.Match.EQUALS);

    /** The administrators' list of people: a text in the name, username or e-mail; the country of the last sign-in. */
    private static final PagedQuery<Person> PEOPLE = PagedQuery.of(Person.class, "p", "p.username")
            .sortable("name", "p.familyName")
            .sortable("email", "p.email")
            .sortable("country", "p.country.code")
            .sortable("lastLoginAt", "p.lastLoginAt")
            .filterable("text", "concat(coalesce(p.givenName, ''), ' ', coalesce(p.familyName, ''), ' ', p.username, "
                    + "' ', coalesce(p.email, ''))", PagedQuery.Match.CONTAINS)
            .filterable("country", "p.country.code", PagedQuery.Match.EQUALS);

    /**
     * How many people a role filter looks at: Keycloak cannot be asked "who holds this role" with the service
     * account's permission (that needs {@code view-realm}), so the role is read per person of the other filters.
     */
    static final int ROLE_FILTER_LIMIT = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    KeycloakAccounts keycloak;

    @Inject
    Caller caller;

    @Inject
    Callers callers;

    Clock clock = Clock.systemUTC();

    /**
     * Creates or refreshes the caller's own record from the claims of their token. A caller can only
     * record their own login: claims naming someone else are refused.
     */
    @RolesAllowed({Roles.PROGRAMME_OFFICER, Roles.CONSORTIUM_MEMBER, Roles.REVIEWER, Roles.NATIONAL_CONTACT,
            Roles.ADMIN})
    public PersonView recordLogin(@NotNull @Valid IdentityClaims claims) {
        if (!claims.username().equals(caller.username())) {
            throw new EJBAccessException("a login can only be recorded by the person who logged in");
        }
        Country country = claims.countryCode() == null ? null : em.find(Country.class, claims.countryCode());
        Person person = bySubject(claims.subject()).orElse(null);
        if (person == null) {
            person = Person.firstLogin(claims, country, clock.instant());
            em.persist(person);
        } else {
            person.updateFrom(claims, country, clock.instant());
        }
        return PersonView.of(person);
    }

    /** Everyone who has logged in: secretariat staff and administrators only. */
    @RolesAllowed({Roles.PROGRAMME_OFFICER, Roles.ADMIN})
    public Page<PersonView> persons(@NotNull PageRequest request) {
        return PERSONS.fetch(em, request, PersonView::of);
    }

    /**
     * Everyone the application knows, with what Keycloak says of their account now (administrators only): filters
     * {@code text}, {@code country} (of the last sign-in) and {@code role} (a realm role Keycloak gives now, one of
     * {@link Roles#ALL}). Without the role filter, Keycloak is asked for the page's rows only, and when it cannot be
     * asked the page still lists the people ({@link People#keycloakAnswered()} false); the role filter needs
     * Keycloak (else {@code Unavailable}) and looks at the first {@value #ROLE_FILTER_LIMIT} people of the other
     * filters.
     */
    @RolesAllowed(Roles.ADMIN)
    public People people(@NotNull PageRequest request) {
        String role = request.filters().get("role");
        if (role == null || role.isBlank()) {
            Page<Person> page = PEOPLE.fetch(em, request, person -> person);
            Map<String, PersonAccount.Account> accounts;
            boolean answered = true;
            try {
                accounts = keycloak.accounts(page.rows().stream().map(Person::getSubject).toList());
            } catch (Unavailable keycloakDown) {
                accounts = Map.of();
                answered = false;
            }
            Map<String, PersonAccount.Account> known = accounts;
            return new People(new Page<>(page.rows().stream().map(p -> PersonAccount.of(p,
                    keycloak.consoleLink(p.getSubject()), known.get(p.getSubject()))).toList(), page.total()), answered);
        }
        String wanted = role.trim();
        if (!Roles.ALL.contains(wanted)) {
            throw new BadInput("problem.input.oneOf", "role", String.join(", ", Roles.ALL));
        }
        List<PersonAccount> holders = new ArrayList<>();
        try {
            for (Person person : PEOPLE.fetchAll(em, request, null, Map.of(), p -> p, ROLE_FILTER_LIMIT)) {
                PersonAccount.Account account = keycloak.account(person.getSubject());
                if (account.holds(wanted)) {
                    holders.add(PersonAccount.of(person, keycloak.consoleLink(person.getSubject()), account));
                }
            }
        } catch (Unavailable keycloakDown) {
            throw new Unavailable(keycloakDown.getMessage(), keycloakDown, "problem.people.keycloakUnavailable");
        }
        int from = Math.min(request.first(), holders.size());
        int to = Math.min(from + request.size(), holders.size());
        return new People(new Page<>(holders.subList(from, to), holders.size()), true);
    }

    /**
     * The names of the people behind these usernames, for the records the secretariat, national contacts and
     * reviewers read (who changed a call, who uploaded a document): people are shown by name, not by username.
     * A username nobody logged in with is left out (the page shows the username).
     */
    @RolesAllowed({Roles.PROGRAMME_OFFICER, Roles.ADMIN, Roles.REVIEWER, Roles.NATIONAL_CONTACT})
    public Map<String, String> names(@NotNull Set<@NotNull String> usernames) {
        return callers.names(usernames);
    }

    private Optional<Person> bySubject(String subject) {
        return em.createNamedQuery(Person.BY_SUBJECT, Person.class).setParameter("subject", subject)
                .getResultStream().findFirst();
    }
}

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
import org.scicoop.secretariat.person.entity.IdentityClaims;
import org.scicoop.secretariat.person.entity.Person;
import org.scicoop.secretariat.person.entity.Roles;
import org.scicoop.secretariat.platform.boundary.Page;
import org.scicoop.secretariat.platform.boundary.PageRequest;
import org.scicoop.secretariat.platform.control.Caller;
import org.scicoop.secretariat.platform.control.PagedQuery;
import org.scicoop.secretariat.reference.entity.Country;

import java.time.Clock;
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

    @PersistenceContext
    EntityManager em;

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

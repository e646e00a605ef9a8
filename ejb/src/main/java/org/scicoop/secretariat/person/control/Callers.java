package org.scicoop.secretariat.person.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.scicoop.secretariat.person.entity.Person;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the application knows of people from their person records (written from their tokens at login, see
 * {@code PersonService.recordLogin}): a caller's country, which decides what a national contact reads, and
 * the names that pages show instead of usernames.
 */
@Dependent
public class Callers {

    @PersistenceContext
    EntityManager em;

    /** The person's country, as an administrator set it in Keycloak (users cannot change it). */
    public Optional<String> country(String username) {
        return em.createQuery("select p.country.code from Person p where p.username = :username", String.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }

    /** The person's e-mail address as their token last gave it; empty for a username nobody logged in with. */
    public Optional<String> email(String username) {
        return em.createQuery("select p.email from Person p where p.username = :username", String.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }

    /**
     * The languages of the people behind these e-mail addresses (one read), to write to each in theirs: those whose
     * account has a language (its {@code locale} at their last login).
     */
    public Languages languages(Collection<String> emails) {
        Map<String, String> languages = new HashMap<>();
        List<String> addresses = emails.stream().filter(Objects::nonNull).map(e -> e.toLowerCase(Locale.ROOT))
                .distinct().toList();
        if (!addresses.isEmpty()) {
            em.createQuery("select lower(p.email), p.language from Person p where lower(p.email) in :emails"
                            + " and p.language is not null", Object[].class)
                    .setParameter("emails", addresses)
                    .getResultList()
                    .forEach(row -> languages.putIfAbsent((String) row[0], (String) row[1]));
        }
        return new Languages(languages);
    }

    /** Known people's languages by address in lower case ({@link #languages}). */
    public record Languages(Map<String, String> byEmail) {

        /**
         * The language to write to {@code email} in: its person's, else {@code otherwise} (the language of what the
         * e-mail is about: the consortium's, the submitter's), else English.
         */
        public Locale of(String email, String otherwise) {
            String known = email == null ? null : byEmail.get(email.toLowerCase(Locale.ROOT));
            return Locale.forLanguageTag(known != null ? known : Objects.requireNonNullElse(otherwise, "en"));
        }
    }

    /** Each known username's display name ("Given Family"); a username nobody logged in with is left out. */
    public Map<String, String> names(Collection<String> usernames) {
        Map<String, String> names = new HashMap<>();
        if (usernames.isEmpty()) {
            return names;
        }
        em.createQuery("select p from Person p where p.username in :usernames", Person.class)
                .setParameter("usernames", usernames)
                .getResultList()
                .forEach(person -> names.put(person.getUsername(), person.getDisplayName()));
        return names;
    }
}

package org.scicoop.secretariat.person.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.scicoop.secretariat.reference.entity.Country;

import java.time.Instant;
import java.util.Objects;

/**
 * A person who has logged in at least once. Keycloak owns the identity; this row mirrors what the
 * application needs to show and to check access, refreshed from the token at every login.
 */
@Entity
@Audited
@NamedQuery(name = Person.BY_SUBJECT, query = "select p from Person p where p.subject = :subject")
public class Person {

    public static final String BY_SUBJECT = "Person.bySubject";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Keycloak's stable user id ({@code sub}); usernames can be renamed, this cannot. */
    @NotBlank
    @Size(max = 64)
    private String subject;

    @NotBlank
    @Size(max = 100)
    private String username;

    @Size(max = 100)
    @Column(name = "given_name")
    private String givenName;

    @Size(max = 100)
    @Column(name = "family_name")
    private String familyName;

    @Size(max = 254)
    private String email;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "country_code")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Country country;

    @Size(max = 300)
    private String organisation;

    @Size(max = 64)
    private String zoneinfo;

    /** The language of the person's account (en, zh, fr, es), for what the application e-mails them; or null. */
    @Size(max = 8)
    private String language;

    // Log-in times change at every login: not worth an audit revision each time.
    @NotAudited
    @Column(name = "first_login_at")
    private Instant firstLoginAt;

    @NotAudited
    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Version
    private long version;

    protected Person() {
    }

    /** A person seen for the first time. */
    public static Person firstLogin(IdentityClaims claims, Country country, Instant now) {
        Person person = new Person();
        person.subject = claims.subject();
        person.firstLoginAt = now;
        person.updateFrom(claims, country, now);
        return person;
    }

    /**
     * Takes the identity provider's current view of the person. Returns whether anything but the
     * login time changed, so that callers and the audit trail can tell a real profile change.
     */
    public boolean updateFrom(IdentityClaims claims, Country country, Instant now) {
        if (!Objects.equals(subject, claims.subject())) {
            throw new IllegalArgumentException("claims of another person");
        }
        boolean changed = !Objects.equals(username, claims.username())
                || !Objects.equals(givenName, claims.givenName())
                || !Objects.equals(familyName, claims.familyName())
                || !Objects.equals(email, claims.email())
                || !Objects.equals(countryCode(), country == null ? null : country.getCode())
                || !Objects.equals(organisation, claims.organisation())
                || !Objects.equals(zoneinfo, claims.zoneinfo())
                || !Objects.equals(language, claims.language());
        username = claims.username();
        givenName = claims.givenName();
        familyName = claims.familyName();
        email = claims.email();
        this.country = country;
        organisation = claims.organisation();
        zoneinfo = claims.zoneinfo();
        language = claims.language();
        lastLoginAt = now;
        return changed;
    }

    public String getDisplayName() {
        return IdentityClaims.displayName(givenName, familyName, username);
    }

    public String getLanguage() {
        return language;
    }

    public String countryCode() {
        return country == null ? null : country.getCode();
    }

    public Long getId() {
        return id;
    }

    public String getSubject() {
        return subject;
    }

    public String getUsername() {
        return username;
    }

    public String getGivenName() {
        return givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public String getEmail() {
        return email;
    }

    public Country getCountry() {
        return country;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getZoneinfo() {
        return zoneinfo;
    }

    public Instant getFirstLoginAt() {
        return firstLoginAt;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Person other && subject != null && subject.equals(other.subject);
    }

    @Override
    public int hashCode() {
        return subject == null ? 0 : subject.hashCode();
    }
}

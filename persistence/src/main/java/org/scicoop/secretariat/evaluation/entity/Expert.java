package org.scicoop.secretariat.evaluation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.scicoop.secretariat.platform.rules.EmailAddress;
import org.scicoop.secretariat.platform.rules.PlainText;
import org.scicoop.secretariat.reference.entity.Country;
import org.scicoop.secretariat.reference.entity.Organisation;
import org.scicoop.secretariat.reference.entity.OrganisationReferencing;
import org.scicoop.secretariat.reference.entity.ThematicArea;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import static org.scicoop.secretariat.platform.rules.RuleViolation.require;

/**
 * An expert of the reviewer pool: the account (Keycloak's {@code reviewer} role) as the application knows it, where
 * the expert works and which thematic areas they review. The organisation and country decide conflicts the board
 * avoids by itself (a partner's organisation) and flags (the coordinator's country).
 */
@Entity
@Audited
@Table(name = "expert")
@NamedQuery(name = Expert.BY_USERNAME, query = "select e from Expert e where e.username = :username")
public class Expert implements OrganisationReferencing {

    public static final String BY_USERNAME = "Expert.byUsername";
    public static final int MAX_THEMES = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    @Column(name = "display_name")
    private String displayName;

    private String email;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Organisation organisation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "country_code")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Country country;

    @ManyToMany
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @JoinTable(name = "expert_theme", joinColumns = @JoinColumn(name = "expert_id"),
            inverseJoinColumns = @JoinColumn(name = "theme_id"))
    private Set<ThematicArea> expertise = new LinkedHashSet<>();

    @Column(name = "added_by")
    private String addedBy;

    @Column(name = "added_at")
    private Instant addedAt;

    @Version
    private long version;

    protected Expert() {
    }

    /** A new expert of the pool, for the account {@code username}. */
    public static Expert of(String username, String displayName, String email, Organisation organisation,
                            Country country, Collection<ThematicArea> expertise, String addedBy, Instant now) {
        Expert expert = new Expert();
        expert.username = Objects.requireNonNull(username);
        expert.addedBy = addedBy;
        expert.addedAt = now;
        expert.describe(displayName, email, organisation, country, expertise);
        return expert;
    }

    /** Who the expert is and what they review, as an officer corrects it. */
    public void describe(String newName, String newEmail, Organisation newOrganisation, Country newCountry,
                         Collection<ThematicArea> newExpertise) {
        displayName = PlainText.requiredLine(newName, "expert.field.name");
        email = EmailAddress.normalise(newEmail);
        require(email != null, "rule.expert.emailNeeded");
        country = Objects.requireNonNull(newCountry);
        organisation = newOrganisation;
        require(newExpertise.size() <= MAX_THEMES, "rule.expert.tooManyThemes", MAX_THEMES);
        expertise.clear();
        expertise.addAll(newExpertise);
    }

    @Override
    public void replaceOrganisation(Organisation duplicate, Organisation kept) {
        if (organisation != null && Objects.equals(organisation.getId(), duplicate.getId())) {
            organisation = kept;
        }
    }

    /** The expert as "suggest" sees them: expertise by theme code, organisation, country, load and conflicts. */
    public AssignmentPlanner.Reviewer planned(int load, Set<Long> conflicts) {
        return new AssignmentPlanner.Reviewer(username, expertise.stream().map(ThematicArea::getCode)
                .collect(java.util.stream.Collectors.toSet()), organisation == null ? null : organisation.getId(),
                country.getCode(), load, conflicts);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Country getCountry() {
        return country;
    }

    public Set<ThematicArea> getExpertise() {
        return Collections.unmodifiableSet(expertise);
    }

    public String getAddedBy() {
        return addedBy;
    }

    public Instant getAddedAt() {
        return addedAt;
    }

    public long getVersion() {
        return version;
    }
}

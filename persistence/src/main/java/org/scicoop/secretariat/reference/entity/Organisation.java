package org.scicoop.secretariat.reference.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.scicoop.secretariat.platform.rules.PlainText;
import org.scicoop.secretariat.platform.rules.RuleViolation;

import java.util.Objects;

/** A legal entity in one country that researchers work for; optionally identified by its ROR id. */
@Entity
@Audited
public class Organisation {

    private static final String NAME = "organisations.name";

    /** A ROR id is 0, six base-32 characters and a two-digit checksum, e.g. {@code 03cve4549}. */
    public static final String ROR_PATTERN = "0[a-hj-km-np-tv-z0-9]{6}[0-9]{2}";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = 300)
    private String name;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "country_code")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Country country;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "org_type")
    private OrganisationType type;

    @Size(max = 120)
    private String city;

    @Pattern(regexp = ROR_PATTERN)
    @Column(name = "ror_id", length = 9)
    private String rorId;

    @Version
    private long version;

    protected Organisation() {
    }

    public Organisation(String name, Country country, OrganisationType type) {
        this.name = PlainText.requiredLine(Objects.requireNonNull(name), NAME);
        this.country = Objects.requireNonNull(country);
        this.type = Objects.requireNonNull(type);
    }

    /**
     * Sets what an administrator entered: name, country, type, city and ROR id (an id or its
     * https://ror.org/ URL; blank for none). An invalid ROR id is refused with the reason.
     */
    public void describe(String newName, Country newCountry, OrganisationType newType, String newCity,
                         String rorIdOrUrl) {
        String cleanName = PlainText.line(newName, NAME);
        RuleViolation.require(cleanName != null, "rule.organisation.nameRequired");
        this.rorId = RorId.normalise(rorIdOrUrl);
        this.name = cleanName;
        this.country = Objects.requireNonNull(newCountry);
        this.type = Objects.requireNonNull(newType);
        this.city = PlainText.line(newCity, "organisations.city");
    }

    public String getRorUrl() {
        return rorId == null ? null : "https://ror.org/" + rorId;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Country getCountry() {
        return country;
    }

    public OrganisationType getType() {
        return type;
    }

    public String getCity() {
        return city;
    }

    public String getRorId() {
        return rorId;
    }

    public long getVersion() {
        return version;
    }
}

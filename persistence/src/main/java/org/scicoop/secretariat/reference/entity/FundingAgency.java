package org.scicoop.secretariat.reference.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.scicoop.secretariat.platform.rules.PlainText;
import org.scicoop.secretariat.platform.rules.RuleViolation;

import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/** A partner country's national funding agency; it commits budgets to calls in its own currency. */
@Entity
@Audited
@Table(name = "funding_agency")
public class FundingAgency {

    private static final String NAME = "agencies.name";
    private static final String ACRONYM = "agency.acronym";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = 30)
    private String acronym;

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "country_code")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Country country;

    @NotNull
    @Column(length = 3)
    private Currency currency;

    @Size(max = 300)
    private String website;

    @Embedded
    private NationalRules nationalRules = new NationalRules();

    @Version
    private long version;

    protected FundingAgency() {
    }

    public FundingAgency(String acronym, String name, Country country, Currency currency) {
        this.acronym = PlainText.requiredLine(Objects.requireNonNull(acronym), ACRONYM);
        this.name = PlainText.requiredLine(Objects.requireNonNull(name), NAME);
        this.country = Objects.requireNonNull(country);
        this.currency = Objects.requireNonNull(currency);
    }

    /** The ISO 4217 currency of {@code code} (any case); refused when there is no such currency. */
    public static Currency currency(String code) {
        RuleViolation.require(code != null && !code.isBlank(), "rule.agency.currencyRequired");
        try {
            return Currency.getInstance(code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new RuleViolation("rule.agency.unknownCurrency", code.trim());
        }
    }

    /**
     * Changes what an administrator may change. The currency is fixed once the agency has committed
     * budgets to calls: commitments are amounts in the agency's currency, and changing it would
     * silently change what they mean.
     */
    public void revise(String newAcronym, String newName, Country newCountry, Currency newCurrency,
                       String newWebsite, boolean hasCommitments) {
        RuleViolation.require(newCurrency.equals(currency) || !hasCommitments, "rule.agency.currencyCommitted",
                acronym, currency.getCurrencyCode());
        this.acronym = PlainText.requiredLine(Objects.requireNonNull(newAcronym), ACRONYM);
        this.name = PlainText.requiredLine(Objects.requireNonNull(newName), NAME);
        this.country = Objects.requireNonNull(newCountry);
        this.currency = newCurrency;
        setWebsite(newWebsite);
    }

    /** The agency's web site: an http(s) address, or none. */
    public void setWebsite(String newWebsite) {
        String site = newWebsite == null || newWebsite.isBlank() ? null : newWebsite.trim();
        RuleViolation.require(site == null || site.matches("(?i)https?://[^\\s/$.?#][^\\s]*"), "rule.agency.website",
                site);
        this.website = site;
    }

    public Long getId() {
        return id;
    }

    public String getAcronym() {
        return acronym;
    }

    public String getName() {
        return name;
    }

    public Country getCountry() {
        return country;
    }

    public Currency getCurrency() {
        return currency;
    }

    public String getWebsite() {
        return website;
    }

    /** The agency's own eligibility rules (an embeddable Hibernate may leave null when it has no column set). */
    public NationalRules getNationalRules() {
        if (nationalRules == null) {
            nationalRules = new NationalRules();
        }
        return nationalRules;
    }

    public long getVersion() {
        return version;
    }
}

package org.scicoop.secretariat.reference.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hibernate.envers.Audited;
import org.scicoop.secretariat.platform.rules.RuleViolation;

import java.util.Locale;
import java.util.Objects;

/** A country by its ISO 3166-1 alpha-2 code, with its World Bank income group. */
@Entity
@Cacheable
@Audited
public class Country {

    @Id
    @Column(length = 2)
    @Pattern(regexp = "[A-Z]{2}")
    private String code;

    @NotNull
    @Size(max = 100)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "income_group")
    private IncomeGroup incomeGroup;

    @Column(name = "income_year")
    private Integer incomeYear;

    @Version
    private long version;

    protected Country() {
    }

    public Country(String code, String name, IncomeGroup incomeGroup, Integer incomeYear) {
        this.code = Objects.requireNonNull(code).toUpperCase(Locale.ROOT);
        this.name = Objects.requireNonNull(name);
        this.incomeGroup = Objects.requireNonNull(incomeGroup);
        this.incomeYear = incomeYear;
    }

    /** Low and lower-middle income countries are developing countries for the programme's rules. */
    public boolean isDeveloping() {
        return incomeGroup.isDeveloping();
    }

    /**
     * The country's name in the reader's language, from the JDK's CLDR data; the stored English name
     * when the JDK does not know the code.
     */
    public String displayName(Locale locale) {
        return displayName(code, name, locale);
    }

    public static String displayName(String code, String fallback, Locale locale) {
        String localised = new Locale("", code).getDisplayCountry(locale);
        return localised.isBlank() || localised.equals(code) ? fallback : localised;
    }

    /** The World Bank published its first income classification for the fiscal year 1987/88. */
    public static final int FIRST_CLASSIFICATION_YEAR = 1987;

    public void reclassify(IncomeGroup newGroup, Integer classificationYear) {
        this.incomeGroup = Objects.requireNonNull(newGroup);
        this.incomeYear = classificationYear;
    }

    /**
     * Records a new World Bank classification, as administrators do each July. The year is required
     * for a classified country and must be a World Bank year: from 1987 to next year (the
     * classification for a fiscal year is published the year before).
     */
    public void reclassify(IncomeGroup newGroup, Integer classificationYear, int currentYear) {
        RuleViolation.require(newGroup != null, "rule.country.incomeGroupRequired");
        RuleViolation.require(classificationYear != null || newGroup == IncomeGroup.UNCLASSIFIED,
                "rule.country.yearRequired");
        RuleViolation.require(classificationYear == null || (classificationYear >= FIRST_CLASSIFICATION_YEAR
                        && classificationYear <= currentYear + 1),
                "rule.country.yearRange", FIRST_CLASSIFICATION_YEAR, currentYear + 1);
        reclassify(newGroup, classificationYear);
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public IncomeGroup getIncomeGroup() {
        return incomeGroup;
    }

    public Integer getIncomeYear() {
        return incomeYear;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Country other && code.equals(other.getCode()); // getter: other may be a lazy proxy
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}

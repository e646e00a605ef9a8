package org.scicoop.secretariat.call.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.util.Objects;

/**
 * A call's eligibility rules, with the programme's defaults: at least 3 partners from at least 2
 * countries, a partner from a developing country, the coordinator's country funding the call, and a
 * maximum duration. The maximum request per partner is set per agency, on its commitment.
 */
@Embeddable
public class EligibilityRules {

    public static final int DEFAULT_MIN_PARTNERS = 3;
    public static final int DEFAULT_MIN_COUNTRIES = 2;
    public static final int DEFAULT_MAX_DURATION_MONTHS = 36;

    @Min(2)
    @Max(50)
    @Column(name = "min_partners")
    private int minPartners;

    @Min(1)
    @Max(50)
    @Column(name = "min_countries")
    private int minCountries;

    @Column(name = "developing_partner_required")
    private boolean developingPartnerRequired;

    @Column(name = "coordinator_country_funds")
    private boolean coordinatorCountryFunds;

    @Min(1)
    @Max(120)
    @Column(name = "max_duration_months")
    private int maxDurationMonths;

    protected EligibilityRules() {
    }

    public EligibilityRules(int minPartners, int minCountries, boolean developingPartnerRequired,
                            boolean coordinatorCountryFunds, int maxDurationMonths) {
        this.minPartners = minPartners;
        this.minCountries = minCountries;
        this.developingPartnerRequired = developingPartnerRequired;
        this.coordinatorCountryFunds = coordinatorCountryFunds;
        this.maxDurationMonths = maxDurationMonths;
    }

    public static EligibilityRules defaults() {
        return new EligibilityRules(DEFAULT_MIN_PARTNERS, DEFAULT_MIN_COUNTRIES, true, true,
                DEFAULT_MAX_DURATION_MONTHS);
    }

    /** More countries than partners cannot be met: such rules are refused. */
    public boolean isSatisfiable() {
        return minCountries <= minPartners;
    }

    public int getMinPartners() {
        return minPartners;
    }

    public int getMinCountries() {
        return minCountries;
    }

    public boolean isDevelopingPartnerRequired() {
        return developingPartnerRequired;
    }

    public boolean isCoordinatorCountryFunds() {
        return coordinatorCountryFunds;
    }

    public int getMaxDurationMonths() {
        return maxDurationMonths;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EligibilityRules r && minPartners == r.minPartners && minCountries == r.minCountries
                && developingPartnerRequired == r.developingPartnerRequired
                && coordinatorCountryFunds == r.coordinatorCountryFunds && maxDurationMonths == r.maxDurationMonths;
    }

    @Override
    public int hashCode() {
        return Objects.hash(minPartners, minCountries, developingPartnerRequired, coordinatorCountryFunds,
                maxDurationMonths);
    }
}

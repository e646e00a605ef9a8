package org.scicoop.secretariat.reference.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import org.scicoop.secretariat.platform.rules.PlainText;
import org.scicoop.secretariat.platform.rules.RuleViolation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A funding agency's national eligibility rules, kept as data by administrators or the agency's country's national
 * contacts (PRODUCT.md, "Evaluation"): which organisation types it funds (none listed: every type), the most it
 * grants one partner and the longest project it funds (none: no limit of its own beyond the call's), and yes/no
 * declarations each partner it funds must make ("The principal investigator is employed beyond the project's end").
 * The proposal editor checks them with the call's rules ({@code NationalEligibility}).
 */
@Embeddable
public class NationalRules {

    public static final int MAX_DECLARATIONS = 10;
    public static final int MAX_DECLARATION_LENGTH = 500;
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999");

    @ElementCollection
    @CollectionTable(name = "agency_eligible_type", joinColumns = @JoinColumn(name = "agency_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "org_type")
    private Set<OrganisationType> eligibleTypes = new LinkedHashSet<>();

    @Column(name = "national_max_request", precision = 19, scale = 2)
    private BigDecimal maxRequest;

    @Column(name = "national_max_duration")
    private Integer maxDurationMonths;

    @ElementCollection
    @CollectionTable(name = "agency_declaration", joinColumns = @JoinColumn(name = "agency_id"))
    @OrderColumn(name = "ordinal")
    @Column(name = "declaration")
    private List<String> declarations = new ArrayList<>();

    /** The rules as given: types (empty: all), limits (null: none), declarations in their order. */
    public void set(Collection<OrganisationType> types, BigDecimal newMaxRequest, Integer newMaxDuration,
                    List<String> newDeclarations) {
        RuleViolation.require(newMaxRequest == null || (newMaxRequest.signum() > 0
                && newMaxRequest.compareTo(MAX_AMOUNT) <= 0 && newMaxRequest.scale() <= 2), "rule.national.maxRequest");
        RuleViolation.require(newMaxDuration == null || (newMaxDuration >= 1 && newMaxDuration <= 120),
                "rule.national.maxDuration");
        RuleViolation.require(newDeclarations.size() <= MAX_DECLARATIONS, "rule.national.tooManyDeclarations",
                MAX_DECLARATIONS);
        List<String> texts = new ArrayList<>();
        for (String declaration : newDeclarations) {
            String text = PlainText.requiredLine(declaration, "national.field.declaration");
            RuleViolation.require(text.length() <= MAX_DECLARATION_LENGTH, "rule.national.declarationTooLong",
                    MAX_DECLARATION_LENGTH);
            RuleViolation.require(!texts.contains(text), "rule.national.declarationTwice");
            texts.add(text);
        }
        eligibleTypes.clear();
        eligibleTypes.addAll(types.isEmpty() ? Set.of() : EnumSet.copyOf(types));
        maxRequest = newMaxRequest;
        maxDurationMonths = newMaxDuration;
        declarations.clear();
        declarations.addAll(texts);
    }

    /** Whether the agency funds organisations of {@code type}. */
    public boolean funds(OrganisationType type) {
        return eligibleTypes.isEmpty() || eligibleTypes.contains(type);
    }

    public Set<OrganisationType> getEligibleTypes() {
        return Collections.unmodifiableSet(eligibleTypes);
    }

    public BigDecimal getMaxRequest() {
        return maxRequest;
    }

    public Integer getMaxDurationMonths() {
        return maxDurationMonths;
    }

    /** A copy, not a view of Hibernate's collection (which carries its owner into any view made from it). */
    public List<String> getDeclarations() {
        return List.copyOf(declarations);
    }
}

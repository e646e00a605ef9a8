package org.scicoop.secretariat.project.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.scicoop.secretariat.evaluation.entity.Award;
import org.scicoop.secretariat.proposal.entity.Partner;
import org.scicoop.secretariat.reference.entity.FundingAgency;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * What a partner of the project is granted, copied from the decision's {@link Award}: the amount in its currency and
 * who pays it (an agency, or the common fund when {@link #getAgency()} is null). The partner's organisation name and
 * country are kept as they were at the decision, so the grant reads the same after a merge of organisations.
 */
@Entity
@Audited
@Table(name = "project_grant")
public class Grant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    private Project project;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Partner partner;

    @Column(name = "organisation_name")
    private String organisationName;

    @Column(name = "country_code")
    private String countryCode;

    @Column(precision = 19, scale = 2)
    private BigDecimal amount;

    private Currency currency;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private FundingAgency agency;

    protected Grant() {
    }

    Grant(Project project, Award award) {
        this.project = project;
        this.partner = award.getPartner();
        this.organisationName = partner.getOrganisation().getName();
        this.countryCode = partner.getCountry().getCode();
        this.amount = award.getAmount();
        this.currency = award.getPaidBy().getCurrency();
        this.agency = award.getPaidBy().getAgency();
    }

    public Long getId() {
        return id;
    }

    public Project getProject() {
        return project;
    }

    public Partner getPartner() {
        return partner;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public Currency getCurrency() {
        return currency;
    }

    public FundingAgency getAgency() {
        return agency;
    }

    public boolean isCommonFund() {
        return agency == null;
    }
}

package org.scicoop.secretariat.proposal.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.scicoop.secretariat.platform.rules.EmailAddress;
import org.scicoop.secretariat.platform.rules.PlainText;
import org.scicoop.secretariat.reference.entity.Country;
import org.scicoop.secretariat.reference.entity.FundingAgency;
import org.scicoop.secretariat.reference.entity.NationalRules;
import org.scicoop.secretariat.reference.entity.Organisation;
import org.scicoop.secretariat.reference.entity.OrganisationReferencing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import static org.scicoop.secretariat.platform.rules.RuleViolation.require;

/**
 * A member of a consortium: an organisation (and so a country), its principal investigator, and how
 * it is funded. The coordinating partner is the coordinator's own organisation. Funding follows the
 * programme's rules ({@link Funding}); the proposal checks them ({@link Eligibility}).
 */
@Entity
@Audited
@Table(name = "proposal_partner")
public class Partner implements OrganisationReferencing {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "proposal_id")
    private Proposal proposal;

    private int ordinal;

    private boolean coordinating;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Organisation organisation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "country_code")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Country country;

    @Column(name = "pi_name")
    private String piName;

    @Column(name = "pi_email")
    private String piEmail;

    /** The account (username) of the principal investigator, once invited or for the coordinator. */
    @Column(name = "member_username")
    private String member;

    @Enumerated(EnumType.STRING)
    @Column(name = "funding_source")
    private FundingSource source = FundingSource.SELF_FUNDED;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private FundingAgency agency;

    @Column(length = 3)
    private Currency currency;

    @Column(precision = 19, scale = 2)
    private BigDecimal requested = BigDecimal.ZERO.setScale(2);

    @Column(name = "person_months", precision = 6, scale = 1)
    private BigDecimal personMonths;

    @Column(name = "invited_at")
    private Instant invitedAt;

    /** The national declarations of its agency the partner made (their texts, as the agency words them). */
    @ElementCollection
    @CollectionTable(name = "partner_declaration", joinColumns = @JoinColumn(name = "partner_id"))
    @Column(name = "declaration")
    private Set<String> declarations = new LinkedHashSet<>();

    @Version
    private long version;

    protected Partner() {
    }

    Partner(Proposal proposal, int ordinal, boolean coordinating, Organisation organisation) {
        this.proposal = Objects.requireNonNull(proposal);
        this.ordinal = ordinal;
        this.coordinating = coordinating;
        placeAt(organisation);
    }

    private void placeAt(Organisation newOrganisation) {
        this.organisation = Objects.requireNonNull(newOrganisation);
        this.country = newOrganisation.getCountry();
    }

    /** Moves the partner to another organisation; its funding is chosen again for the new country. */
    public void changeOrganisation(Organisation newOrganisation, Instant now) {
        proposal.requireEditable(now);
        boolean sameCountry = newOrganisation.getCountry().equals(country);
        placeAt(newOrganisation);
        if (!sameCountry) {
            fundedBy(Funding.Option.selfFunded(), BigDecimal.ZERO, now);
        }
    }

    public void describeInvestigator(String name, String email, Instant now) {
        proposal.requireEditable(now);
        this.piName = PlainText.line(name, "proposal.partner.piName");
        String newEmail = EmailAddress.normalise(email);
        if (!Objects.equals(newEmail, piEmail) && !coordinating) {
            // Another person: the account linked to the old address no longer belongs here.
            this.member = null;
            this.invitedAt = null;
        }
        this.piEmail = newEmail;
    }

    /**
     * The partner's funding: one of the options {@link Funding#options} gives for its country and the
     * call. Whether the choice and amount are allowed is for {@link Eligibility} to say, so that a
     * draft can hold anything the applicant typed.
     */
    public void fundedBy(Funding.Option option, BigDecimal amount, Instant now) {
        proposal.requireEditable(now);
        this.source = option.source();
        this.agency = option.agency();
        this.currency = option.currency();
        this.requested = (amount == null ? BigDecimal.ZERO : amount).setScale(2, RoundingMode.HALF_EVEN);
    }

    /**
     * The national declarations the partner makes (texts of its agency's {@code NationalRules}); a declaration the
     * agency later rewords is no longer made, and the editor asks again.
     */
    public void declare(Collection<String> made, Instant now) {
        proposal.requireEditable(now);
        declarations.clear();
        for (String text : made) {
            String declared = PlainText.requiredLine(text, "national.field.declaration");
            require(declared.length() <= NationalRules.MAX_DECLARATION_LENGTH, "rule.national.declarationTooLong",
                    NationalRules.MAX_DECLARATION_LENGTH);
            declarations.add(declared);
        }
    }

    public Set<String> getDeclarations() {
        return Collections.unmodifiableSet(declarations);
    }

    public void plan(BigDecimal newPersonMonths, Instant now) {
        proposal.requireEditable(now);
        this.personMonths = newPersonMonths == null ? null : newPersonMonths.setScale(1, RoundingMode.HALF_EVEN);
    }

    /** The account of the principal investigator, linked when they are invited (or as the coordinator). */
    public void linkMember(String username, Instant at) {
        this.member = Objects.requireNonNull(username);
        this.invitedAt = at;
    }

    /**
     * The investigator was invited, but no account could be linked (an account holds the address without
     * having proved it, or without the consortium-member role): any account linked before is let go, so that
     * only an account the invitation may trust is ever a member through this partner.
     */
    public void invitedWithoutAccount(Instant at) {
        this.member = null;
        this.invitedAt = Objects.requireNonNull(at);
    }

    /** Invited, but waiting for an account the secretariat has to sort out. */
    public boolean isAwaitingAccount() {
        return invitedAt != null && member == null;
    }

    void renumber(int newOrdinal) {
        this.ordinal = newOrdinal;
    }

    @Override
    public void replaceOrganisation(Organisation duplicate, Organisation kept) {
        if (Objects.equals(organisation.getId(), duplicate.getId())) {
            placeAt(kept);
        }
    }

    public Funding.Option fundingOption() {
        return new Funding.Option(source, agency, currency);
    }

    public Long getId() {
        return id;
    }

    public Proposal getProposal() {
        return proposal;
    }

    public int getOrdinal() {
        return ordinal;
    }

    public boolean isCoordinating() {
        return coordinating;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Country getCountry() {
        return country;
    }

    public String getPiName() {
        return piName;
    }

    public String getPiEmail() {
        return piEmail;
    }

    public String getMember() {
        return member;
    }

    public FundingSource getSource() {
        return source;
    }

    public FundingAgency getAgency() {
        return agency;
    }

    public Currency getCurrency() {
        return currency;
    }

    public BigDecimal getRequested() {
        return requested;
    }

    public BigDecimal getPersonMonths() {
        return personMonths;
    }

    public Instant getInvitedAt() {
        return invitedAt;
    }

    public long getVersion() {
        return version;
    }
}

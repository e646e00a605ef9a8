package org.scicoop.secretariat.proposal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * One link of an account to a partner, a refusal to link one, or an unlink: who did it, which address, which
 * account, what came of it and when. Never changed once written; the proposal's history shows them, and the
 * per-coordinator invitation limit counts them.
 */
@Entity
@Table(name = "partner_account_link")
@NamedQuery(name = AccountLink.INVITATIONS_SINCE, query = "select count(l) from AccountLink l"
        + " where l.actor = :coordinator and l.happenedAt > :since and l.outcome <> :unlinked")
@NamedQuery(name = AccountLink.OF_PROPOSAL,
        query = "select l from AccountLink l where l.proposalId = :proposal order by l.happenedAt, l.id")
public class AccountLink {

    public static final String INVITATIONS_SINCE = "AccountLink.invitationsSince";
    public static final String OF_PROPOSAL = "AccountLink.ofProposal";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "proposal_id")
    private Long proposalId;

    @Column(name = "partner_id")
    private Long partnerId;

    @Column(name = "organisation_name")
    private String organisationName;

    private String email;

    /** The account linked or unlinked; null when nothing was linked. */
    private String account;

    /** An account that holds the address but was refused; for the secretariat's eyes only. */
    private String holder;

    @Enumerated(EnumType.STRING)
    private AccountLinkOutcome outcome;

    private String actor;

    @Column(name = "happened_at")
    private Instant happenedAt;

    protected AccountLink() {
    }

    private AccountLink(Partner partner, String email, AccountLinkOutcome outcome, String account, String holder,
                        String actor, Instant at) {
        this.proposalId = partner.getProposal().getId();
        this.partnerId = partner.getId();
        this.organisationName = partner.getOrganisation().getName();
        this.email = Objects.requireNonNull(email);
        this.outcome = Objects.requireNonNull(outcome);
        this.account = account;
        this.holder = holder;
        this.actor = Objects.requireNonNull(actor);
        this.happenedAt = Objects.requireNonNull(at);
    }

    /** The outcome of an invitation of the partner's investigator. */
    public static AccountLink invitation(Partner partner, AccountLinkOutcome outcome, String account, String holder,
                                         String actor, Instant at) {
        if (outcome == AccountLinkOutcome.UNLINKED || outcome.links() != (account != null)) {
            throw new IllegalArgumentException(outcome + " with account " + account);
        }
        return new AccountLink(partner, partner.getPiEmail(), outcome, account, holder, actor, at);
    }

    /** The partner's account was unlinked: its address changed (the old one is recorded) or it was removed. */
    public static AccountLink unlinked(Partner partner, String formerEmail, String account, String actor, Instant at) {
        return new AccountLink(partner, formerEmail, AccountLinkOutcome.UNLINKED, Objects.requireNonNull(account), null,
                actor, at);
    }

    public Long getId() {
        return id;
    }

    public Long getProposalId() {
        return proposalId;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public String getEmail() {
        return email;
    }

    public String getAccount() {
        return account;
    }

    public String getHolder() {
        return holder;
    }

    public AccountLinkOutcome getOutcome() {
        return outcome;
    }

    public String getActor() {
        return actor;
    }

    public Instant getHappenedAt() {
        return happenedAt;
    }
}

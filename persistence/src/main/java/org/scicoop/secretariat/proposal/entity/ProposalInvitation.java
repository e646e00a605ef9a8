package org.scicoop.secretariat.proposal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/** An invitation sent by a coordinator to a partner's investigator: the record the rate limit counts. */
@Entity
@Table(name = "proposal_invitation")
@NamedQuery(name = ProposalInvitation.COUNT_SINCE,
        query = "select count(i) from ProposalInvitation i where i.invitedBy = :coordinator and i.invitedAt > :since")
public class ProposalInvitation {

    public static final String COUNT_SINCE = "ProposalInvitation.countSince";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "proposal_id")
    private long proposalId;

    @Column(name = "partner_id")
    private long partnerId;

    private String email;

    @Column(name = "invited_by")
    private String invitedBy;

    @Column(name = "invited_at")
    private Instant invitedAt;

    protected ProposalInvitation() {
    }

    public ProposalInvitation(long proposalId, long partnerId, String email, String invitedBy, Instant invitedAt) {
        this.proposalId = proposalId;
        this.partnerId = partnerId;
        this.email = email;
        this.invitedBy = invitedBy;
        this.invitedAt = invitedAt;
    }

    public Long getId() {
        return id;
    }
}

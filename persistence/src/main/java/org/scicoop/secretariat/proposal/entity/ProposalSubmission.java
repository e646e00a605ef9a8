package org.scicoop.secretariat.proposal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/**
 * One submitted version of a proposal, as it was when submitted (the content as JSON, the files by
 * checksum), with its receipt number. Never changed; the last one before the deadline counts.
 */
@Entity
@Immutable
@Table(name = "proposal_submission")
@NamedQuery(name = ProposalSubmission.OF_PROPOSAL,
        query = "select s from ProposalSubmission s where s.proposal = :proposal order by s.number desc")
public class ProposalSubmission {

    public static final String OF_PROPOSAL = "ProposalSubmission.ofProposal";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "proposal_id")
    private Proposal proposal;

    @Column(name = "version_number")
    private int number;

    private String receipt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_by")
    private String submittedBy;

    private String content;

    protected ProposalSubmission() {
    }

    public ProposalSubmission(Proposal proposal, int number, String receipt, Instant submittedAt, String submittedBy,
                              String content) {
        this.proposal = proposal;
        this.number = number;
        this.receipt = receipt;
        this.submittedAt = submittedAt;
        this.submittedBy = submittedBy;
        this.content = content;
    }

    public Long getId() {
        return id;
    }

    public Proposal getProposal() {
        return proposal;
    }

    public int getNumber() {
        return number;
    }

    public String getReceipt() {
        return receipt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public String getContent() {
        return content;
    }
}

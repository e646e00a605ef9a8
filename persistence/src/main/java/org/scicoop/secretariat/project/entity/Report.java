package org.scicoop.secretariat.project.entity;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.scicoop.secretariat.platform.rules.RuleViolation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * One version of the consortium's report on a milestone: a narrative (rich text, sanitised: {@link Narrative}),
 * outputs as links ({@link ReportOutput}) and PDF attachments (by checksum in the file store). A draft changes until
 * it is submitted; a submitted version is never changed again — the officer's review (accepted, or returned with
 * comments) is written beside it, and a revision is the next version.
 */
@Entity
@Audited
@Table(name = "milestone_report")
public class Report {

    public static final int MAX_OUTPUTS = 50;
    public static final int MAX_ATTACHMENTS = 10;
    public static final int MAX_COMMENTS = 8000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "milestone_id")
    private Milestone milestone;

    @Column(name = "version_number")
    private int number;

    @Enumerated(EnumType.STRING)
    private ReportStatus status;

    private String narrative;

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("ordinal")
    private List<ReportOutput> outputs = new ArrayList<>();

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ReportAttachment> attachments = new ArrayList<>();

    @Column(name = "saved_at")
    private Instant savedAt;

    @Column(name = "saved_by")
    private String savedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    private String comments;

    @Version
    private long version;

    protected Report() {
    }

    /** Version {@code number}; a revision starts as a copy of {@code previous}. */
    Report(Milestone milestone, int number, Report previous) {
        this.milestone = milestone;
        this.number = number;
        this.status = ReportStatus.DRAFT;
        if (previous != null) {
            this.narrative = previous.narrative;
            previous.outputs.forEach(o -> outputs.add(new ReportOutput(this, outputs.size(), o.getKind(),
                    o.getLink(), o.getTitle())));
            previous.attachments.forEach(a -> attachments.add(new ReportAttachment(this, a.getFileName(),
                    a.getSha256(), a.getSize(), a.getUploadedBy(), a.getUploadedAt())));
        }
    }

    /** An output as the consortium gives it: a DOI, a data set's link or any web link, with an optional title. */
    public record Output(OutputKind kind, String link, String title) {
    }

    private void requireDraft() {
        milestone.getProject().requireActive();
        RuleViolation.require(status == ReportStatus.DRAFT, "rule.report.submitted", number);
    }

    /** Replaces the draft's narrative (sanitised) and outputs (DOIs normalised, links checked). */
    public void write(String html, List<Output> newOutputs, String by, Instant now) {
        requireDraft();
        String clean = Narrative.sanitise(html);
        RuleViolation.requireAt(clean == null || clean.length() <= Narrative.MAX_LENGTH, "/narrative",
                "rule.report.narrativeTooLong",
                Narrative.MAX_LENGTH);
        RuleViolation.require(newOutputs.size() <= MAX_OUTPUTS, "rule.report.tooManyOutputs", MAX_OUTPUTS);
        this.narrative = clean;
        outputs.clear();
        for (Output output : newOutputs) {
            // a refused link or title names its row, as the editor and the API's problem place it
            String at = "/outputs/" + outputs.size();
            String link;
            try {
                link = ReportOutput.link(output.kind(), output.link());
            } catch (RuleViolation refused) {
                throw refused.field() == null ? refused.at(at + "/link") : refused;
            }
            try {
                outputs.add(new ReportOutput(this, outputs.size(), output.kind(), link, output.title()));
            } catch (RuleViolation refused) {
                throw refused.field() == null ? refused.at(at + "/title") : refused;
            }
        }
        saved(by, now);
    }

    /** Attaches the stored file named by {@code sha256} (its bytes already checked to be a PDF). */
    public ReportAttachment attach(String fileName, String sha256, long size, String by, Instant now) {
        requireDraft();
        RuleViolation.require(attachments.size() < MAX_ATTACHMENTS, "rule.report.tooManyAttachments", MAX_ATTACHMENTS);
        RuleViolation.require(attachments.stream().noneMatch(a -> a.getSha256().equals(sha256)),
                "rule.report.sameFileTwice", fileName);
        ReportAttachment attachment = new ReportAttachment(this, fileName, sha256, size, by, now);
        attachments.add(attachment);
        saved(by, now);
        return attachment;
    }

    public void detach(ReportAttachment attachment, String by, Instant now) {
        requireDraft();
        attachments.remove(attachment);
        saved(by, now);
    }

    public Optional<ReportAttachment> attachment(long attachmentId) {
        return attachments.stream().filter(a -> a.getId() != null && a.getId() == attachmentId).findFirst();
    }

    private void saved(String by, Instant now) {
        this.savedBy = by;
        this.savedAt = now;
    }

    void submit(String by, Instant now) {
        requireDraft();
        RuleViolation.requireAt(narrative != null, "/narrative", "rule.report.narrativeRequired", milestone.getTitle());
        this.status = ReportStatus.SUBMITTED;
        this.submittedBy = by;
        this.submittedAt = now;
    }

    void review(ReportStatus outcome, String text, String by, Instant now) {
        this.status = outcome;
        this.comments = text;
        this.reviewedBy = by;
        this.reviewedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Milestone getMilestone() {
        return milestone;
    }

    public int getNumber() {
        return number;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public String getNarrative() {
        return narrative;
    }

    public List<ReportOutput> getOutputs() {
        return Collections.unmodifiableList(outputs);
    }

    public List<ReportAttachment> getAttachments() {
        return Collections.unmodifiableList(attachments);
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public String getSavedBy() {
        return savedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public String getComments() {
        return comments;
    }
}

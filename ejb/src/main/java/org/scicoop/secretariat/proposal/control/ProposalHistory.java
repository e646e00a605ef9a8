package org.scicoop.secretariat.proposal.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.scicoop.secretariat.person.control.Callers;
import org.scicoop.secretariat.platform.boundary.Change;
import org.scicoop.secretariat.platform.control.AuditTrail;
import org.scicoop.secretariat.platform.control.AuditTrail.Field;
import org.scicoop.secretariat.platform.control.AuditTrail.Track;
import org.scicoop.secretariat.proposal.entity.AttachmentKind;
import org.scicoop.secretariat.proposal.entity.FundingSource;
import org.scicoop.secretariat.proposal.entity.MilestoneKind;
import org.scicoop.secretariat.proposal.entity.Proposal;
import org.scicoop.secretariat.proposal.entity.ProposalStatus;

import java.util.List;

/**
 * A proposal's history (issue 14): its working copy as Envers recorded it — the text, the status and screening, each
 * partner (added, removed, its data), each planned milestone and each attachment — by revision, newest first.
 */
@Dependent
public class ProposalHistory {

    static final List<Track> TRACKS = List.of(
            Track.of(null, "select a.rev, a.revtype, a.id, cast(null as varchar(1)), a.acronym, a.title,"
                            + " a.abstract_text, a.keywords, a.duration_months, a.status, a.screening_reasons"
                            + " from proposal_aud a where a.id = ?1",
                    Field.of("acronym"), Field.of("title"), Field.of("abstract"), Field.of("keywords"),
                    Field.of("durationMonths"), Field.of("status", v -> ProposalStatus.valueOf(v.toString())),
                    Field.of("screeningReasons")),
            Track.of("partner", "select a.rev, a.revtype, a.id, coalesce(o.name, a.pi_name), a.coordinating,"
                            + " a.country_code, a.pi_name, a.pi_email, a.funding_source, f.acronym, a.currency,"
                            + " a.requested, a.person_months from proposal_partner_aud a"
                            + " left join organisation o on o.id = a.organisation_id"
                            + " left join funding_agency f on f.id = a.agency_id where a.proposal_id = ?1",
                    Field.of("coordinating"), Field.of("country"), Field.of("investigator"), Field.of("email"),
                    Field.of("fundingSource", v -> FundingSource.valueOf(v.toString())), Field.of("agency"),
                    Field.of("currency"), Field.of("requested"), Field.of("personMonths")),
            Track.of("milestone", "select a.rev, a.revtype, a.id, a.title, a.title, a.due_month, a.kind,"
                            + " coalesce(o.name, p.pi_name) from proposal_milestone_aud a"
                            + " left join proposal_partner p on p.id = a.responsible_id"
                            + " left join organisation o on o.id = p.organisation_id where a.proposal_id = ?1",
                    Field.of("title"), Field.of("dueMonth"), Field.of("kind", v -> MilestoneKind.valueOf(v.toString())),
                    Field.of("responsible")),
            Track.of("attachment", "select a.rev, a.revtype, a.id, a.file_name, a.kind from proposal_attachment_aud a"
                            + " where a.proposal_id = ?1",
                    Field.of("kind", v -> AttachmentKind.valueOf(v.toString()))));

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    /**
     * The history as its reader may read it: the consortium and the secretariat ({@code drafts}) all of it; national
     * contacts, who never read a draft, from the first submission on.
     */
    public List<Change> of(Proposal proposal, boolean drafts) {
        List<Change> history = AuditTrail.history(em, proposal.getId(), TRACKS, callers::names);
        return drafts ? history : sinceFirstSubmission(history);
    }

    /** The revisions from the one that first submitted the proposal on (none while it was never submitted). */
    static List<Change> sinceFirstSubmission(List<Change> history) {
        long first = history.stream().filter(change -> change.fields().stream().anyMatch(field -> field.subject() == null
                        && "status".equals(field.field()) && field.before() == ProposalStatus.DRAFT
                        && field.after() == ProposalStatus.SUBMITTED))
                .mapToLong(Change::revision).min().orElse(Long.MAX_VALUE);
        return history.stream().filter(change -> change.revision() >= first).toList();
    }
}

package org.scicoop.secretariat.evaluation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.scicoop.secretariat.call.entity.Call;
import org.scicoop.secretariat.evaluation.entity.Assignment;
import org.scicoop.secretariat.evaluation.entity.Criterion;
import org.scicoop.secretariat.evaluation.entity.Declaration;
import org.scicoop.secretariat.evaluation.entity.ReviewScore;
import org.scicoop.secretariat.evaluation.entity.ReviewStatus;
import org.scicoop.secretariat.person.entity.Person;
import org.scicoop.secretariat.person.control.Callers;
import org.scicoop.secretariat.person.entity.Roles;
import org.scicoop.secretariat.platform.boundary.BadInput;
import org.scicoop.secretariat.platform.boundary.NotFound;
import org.scicoop.secretariat.platform.boundary.Page;
import org.scicoop.secretariat.platform.boundary.PageRequest;
import org.scicoop.secretariat.platform.boundary.WorkItem;
import org.scicoop.secretariat.platform.control.Caller;
import org.scicoop.secretariat.platform.control.PagedQuery;
import org.scicoop.secretariat.platform.control.Settings;
import org.scicoop.secretariat.platform.control.Versioned;
import org.scicoop.secretariat.proposal.control.ProposalMail;
import org.scicoop.secretariat.proposal.entity.Proposal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A reviewer's own assignments (PRODUCT.md, "Evaluation"): declare a conflict of interest or none, then score each
 * criterion with a comment, keep drafts, submit, reopen until the officer starts the consensus. A reviewer sees
 * only their own assignments and scores; someone else's assignment does not exist for them (404). The proposal
 * itself is read through {@code ProposalService.get}, which lets a reviewer in only after declaring no conflict.
 */
@Stateless
@RolesAllowed(Roles.REVIEWER)
public class ReviewService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    Event<ProposalMail.ConflictDeclared> conflicts;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    static final PagedQuery<Assignment> ASSIGNMENTS = PagedQuery.of(Assignment.class, "a",
                    "a.proposal.call.deadline desc, a.proposal.acronym, a.id")
            .filterable("call", "a.proposal.call.code = :value", String::trim)
            .filterable("status", "a.status = :value", value -> BadInput.oneOf("status", ReviewStatus.class, value));

    /** The caller's assignments, newest call first, a page at a time; declared conflicts included (handed back). */
    public Page<ReviewView> mine(@NotNull PageRequest request) {
        return ASSIGNMENTS.fetch(em, request, "a.reviewer = :me", Map.of("me", caller.username()), this::view);
    }

    public ReviewView get(long assignmentId) {
        return view(own(assignmentId));
    }

    /**
     * The declaration: no conflict (the proposal opens), or a conflict with its reason (the assignment goes back to
     * the officers, and the officer who assigned it is told by e-mail in {@code language}).
     */
    public ReviewView declare(long assignmentId, long expectedVersion, boolean conflict,
                              @Size(max = Assignment.MAX_REASON) String reason,
                              @NotNull @Pattern(regexp = "[a-zA-Z-]{2,12}") String language) {
        Assignment assignment = own(assignmentId, expectedVersion);
        if (conflict) {
            assignment.declareConflict(reason, clock.instant());
            Proposal proposal = assignment.getProposal();
            String officerEmail = callers.email(assignment.getAssignedBy()).orElse(null);
            conflicts.fire(new ProposalMail.ConflictDeclared(officerEmail, language, displayName(),
                    proposal.getAcronym(), proposal.getCall().getCode(), assignment.getConflictReason(),
                    Settings.appUrl()));
        } else {
            assignment.declareNoConflict(clock.instant());
        }
        return flushed(assignment, expectedVersion);
    }

    /** Keeps the scores and comments as typed (a draft). */
    public ReviewView save(long assignmentId, long expectedVersion, @NotNull @Valid ScoresCommand command) {
        Assignment assignment = own(assignmentId, expectedVersion);
        assignment.save(command.entries().stream().map(e -> new Assignment.Entry(e.score(), e.comment())).toList(),
                clock.instant());
        return flushed(assignment, expectedVersion);
    }

    /** Saves, then submits: every criterion needs its score and comment. */
    public ReviewView submit(long assignmentId, long expectedVersion, @NotNull @Valid ScoresCommand command) {
        Assignment assignment = own(assignmentId, expectedVersion);
        assignment.save(command.entries().stream().map(e -> new Assignment.Entry(e.score(), e.comment())).toList(),
                clock.instant());
        assignment.submit(clock.instant());
        return flushed(assignment, expectedVersion);
    }

    /** Back to a draft, until the consensus starts. */
    public ReviewView reopen(long assignmentId, long expectedVersion) {
        Assignment assignment = own(assignmentId, expectedVersion);
        assignment.reopen();
        return flushed(assignment, expectedVersion);
    }

    /** The reviews waiting for the caller: declarations to make, drafts and unstarted reviews (the home's work). */
    public List<WorkItem> work() {
        return mine(new PageRequest(0, WorkItem.MAX_PER_KIND * 5, null, true, Map.of())).rows().stream()
                .filter(r -> r.rights().mayDeclare() || r.rights().mayEdit())
                .limit(WorkItem.MAX_PER_KIND)
                .map(r -> new WorkItem(r.declaration() == Declaration.PENDING ? "review.declare" : "review.score",
                        String.valueOf(r.assignmentId()), r.acronym(), r.callCode(), null,
                        r.declaration() == Declaration.PENDING ? r.declaration() : r.status(), 1))
                .toList();
    }

    // ---------------------------------------------------------------- internals

    private Assignment own(long assignmentId) {
        Assignment assignment = em.find(Assignment.class, assignmentId);
        if (assignment == null || !assignment.getReviewer().equals(caller.username())) {
            throw new NotFound("assignment " + assignmentId);
        }
        return assignment;
    }

    private Assignment own(long assignmentId, long expectedVersion) {
        Assignment assignment = own(assignmentId);
        Versioned.require("assignment " + assignmentId, expectedVersion, assignment.getVersion());
        return assignment;
    }

    private ReviewView flushed(Assignment assignment, long expectedVersion) {
        Versioned.flushAggregate(em, assignment, "assignment " + assignment.getId(), expectedVersion);
        return view(assignment);
    }

    private ReviewView view(Assignment assignment) {
        Proposal proposal = assignment.getProposal();
        Call call = proposal.getCall();
        boolean consensus = assignment.getEvaluation().isConsensusStarted();
        boolean declared = assignment.getDeclaration() == Declaration.NO_CONFLICT;
        List<ReviewView.Entry> entries = new ArrayList<>();
        if (declared) {
            for (Criterion criterion : assignment.getEvaluation().getCriteria()) {
                Optional<ReviewScore> score = assignment.getScores().stream()
                        .filter(s -> s.getCriterion() == criterion.getOrdinal()).findFirst();
                entries.add(new ReviewView.Entry(criterion.getCode(), criterion.getThreshold(),
                        score.map(ReviewScore::getScore).orElse(null), score.map(ReviewScore::getComment).orElse(null)));
            }
        }
        boolean editable = declared && assignment.getStatus() != ReviewStatus.SUBMITTED && !consensus;
        return new ReviewView(assignment.getId(), proposal.getId(), proposal.getAcronym(), proposal.getTitle(),
                call.getCode(), call.getTitle(),
                proposal.getPartners().stream().map(p -> p.getOrganisation().getName() + " ("
                        + p.getCountry().getCode() + ")").toList(),
                assignment.getDeclaration(), assignment.getConflictReason(), assignment.getStatus(), entries,
                assignment.getSavedAt(), assignment.getSubmittedAt(),
                new ReviewView.Rights(assignment.getDeclaration() == Declaration.PENDING && !consensus, declared,
                        editable, editable, declared && assignment.getStatus() == ReviewStatus.SUBMITTED && !consensus),
                assignment.getVersion());
    }


    private String displayName() {
        return em.createQuery("select p from Person p where p.username = :u", Person.class)
                .setParameter("u", caller.username()).getResultStream().findFirst().map(Person::getDisplayName)
                .orElse(caller.username());
    }
}

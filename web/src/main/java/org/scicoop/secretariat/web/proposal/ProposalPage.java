package org.scicoop.secretariat.web.proposal;

import org.scicoop.secretariat.web.platform.Pages;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.scicoop.secretariat.call.boundary.CallService;
import org.scicoop.secretariat.call.boundary.CallView;
import org.scicoop.secretariat.platform.boundary.ConcurrentChange;
import org.scicoop.secretariat.platform.boundary.NotFound;
import org.scicoop.secretariat.platform.rules.RuleViolation;
import org.scicoop.secretariat.proposal.boundary.ProposalContent;
import org.scicoop.secretariat.proposal.boundary.ProposalService;
import org.scicoop.secretariat.proposal.boundary.ProposalView;
import org.scicoop.secretariat.proposal.entity.Finding;
import org.scicoop.secretariat.proposal.entity.Proposal;
import org.scicoop.secretariat.proposal.entity.ProposalStatus;
import org.scicoop.secretariat.reference.entity.Country;
import org.scicoop.secretariat.web.i18n.LocaleBean;
import org.scicoop.secretariat.web.platform.Messages;
import org.scicoop.secretariat.web.platform.Refusals;
import org.scicoop.secretariat.web.platform.Formats;
import org.scicoop.secretariat.web.platform.Texts;
import org.scicoop.secretariat.web.proposal.ProposalSteps.Step;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The proposal page ({@code ?id=}) for every reader: the coordinator edits it step by step (call,
 * partners, budget, milestones, attachments, review and submit) and sees at each step what the
 * server's rules still find missing; a partner's investigator edits their own partner data; everyone
 * else allowed to see the proposal reads it. A proposal the reader may not see is a 404.
 *
 * <p>This bean loads and saves the proposal, moves between the steps and holds the review step
 * (submit, reopen, withdraw); the other steps hold their fields, rows and actions ({@link ProposalText},
 * {@link ProposalPartners}, {@link ProposalBudget}, {@link ProposalMilestones}, {@link ProposalAttachments}).
 */
@Named
@ViewScoped
public class ProposalPage implements Serializable {


    @Inject
    ProposalService proposals;

    @Inject
    CallService calls;

    @Inject
    LocaleBean locale;

    @Inject
    ProposalPartners partners;

    @Inject
    ProposalMilestones milestones;

    private Long id;
    private ProposalView view;
    private CallView call;
    private Step step = Step.CALL;
    private List<Finding> findings = List.of();
    private boolean conflict;
    private ProposalView.SubmissionView lastSubmission;
    private ProposalText text = new ProposalText();
    private Instant savedAt;
    private transient ProposalPreview preview;

    public void load() throws IOException {
        if (view != null) {
            return;
        }
        try {
            if (id == null) {
                throw new NotFound("proposal");
            }
            show(proposals.get(id));
            call = calls.publishedCall(view.callCode());
            step = view.rights().editable() ? ProposalSteps.firstOpen(findings) : Step.CALL;
        } catch (NotFound unknown) {
            Pages.notFound("proposal");
        }
    }

    /** Shows the proposal as the server has it now: the form is filled from it again. */
    void show(ProposalView current) {
        view = current;
        preview = null;
        conflict = false;
        ProposalView.Content content = current.content();
        text = ProposalText.of(content);
        partners.show(content.partners());
        milestones.show(content.milestones());
        findings = current.findings();
        savedAt = isEditable() || isPartnerEditor() ? proposals.savedAt(id).orElse(null) : null;
    }

    /** Keeps what the reader typed and takes the rest (version, attachments, rights…) from the server. */
    void refresh(ProposalView current) {
        view = current;
        preview = null;
        findings = current.findings();
    }

    // ---------------------------------------------------------------- steps

    public void go(Step target) {
        step = target;
    }

    public Step[] getSteps() {
        return Step.values();
    }

    public List<Finding> findingsOf(Step of) {
        return ProposalSteps.byStep(findings).get(of);
    }

    /** What a step's marker counts: its own findings; for the review, everything still in the way. */
    public int badge(Step of) {
        return of == Step.REVIEW ? findings.size() : findingsOf(of).size();
    }

    public List<Finding> getStepFindings() {
        return findingsOf(step);
    }

    public String text(Finding finding) {
        return Texts.of(locale.getLocale(), finding);
    }

    /** What the rules find at one field ({@code /title}, {@code /partners/2/requested}…), in the reader's words. */
    public List<String> findingsAt(String field) {
        return findings.stream().filter(f -> field.equals(fieldOf(f))).map(this::text).toList();
    }

    /** The client id of the input a link to the finding focuses; null when the page has none. */
    public String focusOf(Finding finding) {
        return ProposalSteps.clientId(fieldOf(finding));
    }

    /** The finding's field as the page's rows number it: the live check leaves out milestones still being typed. */
    private String fieldOf(Finding finding) {
        String field = finding.field();
        if (field == null || !field.startsWith("/milestones/")) {
            return field;
        }
        String[] parts = field.split("/", 4);
        int row = milestones.rowOf(Integer.parseInt(parts[2]));
        return "/milestones/" + row + (parts.length > 3 ? "/" + parts[3] : "");
    }

    /** The live check: what the server's rules find in the form as it is now (nothing is saved). */
    public void check() {
        if (!isEditable()) {
            return;
        }
        refuseImpossibleMonths();
        try {
            findings = proposals.check(id, content());
        } catch (RuleViolation | NotFound | EJBException ignored) {
            // the form holds something the rules cannot judge yet (e.g. a partner without organisation);
            // the findings stay as they were and saving will say what is wrong
        }
    }

    /**
     * A milestone month no project can have (below 1, beyond 120) is said at its field at once, with the project's
     * duration as the limit: the rules judge only complete milestones, so it would otherwise go unmentioned.
     */
    private void refuseImpossibleMonths() {
        List<MilestoneRow> rows = milestones.getRows();
        for (int i = 0; i < rows.size(); i++) {
            Integer month = rows.get(i).getDueMonth();
            if (month != null && (month < 1 || month > 120)) {
                Messages.errorAt(ProposalSteps.clientId(Finding.milestone(i, "dueMonth")), "proposal.milestone.month",
                        monthLimit());
            }
        }
    }

    /** The last month a milestone may have: the project's duration when it has one a project can have. */
    private int monthLimit() {
        Integer duration = text.getDurationMonths();
        return duration == null || duration < 1 || duration > 120 ? 120 : duration;
    }

    // ---------------------------------------------------------------- coordinator's editing

    private ProposalContent content() {
        return new ProposalContent(text.command(), partners.entries(), milestones.commands());
    }

    public void save() {
        if (saved()) {
            Messages.info("proposal.saved", view.content().acronym());
        }
    }

    /** Saves the form (the coordinator's whole content) at the version read; false with a message when refused. */
    boolean saved() {
        if (!isEditable()) {
            return true;
        }
        int incomplete = milestones.firstIncomplete();
        if (incomplete >= 0) {
            Messages.errorAt(ProposalSteps.clientId(Finding.milestone(incomplete, "dueMonth")),
                    "proposal.milestone.incomplete", incomplete + 1, monthLimit());
            return false;
        }
        try {
            show(proposals.replace(id, view.version(), content()));
            return true;
        } catch (ConcurrentChange changed) {
            return conflicted(changed);
        } catch (RuleViolation | NotFound refused) {
            return Messages.refused(refused);
        } catch (EJBException invalid) {
            return Messages.invalid(invalid, "proposal.invalidInput");
        }
    }

    /** After a conflict: the proposal as saved by the other person (what this reader typed is dropped). */
    public void reload() {
        show(proposals.get(id));
        Messages.info("proposal.reloaded");
    }

    // ---------------------------------------------------------------- a partner's own data

    /** Saves the partner rows the reader may edit as a partner's investigator. */
    public void savePartners() {
        for (PartnerRow row : partners.getRows()) {
            if (row.getId() == null || !view.rights().editablePartners().contains(row.getId())) {
                continue;
            }
            try {
                refresh(proposals.updatePartner(id, row.getId(), view.version(), row.command()));
            } catch (ConcurrentChange changed) {
                conflicted(changed);
                return;
            } catch (RuleViolation | NotFound refused) {
                Messages.refused(refused);
                return;
            } catch (EJBException invalid) {
                Messages.invalid(invalid, "proposal.invalidInput");
                return;
            }
        }
        show(view);
        Messages.info("proposal.partner.saved");
    }

    // ---------------------------------------------------------------- review and submit

    public String receiptPath(ProposalView.SubmissionView submission) {
        return "/app/proposals/receipt/" + id + "/" + submission.number() + ".pdf";
    }

    public void submit() {
        if (!saved()) {
            return;
        }
        try {
            lastSubmission = proposals.submit(id, view.version(), locale.getLanguage().getCode());
            show(proposals.get(id));
            Messages.info("proposal.submittedMessage", lastSubmission.receipt(), utc(lastSubmission));
        } catch (Proposal.NotSubmittable refused) {
            findings = refused.findings();
            Messages.refused(refused);
        } catch (ConcurrentChange changed) {
            conflicted(changed);
        } catch (RuleViolation | NotFound refused) {
            Messages.refused(refused);
        }
    }

    public void reopen() {
        act(() -> proposals.reopen(id, view.version()), "proposal.reopened", view.content().acronym());
        show(view);
        lastSubmission = null;
        step = Step.CALL;
    }

    public void withdraw() {
        act(() -> proposals.withdraw(id, view.version()), "proposal.withdrawn", view.content().acronym());
        show(view);
    }

    void act(Supplier<ProposalView> action, String doneKey, Object argument) {
        try {
            refresh(action.get());
            Messages.info(doneKey, argument);
        } catch (ConcurrentChange changed) {
            conflicted(changed);
        } catch (RuleViolation | NotFound refused) {
            Messages.refused(refused);
        }
    }

    /** Someone else saved the proposal meanwhile: say so, keep what was typed, offer to load theirs. */
    private boolean conflicted(ConcurrentChange changed) {
        conflict = true;
        Messages.error("proposal.concurrentChange", changed.currentVersion());
        return false;
    }

    public String utc(ProposalView.SubmissionView submission) {
        return Formats.utc(submission.submittedAt());
    }

    // ---------------------------------------------------------------- what the page asks

    /** The coordinator, while the proposal may change. */
    public boolean isEditable() {
        return view != null && view.rights().editable();
    }

    /** Whether the reader may change this partner's data (the coordinator any, an investigator their own). */
    public boolean editable(PartnerRow row) {
        return isEditable() || row.getId() != null && view.rights().editablePartners().contains(row.getId());
    }

    /** A partner's investigator who is not the coordinator, with a row to edit. */
    public boolean isPartnerEditor() {
        return !isEditable() && view != null && !view.rights().editablePartners().isEmpty();
    }

    /** The coordinator by name (their partner's investigator), by username only where no name was given. */
    public String getCoordinatorName() {
        return getPreview().getCoordinatorName();
    }

    public boolean isScreened() {
        return view != null && (view.status() == ProposalStatus.ELIGIBLE || view.status() == ProposalStatus.INELIGIBLE);
    }

    public String countryName(String code) {
        return Country.displayName(code, code, locale.getLocale());
    }

    public Locale getLocale() {
        return locale.getLocale();
    }

    // ---------------------------------------------------------------- properties

    public String getIdParameter() {
        return id == null ? null : id.toString();
    }

    /** The proposal's id from the address; anything but a number is a proposal that does not exist. */
    public void setIdParameter(String value) {
        this.id = Pages.id(value);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ProposalView getView() {
        return view;
    }

    public CallView getCall() {
        return call;
    }

    public Step getStep() {
        return step;
    }

    public List<Finding> getFindings() {
        return findings;
    }

    public boolean isConflict() {
        return conflict;
    }

    public ProposalView.SubmissionView getLastSubmission() {
        return lastSubmission;
    }

    /** When the proposal was last saved (by anyone), for its save state; null when no save was recorded. */
    public Instant getSavedAt() {
        return savedAt;
    }

    /** The saved proposal's preview: coordinator, totals, countries in the reader's language. */
    public ProposalPreview getPreview() {
        if (preview == null) {
            preview = new ProposalPreview(view, locale.getLocale());
        }
        return preview;
    }

    /** The call step's form. */
    public ProposalText getForm() {
        return text;
    }
}

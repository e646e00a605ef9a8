package org.scicoop.secretariat.web.proposal;

import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;
import org.scicoop.secretariat.call.boundary.CallService;
import org.scicoop.secretariat.call.boundary.CallView;
import org.scicoop.secretariat.platform.boundary.ConcurrentChange;
import org.scicoop.secretariat.platform.boundary.NotFound;
import org.scicoop.secretariat.platform.control.Settings;
import org.scicoop.secretariat.platform.rules.RuleViolation;
import org.scicoop.secretariat.proposal.boundary.MilestoneCommand;
import org.scicoop.secretariat.proposal.boundary.OrganisationDirectory;
import org.scicoop.secretariat.proposal.boundary.OrganisationDirectory.FundingChoice;
import org.scicoop.secretariat.proposal.boundary.OrganisationDirectory.OrganisationChoice;
import org.scicoop.secretariat.proposal.boundary.ProposalCommand;
import org.scicoop.secretariat.proposal.boundary.ProposalContent;
import org.scicoop.secretariat.proposal.boundary.ProposalService;
import org.scicoop.secretariat.proposal.boundary.ProposalView;
import org.scicoop.secretariat.proposal.entity.AttachmentKind;
import org.scicoop.secretariat.proposal.entity.Finding;
import org.scicoop.secretariat.proposal.entity.MilestoneKind;
import org.scicoop.secretariat.proposal.entity.Proposal;
import org.scicoop.secretariat.proposal.entity.ProposalStatus;
import org.scicoop.secretariat.reference.boundary.ReferenceDataService;
import org.scicoop.secretariat.reference.entity.Country;
import org.scicoop.secretariat.web.i18n.LocaleBean;
import org.scicoop.secretariat.web.platform.Messages;
import org.scicoop.secretariat.web.platform.Refusals;
import org.scicoop.secretariat.web.platform.Texts;
import org.scicoop.secretariat.web.proposal.ProposalSteps.Step;

import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The proposal page ({@code ?id=}) for every reader: the coordinator edits it step by step (call,
 * partners, budget, milestones, attachments, review and submit) and sees at each step what the
 * server's rules still find missing; a partner's investigator edits their own partner data; everyone
 * else allowed to see the proposal reads it. A proposal the reader may not see is a 404.
 */
@Named
@ViewScoped
public class ProposalPage implements Serializable {

    private static final String FILE_FIELD = "upload-form:attachment-file";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    @Inject
    ProposalService proposals;

    @Inject
    OrganisationDirectory directory;

    @Inject
    CallService calls;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    LocaleBean locale;

    private Long id;
    private ProposalView view;
    private CallView call;
    private Step step = Step.CALL;
    private List<Finding> findings = List.of();
    private boolean conflict;
    private ProposalView.SubmissionView lastSubmission;

    // the form: what the applicant types, kept until saved
    private String acronym;
    private String title;
    private String abstractText;
    private String keywords;
    private Integer durationMonths;
    private final List<PartnerRow> partners = new ArrayList<>();
    private final List<MilestoneRow> milestones = new ArrayList<>();
    private final OrganisationPicker picker = new OrganisationPicker();
    private final Map<String, List<FundingChoice>> fundingByCountry = new HashMap<>();
    private Map<String, Boolean> developing;

    private AttachmentKind attachmentKind = AttachmentKind.DESCRIPTION;
    private transient UploadedFile attachmentFile;

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
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "no such proposal");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    /** Shows the proposal as the server has it now: the form is filled from it again. */
    private void show(ProposalView current) {
        view = current;
        conflict = false;
        ProposalView.Content content = current.content();
        acronym = content.acronym();
        title = content.title();
        abstractText = content.abstractText();
        keywords = content.keywords();
        durationMonths = content.durationMonths();
        partners.clear();
        for (ProposalView.PartnerView partner : content.partners()) {
            partners.add(PartnerRow.of(partner, options(partner.countryCode())));
        }
        milestones.clear();
        content.milestones().forEach(m -> milestones.add(MilestoneRow.of(m)));
        findings = current.findings();
    }

    /** Keeps what the reader typed and takes the rest (version, attachments, rights…) from the server. */
    private void refresh(ProposalView current) {
        view = current;
        findings = current.findings();
    }

    private List<FundingChoice> options(String countryCode) {
        if (view == null) {
            return List.of();
        }
        return fundingByCountry.computeIfAbsent(countryCode, code -> directory.fundingOptions(view.callCode(), code));
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

    /** The live check: what the server's rules find in the form as it is now (nothing is saved). */
    public void check() {
        if (!isEditable()) {
            return;
        }
        try {
            findings = proposals.check(id, content());
        } catch (RuleViolation | NotFound | EJBException ignored) {
            // the form holds something the rules cannot judge yet (e.g. a partner without organisation);
            // the findings stay as they were and saving will say what is wrong
        }
    }

    // ---------------------------------------------------------------- coordinator's editing

    private ProposalContent content() {
        List<ProposalContent.Entry> entries = partners.stream()
                .map(row -> new ProposalContent.Entry(row.getId(), row.command())).toList();
        List<MilestoneCommand> plans = milestones.stream().filter(MilestoneRow::isComplete)
                .map(MilestoneRow::command).toList();
        return new ProposalContent(new ProposalCommand(acronym == null ? "" : acronym.strip(), title, abstractText,
                keywords, durationMonths), entries, plans);
    }

    public void save() {
        if (saved()) {
            Messages.info("proposal.saved", view.content().acronym());
        }
    }

    /** Saves the form (the coordinator's whole content) at the version read; false with a message when refused. */
    private boolean saved() {
        if (!isEditable()) {
            return true;
        }
        for (int i = 0; i < milestones.size(); i++) {
            if (!milestones.get(i).isComplete()) {
                Messages.error("proposal.milestone.incomplete", i + 1);
                return false;
            }
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

    public void searchOrganisations() {
        picker.search(directory);
    }

    public void pickOrganisation(long organisationId) {
        OrganisationChoice chosen = picker.result(organisationId);
        if (chosen == null) {
            return;
        }
        partners.add(PartnerRow.added(chosen.id(), null, chosen.name(), chosen.countryCode(),
                isDeveloping(chosen.countryCode()), options(chosen.countryCode())));
        picker.clear();
        Messages.info("proposal.partner.added", chosen.name());
        check();
    }

    public void pickNewOrganisation() {
        if (!picker.isNewOrganisationValid("proposal-form")) {
            return;
        }
        var organisation = picker.newOrganisation();
        partners.add(PartnerRow.added(null, organisation, organisation.name(), organisation.countryCode(),
                isDeveloping(organisation.countryCode()), options(organisation.countryCode())));
        picker.clear();
        Messages.info("proposal.partner.added", organisation.name());
        check();
    }

    public void removePartner(PartnerRow row) {
        int index = partners.indexOf(row);
        if (index <= 0 || row.isCoordinating()) {
            return;
        }
        partners.remove(index);
        for (MilestoneRow milestone : milestones) {
            Integer responsible = milestone.getResponsible();
            if (responsible != null && responsible == index) {
                milestone.setResponsible(null);
            } else if (responsible != null && responsible > index) {
                milestone.setResponsible(responsible - 1);
            }
        }
        Messages.info("proposal.partner.removed", row.getOrganisation());
        check();
    }

    public void addMilestone() {
        MilestoneRow row = new MilestoneRow();
        row.setResponsible(0);
        milestones.add(row);
    }

    public void removeMilestone(MilestoneRow row) {
        milestones.remove(row);
        check();
    }

    /** Invites the partner's investigator (the form is saved first: the invitation goes to the saved e-mail). */
    public void invite(PartnerRow row) {
        if (!saved()) {
            return;
        }
        PartnerRow current = partners.stream().filter(p -> row.getId() != null && row.getId().equals(p.getId()))
                .findFirst().orElse(null);
        if (current == null) {
            return;
        }
        act(() -> proposals.invite(id, view.version(), current.getId(), locale.getLanguage().getCode()), "proposal.invited",
                current.getPiEmail());
        show(view);
    }

    // ---------------------------------------------------------------- a partner's own data

    /** Saves the partner rows the reader may edit as a partner's investigator. */
    public void savePartners() {
        for (PartnerRow row : partners) {
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

    // ---------------------------------------------------------------- attachments

    public void upload() {
        if (attachmentFile == null || attachmentFile.getSize() == 0) {
            Messages.refusedAt(FILE_FIELD, new RuleViolation("rule.document.empty"));
            return;
        }
        try {
            refresh(proposals.attach(id, view.version(), attachmentKind, attachmentFile.getFileName(),
                    attachmentFile.getContent()));
            Messages.info("proposal.attachment.uploaded", attachmentFile.getFileName());
            attachmentKind = AttachmentKind.OTHER;
        } catch (ConcurrentChange changed) {
            conflicted(changed);
        } catch (RuleViolation refused) {
            Messages.refusedAt(FILE_FIELD, refused);
        } catch (NotFound refused) {
            Messages.refused(refused);
        } catch (EJBException invalid) {
            Refusals.caught(FacesContext.getCurrentInstance().getExternalContext().getRemoteUser(), "upload", invalid);
            Messages.refusedAt(FILE_FIELD, new RuleViolation("proposal.attachment.invalid"));
        } finally {
            attachmentFile = null;
        }
    }

    public void detach(long attachmentId) {
        act(() -> proposals.detach(id, view.version(), attachmentId), "proposal.attachment.removed", null);
    }

    public String attachmentPath(ProposalView.AttachmentView attachment) {
        return "/app/proposals/files/" + id + "/" + attachment.id() + "/"
                + URLEncoder.encode(attachment.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
    }

    public String receiptPath(ProposalView.SubmissionView submission) {
        return "/app/proposals/receipt/" + id + "/" + submission.number() + ".pdf";
    }

    public long getMaxAttachmentMegabytes() {
        return Settings.maxProposalAttachmentBytes() / (1024 * 1024);
    }

    // ---------------------------------------------------------------- life cycle

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

    private void act(Supplier<ProposalView> action, String doneKey, Object argument) {
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
        return UTC.format(submission.submittedAt());
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

    public boolean isScreened() {
        return view != null && (view.status() == ProposalStatus.ELIGIBLE || view.status() == ProposalStatus.INELIGIBLE);
    }

    public String countryName(String code) {
        return Country.displayName(code, code, locale.getLocale());
    }

    private boolean isDeveloping(String countryCode) {
        if (developing == null) {
            developing = new HashMap<>();
            referenceData.countries().forEach(c -> developing.put(c.code(),
                    c.developing()));
        }
        return developing.getOrDefault(countryCode, false);
    }

    /** A funding option in words: "ANR (EUR)", "Common fund (EUR)", "Self-funded". */
    public String fundingLabel(FundingChoice choice) {
        if (choice == null) {
            return "";
        }
        String source = Texts.of(locale.getLocale(), "FundingSource." + choice.source().name());
        return switch (choice.source()) {
            case AGENCY -> choice.agency() + " · " + choice.agencyName() + " (" + choice.currency() + ")";
            case COMMON_FUND -> source + " (" + choice.currency() + ")";
            case SELF_FUNDED -> source;
        };
    }

    public String partnerLabel(Integer index) {
        if (index == null || index < 0 || index >= partners.size()) {
            return Texts.of(locale.getLocale(), "value.none");
        }
        return partners.get(index).getOrganisation();
    }

    public List<Integer> getPartnerIndexes() {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < partners.size(); i++) {
            indexes.add(i);
        }
        return indexes;
    }

    public MilestoneKind[] getMilestoneKinds() {
        return MilestoneKind.values();
    }

    public AttachmentKind[] getAttachmentKinds() {
        return AttachmentKind.values();
    }

    public Locale getLocale() {
        return locale.getLocale();
    }

    // ---------------------------------------------------------------- properties

    /** What the organisation picker updates after a choice: the whole editor (a partner was added). */
    public String getPickerTargets() {
        return ":editor";
    }

    public String getIdParameter() {
        return id == null ? null : id.toString();
    }

    /** The proposal's id from the address; anything but a number is a proposal that does not exist. */
    public void setIdParameter(String value) {
        this.id = value != null && value.matches("[0-9]{1,18}") ? Long.valueOf(value) : null;
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

    public String getAcronym() {
        return acronym;
    }

    public void setAcronym(String acronym) {
        this.acronym = acronym;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getAbstractText() {
        return abstractText;
    }

    public void setAbstractText(String abstractText) {
        this.abstractText = abstractText;
    }

    public String getKeywords() {
        return keywords;
    }

    public void setKeywords(String keywords) {
        this.keywords = keywords;
    }

    public Integer getDurationMonths() {
        return durationMonths;
    }

    public void setDurationMonths(Integer durationMonths) {
        this.durationMonths = durationMonths;
    }

    public List<PartnerRow> getPartners() {
        return partners;
    }

    public List<MilestoneRow> getMilestones() {
        return milestones;
    }

    public OrganisationPicker getPicker() {
        return picker;
    }

    public AttachmentKind getAttachmentKind() {
        return attachmentKind;
    }

    public void setAttachmentKind(AttachmentKind attachmentKind) {
        this.attachmentKind = attachmentKind;
    }

    public UploadedFile getAttachmentFile() {
        return attachmentFile;
    }

    public void setAttachmentFile(UploadedFile attachmentFile) {
        this.attachmentFile = attachmentFile;
    }
}

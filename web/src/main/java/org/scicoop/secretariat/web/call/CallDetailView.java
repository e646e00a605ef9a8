package org.scicoop.secretariat.web.call;

import org.scicoop.secretariat.web.platform.Pages;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.faces.view.ViewScoped;
import org.scicoop.secretariat.call.boundary.CallChange;
import org.scicoop.secretariat.call.boundary.CallService;
import org.scicoop.secretariat.call.boundary.CallView;
import org.primefaces.model.file.UploadedFile;
import org.scicoop.secretariat.call.boundary.DocumentCommand;
import org.scicoop.secretariat.call.entity.DocumentKind;
import org.scicoop.secretariat.person.boundary.PersonService;
import org.scicoop.secretariat.platform.boundary.ConcurrentChange;
import org.scicoop.secretariat.platform.boundary.NotFound;
import org.scicoop.secretariat.platform.control.PdfContent;
import org.scicoop.secretariat.platform.control.Settings;
import org.scicoop.secretariat.platform.rules.RuleViolation;
import org.scicoop.secretariat.reference.boundary.ReferenceDataService;
import org.scicoop.secretariat.reference.entity.Country;
import org.scicoop.secretariat.web.person.CurrentUser;
import org.scicoop.secretariat.web.platform.BarScale;
import org.scicoop.secretariat.web.platform.Formats;
import org.scicoop.secretariat.web.platform.Messages;
import org.scicoop.secretariat.web.platform.Texts;
import org.scicoop.secretariat.web.platform.UploadBudget;
import org.scicoop.secretariat.web.reference.ThemeNames;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** One call for the secretariat, with its life-cycle actions. */
@Named
@ViewScoped
public class CallDetailView implements Serializable {

    @Inject
    CallService calls;

    @Inject
    CurrentUser user;

    @Inject
    PersonService persons;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    Formats formats;

    private transient ThemeNames themeNames;

    private String code;
    private CallView call;
    private Map<String, String> names;
    private LocalDateTime newDeadline;
    private String reason;
    private String cloneCode;
    private List<CallChange> history;
    private String documentTitle;
    private DocumentKind documentKind = DocumentKind.CALL_TEXT;
    private String documentLanguage;
    private transient UploadedFile documentFile;

    public void load() throws IOException {
        if (call != null) {
            return;
        }
        if (!Pages.given(code)) {
            Pages.notFound("call");
            return;
        }
        try {
            call = calls.get(code);
        } catch (NotFound unknown) {
            Pages.notFound("call");
        }
    }

    /**
     * The name of the person behind a username of this call's records (who changed it, uploaded a document,
     * extended the deadline): people are shown by name; a username nobody logged in with stays as it is.
     */
    public String name(String username) {
        if (names == null) {
            Set<String> usernames = new HashSet<>();
            getHistory().forEach(change -> usernames.add(change.username()));
            call.documents().forEach(document -> usernames.add(document.uploadedBy()));
            call.extensions().forEach(extension -> usernames.add(extension.extendedBy()));
            usernames.remove(null);
            names = persons.names(usernames);
        }
        return names.getOrDefault(username, username);
    }

    public List<CallChange> getHistory() {
        if (history == null) {
            history = calls.history(code);
        }
        return history;
    }

    /**
     * A value of the history as the reader reads it: the themes by their names in the reader's language (in their
     * alphabetical order), budgets as money, everything else as {@link Formats#value} shows it.
     */
    public String value(String field, Object value) {
        if ("themes".equals(field) && value instanceof Collection<?> codes && !codes.isEmpty()) {
            Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            if (themeNames == null) {
                themeNames = ThemeNames.of(referenceData, locale);
            }
            return codes.stream().map(code -> themeNames.apply(code.toString()))
                    .sorted(Collator.getInstance(locale)).collect(Collectors.joining(", "));
        }
        if (field.startsWith("commitment.") && value instanceof String budget && budget.matches("-?\\d+(\\.\\d+)? [A-Z]{3}")) {
            // recorded as "900000.00 EUR": shown as the reader writes money
            int space = budget.indexOf(' ');
            return formats.money(new BigDecimal(budget.substring(0, space)), budget.substring(space + 1));
        }
        return formats.value(value);
    }

    /** The label of a field of the history: its own text, or "Budget of NSFC" for commitments. */
    public String fieldLabel(String field) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        if (field.startsWith("commitment.")) {
            return Texts.of(locale, "call.field.commitment") + " " + field.substring("commitment.".length());
        }
        return Texts.of(locale, "call.field." + field);
    }

    /** A bar of the budget chart: a country's committed budget in euros, relative to the largest. */
    public record Bar(String country, BigDecimal eur, int percent) {
    }

    /** Committed budget by country in euros (at today's rates), largest first; the common fund last. */
    public List<Bar> getBudgetByCountry() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        Map<String, BigDecimal> byCountry = new TreeMap<>();
        for (CallView.CommitmentView commitment : call.commitments()) {
            if (commitment.amountEur() != null) {
                byCountry.merge(Country.displayName(commitment.country(), commitment.country(), locale),
                        commitment.amountEur(), BigDecimal::add);
            }
        }
        List<Map.Entry<String, BigDecimal>> all = new ArrayList<>(byCountry.entrySet().stream()
                .sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed()).toList());
        if (call.commonFundEur().signum() > 0) {
            all.add(Map.entry(Texts.of(locale, "call.commonFund"), call.commonFundEur()));
        }
        BarScale scale = BarScale.of(all, Map.Entry::getValue);
        return all.stream().map(e -> new Bar(e.getKey(), e.getValue(), scale.percent(e.getValue()))).toList();
    }

    public void open() {
        act(() -> calls.open(code, call.version()), "calls.opened");
    }

    public void extend() {
        act(() -> calls.extendDeadline(code, call.version(), newDeadline == null ? null : newDeadline.atZone(user.getZone()).toInstant(),
                reason), "calls.extended");
    }

    public void cancel() {
        act(() -> calls.cancel(code, call.version(), reason), "calls.cancelledMessage");
    }

    public long getMaxDocumentMegabytes() {
        return Settings.maxDocumentBytes() / (1024 * 1024);
    }

    public int getMaxDocuments() {
        return org.scicoop.secretariat.call.entity.Call.MAX_DOCUMENTS;
    }

    public DocumentKind[] getDocumentKinds() {
        return DocumentKind.values();
    }

    /** The languages a document can be marked with: the programme's four. */
    public List<String> getDocumentLanguages() {
        return List.of("en", "zh", "fr", "es");
    }

    /** Where the secretariat downloads a document (drafts included). */
    public String downloadPath(CallView.DocumentView document) {
        return "/app/calls/documents/" + call.code() + "/" + document.id() + "/"
                + URLEncoder.encode(document.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * Adds the uploaded file. A refusal (not a PDF, too large, call closed…) shows beside the file
     * field, and the title, kind and language typed stay in the form.
     */
    public void uploadDocument() {
        if (documentFile == null || documentFile.getSize() == 0) {
            Messages.refused(FILE_FIELD, new RuleViolation("rule.document.empty"));
            return;
        }
        long largest = Settings.maxDocumentBytes();
        try {
            String title = documentTitle == null ? "" : documentTitle.trim();
            // the API's limits: the size before the bytes are read, then a place among the uploads in progress
            PdfContent.checkSize(documentFile.getSize(), largest);
            UploadedFile uploaded = documentFile;
            if (!UploadBudget.receive(uploaded::getInputStream, largest, received -> call = calls.attachDocument(code,
                    call.version(), new DocumentCommand(title, documentKind, documentLanguage, uploaded.getFileName()),
                    received))) {
                Messages.refused(FILE_FIELD, new RuleViolation("problem.proposal.uploadsBusy"));
                return;
            }
            history = null;
            Messages.info("documents.uploaded", title);
            documentTitle = null;
            documentLanguage = null;
            documentKind = DocumentKind.CALL_TEXT;
        } catch (RuleViolation refused) {
            Messages.refused(FILE_FIELD, refused);
        } catch (ConcurrentChange | NotFound refused) {
            Messages.refused(refused);
        } finally {
            documentFile = null;
        }
    }

    public void removeDocument(long documentId) {
        act(() -> calls.removeDocument(code, call.version(), documentId), "documents.removed");
    }

    private static final String FILE_FIELD = "upload-form:document-file";

    public String cloneCall() {
        try {
            CallView clone = calls.cloneAsDraft(code, cloneCode == null ? "" : cloneCode.trim());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            Messages.info("calls.cloned", clone.code());
            return "/app/calls/edit.xhtml?faces-redirect=true&code=" + clone.code();
        } catch (RuleViolation | ConcurrentChange | NotFound refused) {
            Messages.refused(refused);
            return null;
        }
    }

    private void act(Supplier<CallView> action, String doneKey) {
        try {
            call = action.get();
            reason = null;
            history = null;
            Messages.info(doneKey, call.code());
        } catch (RuleViolation | ConcurrentChange | NotFound refused) {
            Messages.refused(refused);
        }
    }

    public String getDocumentTitle() {
        return documentTitle;
    }

    public void setDocumentTitle(String documentTitle) {
        this.documentTitle = documentTitle;
    }

    public DocumentKind getDocumentKind() {
        return documentKind;
    }

    public void setDocumentKind(DocumentKind documentKind) {
        this.documentKind = documentKind;
    }

    public String getDocumentLanguage() {
        return documentLanguage;
    }

    public void setDocumentLanguage(String documentLanguage) {
        this.documentLanguage = documentLanguage;
    }

    public UploadedFile getDocumentFile() {
        return documentFile;
    }

    public void setDocumentFile(UploadedFile documentFile) {
        this.documentFile = documentFile;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public CallView getCall() {
        return call;
    }

    public LocalDateTime getNewDeadline() {
        return newDeadline;
    }

    public void setNewDeadline(LocalDateTime newDeadline) {
        this.newDeadline = newDeadline;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getCloneCode() {
        return cloneCode;
    }

    public void setCloneCode(String cloneCode) {
        this.cloneCode = cloneCode;
    }
}

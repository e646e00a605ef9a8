package org.scicoop.secretariat.web.call;

import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.faces.view.ViewScoped;
import org.scicoop.secretariat.call.boundary.CallChange;
import org.scicoop.secretariat.call.boundary.CallService;
import org.scicoop.secretariat.call.boundary.CallView;
import org.scicoop.secretariat.call.entity.CallStatus;
import org.scicoop.secretariat.person.entity.Roles;
import org.scicoop.secretariat.platform.boundary.ConcurrentChange;
import org.scicoop.secretariat.platform.boundary.NotFound;
import org.scicoop.secretariat.platform.rules.RuleViolation;
import org.scicoop.secretariat.web.person.CurrentUser;
import org.scicoop.secretariat.web.platform.Messages;
import org.scicoop.secretariat.web.platform.Texts;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;

/** One call for the secretariat, with its life-cycle actions. */
@Named
@ViewScoped
public class CallDetailView implements Serializable {

    @Inject
    CallService calls;

    @Inject
    CurrentUser user;

    private String code;
    private CallView call;
    private LocalDateTime newDeadline;
    private String reason;
    private String cloneCode;
    private List<CallChange> history;

    public void load() throws IOException {
        if (call != null) {
            return;
        }
        try {
            call = calls.get(code);
        } catch (NotFound unknown) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "no such call");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public List<CallChange> getHistory() {
        if (history == null) {
            history = calls.history(code);
        }
        return history;
    }

    /** The label of a field of the history: its own text, or "Budget of NSFC" for commitments. */
    public String fieldLabel(String field) {
        java.util.Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        if (field.startsWith("commitment.")) {
            return Texts.of(locale, "call.field.commitment") + " " + field.substring("commitment.".length());
        }
        return Texts.of(locale, "call.field." + field);
    }

    /** A bar of the budget chart: a country's committed budget in euros, relative to the largest. */
    public record Bar(String country, java.math.BigDecimal eur, int percent) {
    }

    /** Committed budget by country in euros (at today's rates), largest first; the common fund last. */
    public List<Bar> getBudgetByCountry() {
        java.util.Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        java.util.Map<String, java.math.BigDecimal> byCountry = new java.util.TreeMap<>();
        for (CallView.CommitmentView commitment : call.commitments()) {
            if (commitment.amountEur() != null) {
                byCountry.merge(org.scicoop.secretariat.reference.entity.Country.displayName(commitment.country(),
                        commitment.country(), locale), commitment.amountEur(), java.math.BigDecimal::add);
            }
        }
        java.util.List<java.util.Map.Entry<String, java.math.BigDecimal>> sorted = byCountry.entrySet().stream()
                .sorted(java.util.Map.Entry.<String, java.math.BigDecimal>comparingByValue().reversed()).toList();
        java.util.List<java.util.Map.Entry<String, java.math.BigDecimal>> all = new java.util.ArrayList<>(sorted);
        if (call.commonFundEur().signum() > 0) {
            all.add(java.util.Map.entry(Texts.of(locale, "call.commonFund"), call.commonFundEur()));
        }
        java.math.BigDecimal max = all.stream().map(java.util.Map.Entry::getValue)
                .max(java.math.BigDecimal::compareTo).orElse(java.math.BigDecimal.ONE);
        return all.stream().map(e -> new Bar(e.getKey(), e.getValue(), max.signum() == 0 ? 0
                : e.getValue().multiply(java.math.BigDecimal.valueOf(100))
                .divide(max, 0, java.math.RoundingMode.HALF_UP).intValue())).toList();
    }

    public boolean isOfficer() {
        return user.hasRole(Roles.PROGRAMME_OFFICER);
    }

    public boolean isEditable() {
        return isOfficer() && (call.status() == CallStatus.DRAFT || call.status() == CallStatus.OPEN);
    }

    public void open() {
        act(() -> calls.open(code), "calls.opened");
    }

    public void extend() {
        act(() -> calls.extendDeadline(code, newDeadline == null ? null : newDeadline.atZone(user.getZone()).toInstant(),
                reason), "calls.extended");
    }

    public void cancel() {
        act(() -> calls.cancel(code, reason), "calls.cancelledMessage");
    }

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

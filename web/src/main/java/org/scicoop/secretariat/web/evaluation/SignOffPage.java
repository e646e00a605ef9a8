package org.scicoop.secretariat.web.evaluation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.scicoop.secretariat.evaluation.boundary.AllocationView;
import org.scicoop.secretariat.evaluation.boundary.SignOffService;
import org.scicoop.secretariat.evaluation.boundary.SignOffView;
import org.scicoop.secretariat.platform.boundary.NotFound;
import org.scicoop.secretariat.platform.rules.RuleViolation;
import org.scicoop.secretariat.web.platform.Messages;
import org.scicoop.secretariat.web.platform.Pages;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;

/**
 * The national contact's sign-off of a call ({@code /app/national/sign-off.xhtml?call=}): their country's partners in
 * the call's submitted proposals, each confirmed nationally eligible or not (with the reason, asked in a panel
 * beside the table), their agencies' budgets with top-ups and the form to add one, and, once the call is in
 * evaluation, the allocation's lines that concern their country.
 */
@Named
@ViewScoped
public class SignOffPage implements Serializable {

    @Inject
    SignOffService signOff;

    private String code;
    private SignOffView view;
    private AllocationView allocation;
    private boolean allocationRead;
    /** The partner whose ineligibility is being explained, or null. */
    private SignOffView.Line refusing;
    private String reason;
    private Long topUpAgency;
    private BigDecimal topUpAmount;
    private String topUpReason;

    public void load() throws IOException {
        if (view != null) {
            return;
        }
        try {
            if (!Pages.given(code)) {
                throw new NotFound("call");
            }
            show(signOff.view(code.trim()));
        } catch (NotFound unknown) {
            Pages.notFound("call");
        } catch (RuleViolation refused) {
            Messages.refused(refused);
        }
    }

    private void show(SignOffView current) {
        view = current;
        allocationRead = false;
        if (topUpAgency == null && !current.budgets().isEmpty()) {
            topUpAgency = current.budgets().get(0).agencyId();
        }
    }

    // ---------------------------------------------------------------- national eligibility

    public void confirmEligible(SignOffView.Line line) {
        act(() -> signOff.confirm(view.callCode(), line.partnerId(), true, null), "signOff.confirmed", null);
        refusing = null;
    }

    /** Opens the panel that asks why {@code line}'s partner is not nationally eligible. */
    public void startRefusal(SignOffView.Line line) {
        refusing = line;
        reason = line.eligible() == Boolean.FALSE ? line.reason() : null;
    }

    public void cancelRefusal() {
        refusing = null;
        reason = null;
    }

    public void confirmIneligible() {
        if (act(() -> signOff.confirm(view.callCode(), refusing.partnerId(), false, reason), "signOff.confirmed",
                "sign-off-form:reason")) {
            refusing = null;
            reason = null;
        }
    }

    // ---------------------------------------------------------------- top-ups

    public void topUp() {
        if (act(() -> signOff.topUp(view.callCode(), topUpAgency, topUpAmount, topUpReason), "signOff.toppedUp",
                "top-up-form:amount")) {
            topUpAmount = null;
            topUpReason = null;
        }
    }

    /** Runs a change; shows the result, or the refusal beside {@code field} (null: the page's summary). */
    private boolean act(Supplier<SignOffView> change, String done, String field) {
        return Messages.change(change, this::show, done, field, "signOff.invalid");
    }

    // ---------------------------------------------------------------- what the page shows

    /** The allocation's lines of the contact's country, once the call has an evaluation; null before. */
    public AllocationView getAllocation() {
        if (!allocationRead && view != null) {
            allocationRead = true;
            try {
                allocation = signOff.allocation(view.callCode());
            } catch (NotFound noEvaluation) {
                allocation = null;
            }
        }
        return allocation;
    }

    /** An agency's budget for the call: its commitment and every top-up. */
    public BigDecimal budget(SignOffView.Budget budget) {
        return budget.topUps().stream().map(SignOffView.TopUpLine::amount).reduce(budget.committed(), BigDecimal::add);
    }

    /** The grants of a line that go to the contact's country. */
    public List<AllocationView.Grant> grants(AllocationView.Line line) {
        return line.grants().stream().filter(grant -> grant.country().equals(view.country())).toList();
    }

    public String getCall() {
        return code;
    }

    public void setCall(String code) {
        this.code = code;
    }

    public SignOffView getView() {
        return view;
    }

    public SignOffView.Line getRefusing() {
        return refusing;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Long getTopUpAgency() {
        return topUpAgency;
    }

    public void setTopUpAgency(Long topUpAgency) {
        this.topUpAgency = topUpAgency;
    }

    public BigDecimal getTopUpAmount() {
        return topUpAmount;
    }

    public void setTopUpAmount(BigDecimal topUpAmount) {
        this.topUpAmount = topUpAmount;
    }

    public String getTopUpReason() {
        return topUpReason;
    }

    public void setTopUpReason(String topUpReason) {
        this.topUpReason = topUpReason;
    }
}

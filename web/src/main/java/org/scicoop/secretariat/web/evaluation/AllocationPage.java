package org.scicoop.secretariat.web.evaluation;

import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.scicoop.secretariat.evaluation.boundary.AllocationChoices;
import org.scicoop.secretariat.evaluation.boundary.AllocationView;
import org.scicoop.secretariat.evaluation.boundary.WhatIfView;
import org.scicoop.secretariat.evaluation.entity.CommonPot;
import org.scicoop.secretariat.platform.boundary.ConcurrentChange;
import org.scicoop.secretariat.platform.boundary.NotFound;
import org.scicoop.secretariat.platform.rules.RuleViolation;
import org.scicoop.secretariat.web.platform.BarScale;
import org.scicoop.secretariat.web.platform.Formats;
import org.scicoop.secretariat.web.platform.Messages;
import org.scicoop.secretariat.web.platform.Texts;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A call's allocation through the virtual common pot ({@code /app/evaluation/allocation.xhtml?call=}): every ranked
 * proposal's outcome, reason, grants and funding gaps; per payer its budget, allocation and remainder (a bar chart
 * with its table); the what-if panel (extra top-ups, another threshold, overrides) beside the current result, nothing
 * saved; the decision with its overrides, each with a reason, after a confirmation that says what will happen. A
 * decided call shows its recorded allocation, read-only. Exports: {@link AllocationExportServlet}.
 */
@Named
@ViewScoped
public class AllocationPage extends CallEvaluationPage {

    /** An officer's override of a line: none, fund or skip, with its reason. */
    public static final class OverrideRow implements Serializable {
        private final long proposalId;
        private final String acronym;
        private final CommonPot.Outcome outcome;
        private CommonPot.Override.Kind kind;
        private String reason;

        OverrideRow(long proposalId, String acronym, CommonPot.Outcome outcome) {
            this.proposalId = proposalId;
            this.acronym = acronym;
            this.outcome = outcome;
        }

        public long getProposalId() {
            return proposalId;
        }

        public String getAcronym() {
            return acronym;
        }

        public CommonPot.Outcome getOutcome() {
            return outcome;
        }

        public CommonPot.Override.Kind getKind() {
            return kind;
        }

        public void setKind(CommonPot.Override.Kind kind) {
            this.kind = kind;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    /** An extra top-up tried in a what-if for one agency, in its currency. */
    public static final class TopUpRow implements Serializable {
        private final long agencyId;
        private final String agency;
        private final String currency;
        private BigDecimal amount;

        TopUpRow(long agencyId, String agency, String currency) {
            this.agencyId = agencyId;
            this.agency = agency;
            this.currency = currency;
        }

        public long getAgencyId() {
            return agencyId;
        }

        public String getAgency() {
            return agency;
        }

        public String getCurrency() {
            return currency;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }
    }

    /** A payer's bars: budget, allocated and remaining, in its own currency and scale. */
    public record Bars(AllocationView.Use use, int budget, int allocated, int remaining) {
    }

    @Inject
    Formats formats;

    private AllocationView allocation;
    private WhatIfView whatIf;
    private AllocationView preview;
    private List<TopUpRow> topUps;
    private BigDecimal threshold;
    private List<OverrideRow> overrides;

    @Override
    void read() {
        allocation = evaluations.allocation(getCall());
        overrides = new ArrayList<>(allocation.lines().stream()
                .map(line -> new OverrideRow(line.proposalId(), line.acronym(), line.outcome())).toList());
        topUps = new ArrayList<>(allocation.uses().stream().filter(use -> use.agencyId() != null)
                .map(use -> new TopUpRow(use.agencyId(), payerOf(use), use.currency())).toList());
    }

    /** Runs the what-if: the same ranking with the top-ups, threshold and overrides given; nothing is saved. */
    public void runWhatIf() {
        List<AllocationChoices.Override> chosen = chosenOverrides();
        if (chosen == null) {
            return;
        }
        List<AllocationChoices.ExtraBudget> extra = topUps.stream()
                .filter(row -> row.getAmount() != null && row.getAmount().signum() > 0)
                .map(row -> new AllocationChoices.ExtraBudget(row.getAgencyId(), row.getAmount())).toList();
        try {
            // the result's own status line says what changed
            whatIf = evaluations.whatIf(getCall(), new AllocationChoices(chosen, extra, threshold));
        } catch (RuleViolation | NotFound refused) {
            Messages.refused(refused);
        } catch (EJBException invalid) {
            Messages.invalid(invalid, "allocation.whatIf.invalid");
        }
    }

    public void clearWhatIf() {
        whatIf = null;
        topUps.forEach(row -> row.setAmount(null));
        threshold = null;
    }

    /**
     * Before the decision: the allocation the overrides give, whose counts the confirmation names. Overrides
     * without a reason are said beside their field and nothing is asked.
     */
    public void prepareDecision() {
        List<AllocationChoices.Override> chosen = chosenOverrides();
        if (chosen == null) {
            return;
        }
        try {
            preview = evaluations.whatIf(getCall(), new AllocationChoices(chosen, List.of(), null)).whatIf();
        } catch (RuleViolation | NotFound refused) {
            Messages.refused(refused);
        } catch (EJBException invalid) {
            Messages.invalid(invalid, "allocation.whatIf.invalid");
        }
    }

    /** Records the decision with the overrides; the page is then loaded again, showing the recorded allocation. */
    public String decide() {
        List<AllocationChoices.Override> chosen = chosenOverrides();
        if (chosen == null) {
            return null;
        }
        try {
            AllocationView decided = evaluations.decide(getCall(), getEvaluation().callVersion(),
                    new AllocationChoices(chosen, List.of(), null));
            FacesContext context = FacesContext.getCurrentInstance();
            context.getExternalContext().getFlash().setKeepMessages(true);
            Messages.info("allocation.decided", decided.funded(), decided.reserve(), decided.notFunded());
            return context.getViewRoot().getViewId() + "?faces-redirect=true&call=" + getCall();
        } catch (RuleViolation | ConcurrentChange | NotFound refused) {
            Messages.refused(refused);
        } catch (EJBException invalid) {
            Messages.invalid(invalid, "allocation.whatIf.invalid");
        }
        return null;
    }

    /** The overrides chosen, or null when one lacks its reason (said beside it). */
    private List<AllocationChoices.Override> chosenOverrides() {
        List<AllocationChoices.Override> chosen = new ArrayList<>();
        boolean complete = true;
        for (int i = 0; i < overrides.size(); i++) {
            OverrideRow row = overrides.get(i);
            if (row.getKind() == null) {
                continue;
            }
            if (row.getReason() == null || row.getReason().isBlank()) {
                Messages.refusedAt("allocation-form:overrides:" + i + ":override-reason",
                        new RuleViolation("allocation.override.reasonNeeded", row.getAcronym()));
                complete = false;
            } else {
                chosen.add(new AllocationChoices.Override(row.getProposalId(), row.getKind(), row.getReason().strip()));
            }
        }
        return complete ? chosen : null;
    }

    /** What the confirmation says will happen. */
    public String getConfirmation() {
        if (preview == null) {
            return "";
        }
        return Texts.of(reader(), "allocation.decide.confirm", preview.funded(), preview.reserve(), preview.notFunded(),
                preview.lines().size());
    }

    public String grant(AllocationView.Grant grant) {
        return AllocationWords.grant(reader(), formats, grant);
    }

    public String gap(AllocationView.Line line, AllocationView.Gap gap) {
        return AllocationWords.gap(reader(), formats, line, gap);
    }

    public String payerOf(AllocationView.Use use) {
        return AllocationWords.payer(reader(), use);
    }

    /** Each payer's bars, scaled to its own largest amount (currencies are never compared). */
    public List<Bars> getBars() {
        return allocation.uses().stream().map(use -> {
            BigDecimal remaining = use.remaining().max(BigDecimal.ZERO);
            BarScale scale = BarScale.of(List.of(use.budget(), use.allocated(), remaining), v -> v);
            return new Bars(use, scale.percent(use.budget()), scale.percent(use.allocated()), scale.percent(remaining));
        }).toList();
    }

    /** The what-if's line of a proposal, beside the current one. */
    public AllocationView.Line whatIfLine(long proposalId) {
        return whatIf.whatIf().lines().stream().filter(l -> l.proposalId() == proposalId).findFirst().orElse(null);
    }

    public AllocationView.Use whatIfUse(AllocationView.Use use) {
        return whatIf.whatIf().uses().stream().filter(u -> java.util.Objects.equals(u.agencyId(), use.agencyId()))
                .findFirst().orElse(null);
    }

    public boolean changed(long proposalId) {
        return whatIf != null && whatIf.changed().contains(proposalId);
    }

    public Set<Long> getChangedIds() {
        return whatIf == null ? Set.of() : whatIf.changed().stream().collect(Collectors.toSet());
    }

    public CommonPot.Override.Kind[] getOverrideKinds() {
        return CommonPot.Override.Kind.values();
    }

    public AllocationView getAllocation() {
        return allocation;
    }

    public WhatIfView getWhatIf() {
        return whatIf;
    }

    /** The agencies whose budget a what-if may raise (the common fund is not topped up). */
    public List<TopUpRow> getTopUps() {
        return topUps;
    }

    public BigDecimal getThreshold() {
        return threshold;
    }

    public void setThreshold(BigDecimal threshold) {
        this.threshold = threshold;
    }

    public List<OverrideRow> getOverrides() {
        return overrides;
    }
}

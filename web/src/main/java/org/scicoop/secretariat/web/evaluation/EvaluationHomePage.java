package org.scicoop.secretariat.web.evaluation;

import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.scicoop.secretariat.evaluation.boundary.EvaluationSettings;
import org.scicoop.secretariat.evaluation.boundary.EvaluationView;
import org.scicoop.secretariat.platform.boundary.ConcurrentChange;
import org.scicoop.secretariat.platform.boundary.NotFound;
import org.scicoop.secretariat.platform.rules.RuleViolation;
import org.scicoop.secretariat.web.platform.Messages;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A call's evaluation ({@code /app/evaluation/index.xhtml?call=}): before it starts the settings (criteria with
 * their thresholds, the total's threshold, reviewers per proposal, a reviewer's maximum load, the coordinator's
 * country avoided) and "Start evaluation"; afterwards its progress and the next steps (board, consensus, ranking,
 * allocation, archive).
 */
@Named
@ViewScoped
public class EvaluationHomePage extends CallEvaluationPage {

    /** One criterion of the settings form: its code (fixed) and its threshold. */
    public static final class CriterionRow implements Serializable {
        private final String code;
        private BigDecimal threshold;

        CriterionRow(String code, BigDecimal threshold) {
            this.code = code;
            this.threshold = threshold;
        }

        public String getCode() {
            return code;
        }

        public BigDecimal getThreshold() {
            return threshold;
        }

        public void setThreshold(BigDecimal threshold) {
            this.threshold = threshold;
        }
    }

    private List<CriterionRow> criteria;
    private BigDecimal totalThreshold;
    private Integer reviewersPerProposal;
    private Integer maxLoad;
    private boolean otherCountryThanCoordinator;

    @Override
    boolean mayShowBeforeStart() {
        return true;
    }

    @Override
    void read() {
        EvaluationSettings settings = getEvaluation().settings() != null ? getEvaluation().settings()
                : EvaluationSettings.defaults();
        criteria = new ArrayList<>(settings.criteria().stream()
                .map(c -> new CriterionRow(c.code(), c.threshold())).toList());
        totalThreshold = settings.totalThreshold();
        reviewersPerProposal = settings.reviewersPerProposal();
        maxLoad = settings.maxLoad();
        otherCountryThanCoordinator = settings.otherCountryThanCoordinator();
    }

    private EvaluationSettings settings() {
        return new EvaluationSettings(criteria.stream()
                .map(c -> new EvaluationSettings.Criterion(c.getCode(), c.getThreshold())).toList(), totalThreshold,
                reviewersPerProposal == null ? 0 : reviewersPerProposal, maxLoad == null ? 0 : maxLoad,
                otherCountryThanCoordinator);
    }

    /** Starts the evaluation; the service says why not (proposals still to screen) in words. */
    public String start() {
        return act(() -> evaluations.start(getCall(), getEvaluation().callVersion(), settings()), "evaluation.started");
    }

    /** New settings, until the first review is submitted. */
    public String configure() {
        return act(() -> evaluations.configure(getCall(), getEvaluation().version(), settings()),
                "evaluation.configured");
    }

    public String startConsensus() {
        return act(() -> evaluations.startConsensus(getCall(), getEvaluation().version()), "evaluation.consensusStarted");
    }

    public String archive() {
        return act(() -> evaluations.archive(getCall(), getEvaluation().callVersion()), "evaluation.archived");
    }

    /** Done: the page is loaded again (every part shows the new state) with what happened; refused: said, and kept. */
    private String act(Supplier<EvaluationView> action, String done) {
        try {
            action.get();
        } catch (RuleViolation | ConcurrentChange | NotFound refused) {
            Messages.refused(refused);
            return null;
        } catch (EJBException invalid) {
            Messages.invalid(invalid, "evaluation.settings.invalid");
            return null;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().getFlash().setKeepMessages(true);
        Messages.info(done, getCall());
        return context.getViewRoot().getViewId() + "?faces-redirect=true&call=" + getCall();
    }

    /** Reviews in, in whole per cent of the reviews wanted (0 while none are wanted). */
    public int getPercentSubmitted() {
        EvaluationView.Progress progress = getEvaluation().progress();
        return progress.wanted() == 0 ? 0 : Math.min(100, Math.round(100f * progress.submitted() / progress.wanted()));
    }

    /** Reviews wanted that nobody has been assigned yet. */
    public int getUnassigned() {
        EvaluationView.Progress progress = getEvaluation().progress();
        return Math.max(0, progress.wanted() - progress.assigned());
    }

    public List<CriterionRow> getCriteria() {
        return criteria;
    }

    public BigDecimal getTotalThreshold() {
        return totalThreshold;
    }

    public void setTotalThreshold(BigDecimal totalThreshold) {
        this.totalThreshold = totalThreshold;
    }

    public Integer getReviewersPerProposal() {
        return reviewersPerProposal;
    }

    public void setReviewersPerProposal(Integer reviewersPerProposal) {
        this.reviewersPerProposal = reviewersPerProposal;
    }

    public Integer getMaxLoad() {
        return maxLoad;
    }

    public void setMaxLoad(Integer maxLoad) {
        this.maxLoad = maxLoad;
    }

    public boolean isOtherCountryThanCoordinator() {
        return otherCountryThanCoordinator;
    }

    public void setOtherCountryThanCoordinator(boolean otherCountryThanCoordinator) {
        this.otherCountryThanCoordinator = otherCountryThanCoordinator;
    }
}

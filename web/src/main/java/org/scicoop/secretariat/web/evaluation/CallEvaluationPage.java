package org.scicoop.secretariat.web.evaluation;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import org.scicoop.secretariat.evaluation.boundary.EvaluationService;
import org.scicoop.secretariat.evaluation.boundary.EvaluationView;
import org.scicoop.secretariat.platform.boundary.NotFound;
import org.scicoop.secretariat.web.platform.Pages;
import org.scicoop.secretariat.web.platform.Texts;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * What the officers' evaluation pages of a call ({@code ?call=CODE}) share: the call's evaluation as the service
 * shows it (its rights decide what each page offers), the 404 for a call that is not there or not evaluated, and
 * criteria and scores in the reader's words.
 */
abstract class CallEvaluationPage implements Serializable {

    @Inject
    EvaluationService evaluations;

    private String call;
    private EvaluationView evaluation;

    /** From the page's {@code f:viewAction}: reads what the page shows, or answers the styled 404. */
    public void load() throws IOException {
        if (evaluation != null) {
            return;
        }
        if (!Pages.given(call)) {
            Pages.notFound("evaluation");
            return;
        }
        try {
            evaluation = evaluations.get(call);
            if (evaluation.settings() == null && !mayShowBeforeStart()) {
                Pages.notFound("evaluation");
                return;
            }
            read();
        } catch (NotFound | EJBAccessException unknown) {
            Pages.notFound("evaluation");
        }
    }

    /** Whether the page has something to show before the evaluation started (only its home has: the settings). */
    boolean mayShowBeforeStart() {
        return false;
    }

    /** Reads the page's own part (a board, a ranking…); the evaluation has been read. */
    abstract void read();

    /** Reads the evaluation again after a change (versions, rights, progress). */
    void refresh() {
        evaluation = evaluations.get(call);
    }

    public EvaluationView getEvaluation() {
        return evaluation;
    }

    public String getCall() {
        return call;
    }

    public void setCall(String call) {
        this.call = call;
    }

    static Locale reader() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    /** A criterion's name in the reader's language ({@code criterion.CODE}); a call's own criterion by its code. */
    public String criterion(String code) {
        return criterion(reader(), code);
    }

    static String criterion(Locale reader, String code) {
        String key = "criterion." + code;
        String name = Texts.of(reader, key);
        return name.equals(key) ? code : name;
    }

    /** A country's name in the reader's language. */
    public String country(String code) {
        return AllocationWords.country(reader(), code);
    }

    /** A score or a total as the reader writes numbers ("3.5", "3,5"); a dash for none. */
    public String score(BigDecimal score) {
        return score(reader(), score);
    }

    static String score(Locale reader, BigDecimal score) {
        if (score == null) {
            return "–";
        }
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(reader);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(2);
        return format.format(score);
    }
}

package org.scicoop.secretariat.web.evaluation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.scicoop.secretariat.evaluation.boundary.RankingView;

/**
 * A call's ranking list ({@code /app/evaluation/ranking.xhtml?call=}): proposals with a consensus, best first, with
 * their scores per criterion, the total, below-threshold and nationally ineligible proposals marked; those still
 * without consensus apart; exports in CSV, Excel and PDF ({@link RankingExportServlet}).
 */
@Named
@ViewScoped
public class RankingPage extends CallEvaluationPage {

    private RankingView ranking;

    @Override
    void read() {
        ranking = evaluations.ranking(getCall());
    }

    public RankingView getRanking() {
        return ranking;
    }

}

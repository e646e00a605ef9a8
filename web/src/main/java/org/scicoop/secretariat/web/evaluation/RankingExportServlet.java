package org.scicoop.secretariat.web.evaluation;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import org.scicoop.secretariat.evaluation.boundary.EvaluationService;
import org.scicoop.secretariat.evaluation.boundary.RankingView;
import org.scicoop.secretariat.platform.boundary.BadInput;
import org.scicoop.secretariat.reference.entity.Country;
import org.scicoop.secretariat.web.platform.ExportServlet;
import org.scicoop.secretariat.web.platform.Texts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A call's ranking list as a file ({@link ExportServlet}, {@code ?call=CODE&format=}): rank, proposal, coordinator's
 * country, the consensus score per criterion of the call, the total, and the marks of the page, in the reader's
 * language. Scores are numbers in CSV and Excel.
 */
@WebServlet("/app/evaluation/ranking/export")
public class RankingExportServlet extends ExportServlet<RankingExportServlet.Row> {

    /** A line with the call's criteria, which name the score columns. */
    public record Row(List<String> criteria, RankingView.Line line) {
    }

    @Inject
    EvaluationService evaluations;

    public RankingExportServlet() {
        super(List.of("call"), "ranking.filter.", new Titles("ranking.title", "ranking.title", "ranking.empty"));
    }

    @Override
    protected List<Row> rows(Map<String, String> filters) {
        String call = filters.get("call");
        if (call == null) {
            throw new BadInput("problem.badRequest");
        }
        RankingView ranking = evaluations.ranking(call);
        return ranking.lines().stream().map(line -> new Row(ranking.criteria(), line)).toList();
    }

    @Override
    protected String fileName(Map<String, String> filters) {
        return "ranking-" + filters.getOrDefault("call", "").replaceAll("[^A-Za-z0-9-]", "");
    }

    @Override
    protected List<Column<Row>> columns(Locale reader) {
        return columns(reader, List.of());
    }

    /** rank, acronym, title, country, one column per criterion, total, thresholds, national eligibility: 770 points. */
    @Override
    protected List<Column<Row>> columns(Locale reader, List<Row> rows) {
        List<String> criteria = rows.isEmpty() ? List.of() : rows.get(0).criteria();
        float scoreWidth = criteria.isEmpty() ? 0 : Math.min(80, 240f / criteria.size());
        List<Column<Row>> columns = new ArrayList<>(List.of(
                Column.of("ranking.column.rank", 35, row -> row.line().rank(), row -> String.valueOf(row.line().rank())),
                Column.text("ranking.column.acronym", 75, row -> row.line().acronym()),
                Column.text("ranking.column.title", 770 - 35 - 75 - 80 - scoreWidth * criteria.size() - 55 - 80 - 80,
                        row -> row.line().title()),
                Column.text("ranking.column.country", 80, row -> Country.displayName(row.line().coordinatorCountry(),
                        row.line().coordinatorCountry(), reader))));
        for (int i = 0; i < criteria.size(); i++) {
            int index = i;
            columns.add(Column.of("criterion." + criteria.get(i), scoreWidth, row -> row.line().scores().get(index),
                    row -> CallEvaluationPage.score(reader, row.line().scores().get(index))));
        }
        columns.add(Column.of("ranking.column.total", 55, row -> row.line().total(),
                row -> CallEvaluationPage.score(reader, row.line().total())));
        columns.add(Column.text("ranking.column.thresholds", 80, row -> Texts.of(reader,
                row.line().meetsThresholds() ? "ranking.meetsThresholds" : "ranking.belowThreshold")));
        columns.add(Column.text("ranking.column.national", 80, row -> Texts.of(reader,
                row.line().nationallyEligible() ? "ranking.nationallyEligible" : "ranking.nationallyIneligible")));
        return columns;
    }
}

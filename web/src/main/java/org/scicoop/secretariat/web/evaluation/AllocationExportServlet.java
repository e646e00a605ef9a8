package org.scicoop.secretariat.web.evaluation;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import org.scicoop.secretariat.evaluation.boundary.AllocationView;
import org.scicoop.secretariat.evaluation.boundary.EvaluationService;
import org.scicoop.secretariat.platform.boundary.BadInput;
import org.scicoop.secretariat.web.platform.ExportServlet;
import org.scicoop.secretariat.web.platform.Texts;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A call's allocation as a file ({@link ExportServlet}, {@code ?call=CODE&format=}): the recorded decision of a
 * decided call, else the current walk (nothing saved), a line per ranked proposal with its outcome and reason in
 * words, its grants (who pays whom how much, in which currency) and its funding gaps.
 */
@WebServlet("/app/evaluation/allocation/export")
public class AllocationExportServlet extends ExportServlet<AllocationView.Line> {

    @Inject
    EvaluationService evaluations;

    public AllocationExportServlet() {
        super(List.of("call"), "ranking.filter.",
                new Titles("allocation.title", "allocation.title", "allocation.lines.empty"));
    }

    @Override
    protected List<AllocationView.Line> rows(Map<String, String> filters) {
        String call = filters.get("call");
        if (call == null) {
            throw new BadInput("problem.badRequest");
        }
        return evaluations.allocation(call).lines();
    }

    @Override
    protected String fileName(Map<String, String> filters) {
        return "allocation-" + filters.getOrDefault("call", "").replaceAll("[^A-Za-z0-9-]", "");
    }

    /** rank, acronym, total, outcome, reason, override's reason, grants, gaps: 770 points in the PDF. */
    @Override
    protected List<Column<AllocationView.Line>> columns(Locale reader) {
        return List.of(
                Column.of("ranking.column.rank", 35, AllocationView.Line::rank, line -> String.valueOf(line.rank())),
                Column.text("ranking.column.acronym", 75, AllocationView.Line::acronym),
                Column.of("ranking.column.total", 50, AllocationView.Line::total,
                        line -> CallEvaluationPage.score(reader, line.total())),
                Column.text("allocation.column.outcome", 70,
                        line -> Texts.of(reader, "CommonPot.Outcome." + line.outcome())),
                Column.text("allocation.column.reason", 110, line -> Texts.of(reader, "CommonPot.Reason." + line.reason())
                        + (line.overrideReason() == null ? "" : " — " + line.overrideReason())),
                Column.text("allocation.column.grants", 250, line -> line.grants().stream()
                        .map(grant -> AllocationWords.grant(reader, formats, grant)).collect(Collectors.joining("; "))),
                Column.text("allocation.column.gaps", 180, line -> line.gaps().stream()
                        .map(gap -> AllocationWords.gap(reader, formats, line, gap)).collect(Collectors.joining("; "))));
    }
}

package org.scicoop.secretariat.web.project;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import org.scicoop.secretariat.platform.boundary.PageRequest;
import org.scicoop.secretariat.project.boundary.ProjectService;
import org.scicoop.secretariat.project.boundary.ProjectSummary;
import org.scicoop.secretariat.reference.entity.Country;
import org.scicoop.secretariat.web.platform.ExportServlet;
import org.scicoop.secretariat.web.platform.Texts;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The portfolio as a file ({@link ExportServlet}): its filters {@code overdue}, {@code due}, {@code country},
 * {@code call}, {@code state}, {@code text}; national contacts get their country's projects (the service decides).
 */
@WebServlet("/app/projects/export")
public class ProjectsExportServlet extends ExportServlet<ProjectSummary> {

    @Inject
    ProjectService projects;

    public ProjectsExportServlet() {
        super(PortfolioView.FILTERS, "portfolio.filter.",
                new Titles("portfolio.title", "portfolio.title", "portfolio.empty"));
    }

    @Override
    protected List<ProjectSummary> rows(Map<String, String> filters) {
        return projects.export(new PageRequest(0, 1, "acronym", true, filters));
    }

    @Override
    protected String fileName(Map<String, String> filters) {
        return "projects" + (filters.containsKey("call") ? "-" + filters.get("call").replaceAll("[^A-Za-z0-9-]", "") : "");
    }

    /**
     * project, title, call, state, start, end, milestones, accepted, overdue, next due, coordinator, countries: 770
     * points in the PDF; spreadsheets also have the countries' codes.
     */
    @Override
    protected List<Column<ProjectSummary>> columns(Locale reader) {
        return List.of(
                Column.text("projects.column.acronym", 65, ProjectSummary::acronym),
                Column.text("portfolio.column.title", 130, ProjectSummary::title),
                Column.text("projects.column.call", 80, ProjectSummary::callCode),
                Column.text("projects.column.state", 50, row -> Texts.of(reader, "ProjectState." + row.state())),
                Column.of("portfolio.column.start", 55, ProjectSummary::startDate, row -> formats.date(row.startDate())),
                Column.of("portfolio.column.end", 55, ProjectSummary::endDate, row -> formats.date(row.endDate())),
                Column.of("projects.column.milestones", 45, ProjectSummary::milestones,
                        row -> String.valueOf(row.milestones())),
                Column.of("portfolio.column.accepted", 45, ProjectSummary::accepted,
                        row -> String.valueOf(row.accepted())),
                Column.of("portfolio.column.overdue", 45, ProjectSummary::overdue, row -> String.valueOf(row.overdue())),
                Column.of("portfolio.column.nextDue", 60, ProjectSummary::nextDue, row -> formats.date(row.nextDue())),
                Column.text("projects.column.coordinator", 65, ProjectSummary::coordinatorName),
                Column.text("portfolio.column.countries", 75, row -> row.countries().stream()
                        .map(code -> Country.displayName(code, code, reader)).collect(Collectors.joining(", "))),
                Column.codes("portfolio.column.countryCodes", ProjectSummary::countries));
    }

    @Override
    protected String shownFilter(String name, String value, Locale reader) {
        return switch (name) {
            case "state" -> Texts.of(reader, "ProjectState." + value);
            case "country" -> Country.displayName(value.toUpperCase(Locale.ROOT), value, reader);
            case "overdue" -> Texts.of(reader, "portfolio.filter.overdue.yes");
            case "due" -> Texts.of(reader, "portfolio.filter.due.yes");
            default -> value;
        };
    }
}

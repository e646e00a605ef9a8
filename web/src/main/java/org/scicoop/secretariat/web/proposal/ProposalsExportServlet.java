package org.scicoop.secretariat.web.proposal;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import org.scicoop.secretariat.platform.boundary.PageRequest;
import org.scicoop.secretariat.proposal.boundary.ProposalService;
import org.scicoop.secretariat.proposal.boundary.ProposalSummary;
import org.scicoop.secretariat.reference.boundary.ReferenceDataService;
import org.scicoop.secretariat.reference.entity.Country;
import org.scicoop.secretariat.web.platform.ExportServlet;
import org.scicoop.secretariat.web.platform.Texts;
import org.scicoop.secretariat.web.reference.ThemeNames;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The secretariat's list of proposals as a file ({@link ExportServlet}): the list's filters
 * {@code call}, {@code status}, {@code country}, {@code theme}, {@code text}; national contacts get
 * only their country's submitted proposals (the service decides). Requests in euros are plain numbers
 * in CSV and Excel, money in the PDF.
 */
@WebServlet("/app/proposals/export")
public class ProposalsExportServlet extends ExportServlet<ProposalSummary> {

    @Inject
    ProposalService proposals;

    @Inject
    ReferenceDataService referenceData;

    public ProposalsExportServlet() {
        super(ProposalsListView.FILTERS, "proposals.filter.",
                new Titles("proposals.list.title", "proposals.list.title", "proposals.list.empty"));
    }

    @Override
    protected List<ProposalSummary> rows(Map<String, String> filters) {
        return proposals.export(new PageRequest(0, 1, "acronym", true, filters));
    }

    @Override
    protected String fileName(Map<String, String> filters) {
        return "proposals" + (filters.containsKey("call") ? "-" + filters.get("call").replaceAll("[^A-Za-z0-9-]", "") : "");
    }

    /**
     * acronym, title, call, status, coordinator (by name), partners, countries (by name), requested, submitted: 770
     * points in the PDF; spreadsheets also have the countries' codes.
     */
    @Override
    protected List<Column<ProposalSummary>> columns(Locale reader) {
        return List.of(
                Column.text("proposals.column.acronym", 70, ProposalSummary::acronym),
                Column.text("proposals.column.title", 150, ProposalSummary::title),
                Column.text("proposals.column.call", 90, ProposalSummary::callCode),
                Column.text("proposals.column.status", 62, row -> Texts.of(reader, "ProposalStatus." + row.status())),
                Column.text("proposals.column.coordinator", 65, ProposalSummary::coordinatorName),
                Column.of("proposals.column.partners", 58, ProposalSummary::partners,
                        row -> String.valueOf(row.partners())),
                Column.text("proposals.column.countries", 75, row -> row.countries().stream()
                        .map(code -> Country.displayName(code, code, reader)).collect(Collectors.joining(", "))),
                Column.of("proposals.column.requested", 90, ProposalSummary::requestedEur,
                        row -> row.requestedEur() == null ? "" : formats.money(row.requestedEur(), "EUR")),
                Column.text("proposals.column.submittedAt", 110, row -> formats.instant(row.submittedAt())),
                Column.codes("proposals.column.countryCodes", ProposalSummary::countries));
    }

    @Override
    protected String shownFilter(String name, String value, Locale reader) {
        return switch (name) {
            case "status" -> Texts.of(reader, "ProposalStatus." + value);
            case "country" -> Country.displayName(value.toUpperCase(Locale.ROOT), value, reader);
            case "theme" -> ThemeNames.of(referenceData, reader).apply(value);
            default -> value;
        };
    }
}

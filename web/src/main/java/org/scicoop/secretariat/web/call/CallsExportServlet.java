package org.scicoop.secretariat.web.call;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import org.scicoop.secretariat.call.boundary.CallService;
import org.scicoop.secretariat.call.boundary.CallSummary;
import org.scicoop.secretariat.platform.boundary.PageRequest;
import org.scicoop.secretariat.reference.boundary.ReferenceDataService;
import org.scicoop.secretariat.web.platform.ExportServlet;
import org.scicoop.secretariat.web.platform.Texts;
import org.scicoop.secretariat.web.reference.ThemeNames;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The officers' list of calls as a file ({@link ExportServlet}): the list's filters {@code status},
 * {@code theme}, {@code year}, {@code text}; states and themes in the reader's language.
 */
@WebServlet("/app/calls/export")
public class CallsExportServlet extends ExportServlet<CallSummary> {

    @Inject
    CallService calls;

    @Inject
    ReferenceDataService referenceData;

    public CallsExportServlet() {
        super(List.of("status", "theme", "year", "text"), "calls.filter.",
                new Titles("calls.list.title", "calls.public.title", "calls.list.empty"));
    }

    @Override
    protected List<CallSummary> rows(Map<String, String> filters) {
        return calls.export(new PageRequest(0, 1, null, true, filters));
    }

    @Override
    protected String fileName(Map<String, String> filters) {
        return "calls";
    }

    /**
     * code, title, state, opens, deadline, themes (770 points in the PDF), all in the reader's language; spreadsheets
     * also have the themes' codes.
     */
    @Override
    protected List<Column<CallSummary>> columns(Locale reader) {
        ThemeNames themes = ThemeNames.of(referenceData, reader);
        return List.of(
                Column.text("calls.column.code", 105, CallSummary::code),
                Column.text("calls.column.title", 250, CallSummary::title),
                Column.text("calls.filter.status", 60, call -> Texts.of(reader, "CallState." + call.state())),
                Column.text("call.opens", 120, call -> formats.instant(call.opensAt())),
                Column.text("call.deadline", 120, call -> formats.instant(call.deadline())),
                Column.text("calls.filter.theme", 115,
                        call -> call.themes().stream().map(themes).collect(Collectors.joining(", "))),
                Column.codes("calls.column.themeCodes", CallSummary::themes));
    }

    @Override
    protected String shownFilter(String name, String value, Locale reader) {
        return switch (name) {
            case "status" -> Texts.of(reader, "CallStatus." + value);
            case "theme" -> ThemeNames.of(referenceData, reader).apply(value);
            default -> value;
        };
    }
}

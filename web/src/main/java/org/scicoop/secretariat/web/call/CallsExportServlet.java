package org.scicoop.secretariat.web.call;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.scicoop.secretariat.call.boundary.CallService;
import org.scicoop.secretariat.call.boundary.CallSummary;
import org.scicoop.secretariat.platform.boundary.PageRequest;
import org.scicoop.secretariat.reference.boundary.ReferenceDataService;
import org.scicoop.secretariat.reference.boundary.ThemeView;
import org.scicoop.secretariat.web.i18n.LocaleBean;
import org.scicoop.secretariat.web.platform.Cells;
import org.scicoop.secretariat.web.platform.Formats;
import org.scicoop.secretariat.web.platform.Texts;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The officers' list of calls as a file: every row the filters select, not just the page shown.
 * {@code ?format=csv|xlsx|pdf} and the list's filters ({@code status}, {@code theme}, {@code year},
 * {@code text}). Texts in the reader's language, times in their zone, formulas neutralised; the PDF
 * ({@link CallsPdf}) also names the themes in the reader's language and says which filters made it.
 */
@WebServlet("/app/calls/export")
public class CallsExportServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(CallsExportServlet.class.getName());

    private static final Map<String, String> FILTER_LABELS = Map.of("status", "calls.filter.status",
            "theme", "calls.filter.theme", "year", "calls.filter.year", "text", "calls.filter.text");

    private static final String[] COLUMNS = {"calls.column.code", "calls.column.title", "calls.filter.status",
            "call.opens", "call.deadline", "calls.filter.theme"};

    @Inject
    CallService calls;

    @Inject
    LocaleBean locale;

    @Inject
    Formats formats;

    @Inject
    ReferenceDataService referenceData;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, String> filters = new HashMap<>();
        for (String name : List.of("status", "theme", "year", "text")) {
            String value = request.getParameter(name);
            if (value != null && !value.isBlank()) {
                filters.put(name, value);
            }
        }
        String format = request.getParameter("format") == null ? "csv" : request.getParameter("format");
        if (!List.of("csv", "xlsx", "pdf").contains(format)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Locale reader = locale.getLocale();
        List<CallSummary> rows;
        try {
            rows = calls.export(new PageRequest(0, 1, null, true, filters));
        } catch (IllegalArgumentException | jakarta.ejb.EJBException invalid) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        String name = "calls-" + LocalDate.now() + "." + format;
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        if (format.equals("csv")) {
            response.setContentType("text/csv;charset=UTF-8");
            writeCsv(rows, reader, response);
        } else if (format.equals("xlsx")) {
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            writeXlsx(rows, reader, response);
        } else {
            response.setContentType("application/pdf");
            try {
                writePdf(rows, filters, reader, response);
            } catch (CallsPdf.FontUnavailable missing) {
                // nothing is written before the whole PDF is laid out, so the answer can still change
                LOG.log(Level.SEVERE, missing.getMessage());
                response.setHeader("Content-Disposition", null);
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                response.setContentType("text/plain;charset=UTF-8");
                response.getWriter().println(Texts.of(reader, "calls.export.pdf.unavailable"));
            }
        }
    }

    private void writePdf(List<CallSummary> rows, Map<String, String> filters, Locale reader,
                          HttpServletResponse response) throws IOException {
        Map<String, ThemeView> themes = referenceData.thematicAreas().stream()
                .collect(Collectors.toMap(ThemeView::code, Function.identity()));
        Function<String, String> themeName = code -> themes.containsKey(code) ? themes.get(code).name(reader) : code;
        List<String> applied = new ArrayList<>();
        for (String name : List.of("status", "theme", "year", "text")) {
            String value = filters.get(name);
            if (value != null) {
                String shown = switch (name) {
                    case "status" -> Texts.of(reader, "CallStatus." + value);
                    case "theme" -> themeName.apply(value);
                    default -> value;
                };
                applied.add(Texts.of(reader, "calls.pdf.filter", Texts.of(reader, FILTER_LABELS.get(name)), shown));
            }
        }
        CallsPdf.Heading heading = new CallsPdf.Heading(reader.toLanguageTag(),
                Texts.of(reader, "calls.public.title"),
                applied.isEmpty() ? Texts.of(reader, "calls.pdf.noFilter")
                        : Texts.of(reader, "calls.pdf.filters", String.join(" · ", applied)),
                Texts.of(reader, "calls.pdf.generated", formats.instant(Instant.now())),
                List.of(headers(reader)), Texts.of(reader, "calls.list.empty"),
                (page, pages) -> Texts.of(reader, "calls.pdf.page", String.valueOf(page), String.valueOf(pages)));
        Iterator<String[]> cells = rows.stream().map(call -> {
            String[] values = cells(call, reader);
            values[5] = call.themes().stream().map(themeName).collect(Collectors.joining(", "));
            return values;
        }).iterator();
        CallsPdf.fromEnvironment().write(heading, cells, response.getOutputStream());
    }

    private String[] cells(CallSummary call, Locale reader) {
        return new String[]{call.code(), call.title(), Texts.of(reader, "CallStatus." + call.status()),
                formats.instant(call.opensAt()), formats.instant(call.deadline()), String.join(", ", call.themes())};
    }

    private void writeCsv(List<CallSummary> rows, Locale reader, HttpServletResponse response) throws IOException {
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write('\uFEFF'); // spreadsheet programs then read the file as UTF-8 (Chinese titles included)
        out.write(line(headers(reader)));
        for (CallSummary call : rows) {
            out.write(line(cells(call, reader)));
        }
        out.flush();
    }

    private static String line(String[] values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            line.append(i == 0 ? "" : ",").append(Cells.csv(values[i]));
        }
        return line.append("\r\n").toString();
    }

    private static String[] headers(Locale reader) {
        String[] headers = new String[COLUMNS.length];
        for (int i = 0; i < COLUMNS.length; i++) {
            headers[i] = Texts.of(reader, COLUMNS[i]);
        }
        return headers;
    }

    private void writeXlsx(List<CallSummary> rows, Locale reader, HttpServletResponse response) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(Texts.of(reader, "calls.list.title"));
            Font bold = workbook.createFont();
            bold.setBold(true);
            var headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            Row header = sheet.createRow(0);
            String[] titles = headers(reader);
            for (int i = 0; i < titles.length; i++) {
                header.createCell(i).setCellValue(titles[i]);
                header.getCell(i).setCellStyle(headerStyle);
            }
            int index = 1;
            for (CallSummary call : rows) {
                Row row = sheet.createRow(index++);
                String[] values = cells(call, reader);
                for (int i = 0; i < values.length; i++) {
                    row.createCell(i).setCellValue(Cells.safe(values[i]));
                }
            }
            workbook.write(response.getOutputStream());
            workbook.dispose();
        }
    }
}

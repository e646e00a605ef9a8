package org.scicoop.secretariat.web.proposal;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.scicoop.secretariat.platform.boundary.PageRequest;
import org.scicoop.secretariat.proposal.boundary.ProposalService;
import org.scicoop.secretariat.proposal.boundary.ProposalSummary;
import org.scicoop.secretariat.reference.boundary.ReferenceDataService;
import org.scicoop.secretariat.reference.boundary.ThemeView;
import org.scicoop.secretariat.reference.entity.Country;
import org.scicoop.secretariat.web.call.CallsPdf;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The secretariat's list of proposals as a file: every row the filters select ({@code call},
 * {@code status}, {@code country}, {@code theme}, {@code text}), not just the page shown, and only
 * what the reader may see (the service restricts national contacts to their country's submitted
 * proposals). {@code ?format=csv|xlsx|pdf}; texts in the reader's language, times in their zone,
 * formulas neutralised; requests in euros as plain numbers in CSV and Excel, as money in the PDF.
 */
@WebServlet("/app/proposals/export")
public class ProposalsExportServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(ProposalsExportServlet.class.getName());

    private static final Map<String, String> FILTER_LABELS = Map.of("call", "proposals.filter.call",
            "status", "proposals.filter.status", "country", "proposals.filter.country",
            "theme", "proposals.filter.theme", "text", "proposals.filter.text");

    static final String[] COLUMNS = {"proposals.column.acronym", "proposals.column.title", "proposals.column.call",
            "proposals.column.status", "proposals.column.coordinator", "proposals.column.partners",
            "proposals.column.countries", "proposals.column.requested", "proposals.column.submittedAt"};

    /** acronym, title, call, status, coordinator, partners, countries, requested, submitted: 770 points. */
    private static final float[] PDF_WIDTHS = {70, 150, 90, 62, 65, 58, 75, 90, 110};

    @Inject
    ProposalService proposals;

    @Inject
    LocaleBean locale;

    @Inject
    Formats formats;

    @Inject
    ReferenceDataService referenceData;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, String> filters = new LinkedHashMap<>();
        for (String name : ProposalsListView.FILTERS) {
            String value = request.getParameter(name);
            if (value != null && !value.isBlank()) {
                filters.put(name, value.trim());
            }
        }
        String format = request.getParameter("format") == null ? "csv" : request.getParameter("format");
        if (!List.of("csv", "xlsx", "pdf").contains(format)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Locale reader = locale.getLocale();
        List<ProposalSummary> rows;
        try {
            rows = proposals.export(new PageRequest(0, 1, "acronym", true, filters));
        } catch (EJBAccessException refused) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (IllegalArgumentException | EJBException invalid) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        String name = "proposals-" + (filters.containsKey("call") ? filters.get("call").replaceAll("[^A-Za-z0-9-]", "") + "-" : "")
                + LocalDate.now() + "." + format;
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

    private void writePdf(List<ProposalSummary> rows, Map<String, String> filters, Locale reader,
                          HttpServletResponse response) throws IOException {
        List<String> applied = new ArrayList<>();
        for (Map.Entry<String, String> filter : filters.entrySet()) {
            String value = filter.getValue();
            String shown = switch (filter.getKey()) {
                case "status" -> Texts.of(reader, "ProposalStatus." + value);
                case "country" -> Country.displayName(value.toUpperCase(Locale.ROOT), value, reader);
                case "theme" -> themeName(value, reader);
                default -> value;
            };
            applied.add(Texts.of(reader, "calls.pdf.filter", Texts.of(reader, FILTER_LABELS.get(filter.getKey())),
                    shown));
        }
        CallsPdf.Heading heading = new CallsPdf.Heading(reader.toLanguageTag(),
                Texts.of(reader, "proposals.list.title"),
                applied.isEmpty() ? Texts.of(reader, "calls.pdf.noFilter")
                        : Texts.of(reader, "calls.pdf.filters", String.join(" · ", applied)),
                Texts.of(reader, "calls.pdf.generated", formats.instant(Instant.now())),
                List.of(headers(reader)), Texts.of(reader, "proposals.list.empty"),
                (page, pages) -> Texts.of(reader, "calls.pdf.page", String.valueOf(page), String.valueOf(pages)));
        CallsPdf.fromEnvironment().write(heading, PDF_WIDTHS, rows.stream().map(row -> {
            String[] values = cells(row, reader);
            values[7] = row.requestedEur() == null ? "" : formats.money(row.requestedEur(), "EUR");
            return values;
        }).iterator(), response.getOutputStream());
    }

    private String themeName(String code, Locale reader) {
        return referenceData.thematicAreas().stream().filter(t -> t.code().equals(code)).findFirst()
                .map(t -> t.name(reader)).orElse(code);
    }

    private String[] cells(ProposalSummary row, Locale reader) {
        return new String[]{row.acronym(), row.title() == null ? "" : row.title(), row.callCode(),
                Texts.of(reader, "ProposalStatus." + row.status()), row.coordinator(), String.valueOf(row.partners()),
                String.join(", ", row.countries()),
                row.requestedEur() == null ? "" : row.requestedEur().toPlainString(),
                formats.instant(row.submittedAt())};
    }

    private void writeCsv(List<ProposalSummary> rows, Locale reader, HttpServletResponse response) throws IOException {
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write('\uFEFF'); // spreadsheet programs then read the file as UTF-8 (Chinese titles included)
        out.write(line(headers(reader)));
        for (ProposalSummary row : rows) {
            out.write(line(cells(row, reader)));
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

    private void writeXlsx(List<ProposalSummary> rows, Locale reader, HttpServletResponse response)
            throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(Texts.of(reader, "proposals.list.title"));
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
            for (ProposalSummary summary : rows) {
                Row row = sheet.createRow(index++);
                String[] values = cells(summary, reader);
                for (int i = 0; i < values.length; i++) {
                    if (i == 5) {
                        row.createCell(i).setCellValue(summary.partners());
                    } else if (i == 7 && summary.requestedEur() != null) {
                        row.createCell(i).setCellValue(summary.requestedEur().doubleValue());
                    } else {
                        row.createCell(i).setCellValue(Cells.safe(values[i]));
                    }
                }
            }
            workbook.write(response.getOutputStream());
            workbook.dispose();
        }
    }
}

package org.scicoop.secretariat.web.platform;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.scicoop.secretariat.platform.boundary.BadInput;
import org.scicoop.secretariat.platform.boundary.NotFound;
import org.scicoop.secretariat.platform.control.SecurityLog;
import org.scicoop.secretariat.web.i18n.LocaleBean;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The one way a list becomes a file: {@code ?format=csv|xlsx|pdf} (csv when absent) and the list's
 * own filters; every row the filters select, not just the page shown, and only what the reader may
 * see (the service decides). A component's export says which filters it takes, which rows they
 * select, and its columns; this class does the rest the same way for every list:
 * <ul>
 * <li>the file is {@code <name>-<date>.<format>}, as an attachment;</li>
 * <li>CSV in UTF-8 with a byte-order mark (spreadsheets then read Chinese titles), Excel with a bold
 * header row; both with texts made formula-safe ({@link Cells}) and numbers as numbers;</li>
 * <li>PDF ({@link ListPdf}) with a title, the filters applied in words, when it was made, and the
 * columns' texts as the reader reads them (money, names in their language); a missing font is a 503
 * with a sentence in the reader's language, never a PDF with blank glyphs;</li>
 * <li>a refused caller is a 403, a filter the service refuses a 400, what is not there (or not for this reader) a
 * 404.</li>
 * </ul>
 *
 * @param <R> a row as the service returns it
 */
public abstract class ExportServlet<R> extends HttpServlet {

    private static final List<String> FORMATS = List.of("csv", "xlsx", "pdf");

    /**
     * A column: its header (a bundle key), its width in the PDF (the widths of a list's PDF columns together
     * 770 points; 0 for a column only spreadsheets have), the value a spreadsheet holds (a text, a number, or
     * null) and, when it differs, the text the PDF shows. Every text is in the reader's language (states, themes,
     * countries by their names); codes, where a spreadsheet keeps them, are a column of their own.
     */
    public record Column<R>(String header, float pdfWidth, Function<R, ?> value, Function<R, String> shown) {

        /** A column of texts, the same in every format. */
        public static <R> Column<R> text(String header, float pdfWidth, Function<R, String> text) {
            return new Column<>(header, pdfWidth, text, text);
        }

        /** A column whose spreadsheet value ({@code value}) is shown otherwise in the PDF ({@code shown}). */
        public static <R> Column<R> of(String header, float pdfWidth, Function<R, ?> value, Function<R, String> shown) {
            return new Column<>(header, pdfWidth, value, shown);
        }

        /** Codes beside their names (themes, countries), for spreadsheets that sort or look up by them; not in the PDF. */
        public static <R> Column<R> codes(String header, Function<R, ? extends Collection<String>> codes) {
            Function<R, String> joined = row -> String.join(", ", codes.apply(row));
            return new Column<>(header, 0, joined, joined);
        }

        boolean inPdf() {
            return pdfWidth > 0;
        }
    }

    /** Bundle keys of the file's texts: the sheet's name, the PDF's title, what the PDF says when no row matches. */
    public record Titles(String sheet, String pdfTitle, String empty) {
    }

    @Inject
    protected LocaleBean locale;

    @Inject
    protected Formats formats;

    private final List<String> filterNames;
    private final String filterLabels;
    private final Titles titles;

    /**
     * @param filterNames  the request parameters that filter the list, in the order the PDF names them
     * @param filterLabels the prefix of their labels' bundle keys ({@code calls.filter.} + name)
     */
    protected ExportServlet(List<String> filterNames, String filterLabels, Titles titles) {
        this.filterNames = List.copyOf(filterNames);
        this.filterLabels = filterLabels;
        this.titles = titles;
    }

    /** The rows {@code filters} select (names as given to the constructor, values stripped, blanks left out). */
    protected abstract List<R> rows(Map<String, String> filters);

    /** The file's name before its date, e.g. {@code calls}. */
    protected abstract String fileName(Map<String, String> filters);

    /** The columns, in the reader's language and formats. */
    protected abstract List<Column<R>> columns(Locale reader);

    /**
     * The columns for these rows: by default {@link #columns(Locale)}; a list whose columns depend on what it holds
     * (a ranking's criteria) answers them from its rows.
     */
    protected List<Column<R>> columns(Locale reader, List<R> rows) {
        return columns(reader);
    }

    /** A filter's value as the PDF names it (a status, a theme or a country in words); by default as typed. */
    protected String shownFilter(String name, String value, Locale reader) {
        return value;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, String> filters = new LinkedHashMap<>();
        for (String name : filterNames) {
            String value = request.getParameter(name);
            if (value != null && !value.isBlank()) {
                filters.put(name, value.strip());
            }
        }
        String format = request.getParameter("format") == null ? "csv" : request.getParameter("format");
        if (!FORMATS.contains(format)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        List<R> rows;
        try {
            rows = rows(filters);
        } catch (EJBAccessException refused) {
            Refusals.refused(request.getRemoteUser(), "export " + request.getRequestURI(), 403, refused);
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (NotFound unknown) {
            Refusals.refused(request.getRemoteUser(), "export " + request.getRequestURI(), 404, unknown);
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (IllegalArgumentException | BadInput invalid) {
            Refusals.refused(request.getRemoteUser(), "export " + request.getRequestURI(), 400, invalid);
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        } catch (EJBException invalid) {
            if (DatabaseOutage.causes(invalid)) {
                throw invalid; // PageFailures answers the styled 503 page
            }
            Refusals.caught(request.getRemoteUser(), "export " + request.getRequestURI(), invalid);
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Locale reader = locale.getLocale();
        List<Column<R>> columns = columns(reader, rows);
        String name = fileName(filters) + "-" + LocalDate.now() + "." + format;
        Map<String, Object> exported = new LinkedHashMap<>();
        exported.put("list", request.getRequestURI());
        exported.put("format", format);
        exported.put("rows", rows.size());
        exported.put("filters", filters);
        SecurityLog.info("export", request.getRemoteUser(), exported);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        switch (format) {
            case "csv" -> {
                response.setContentType("text/csv;charset=UTF-8");
                writeCsv(rows, columns, reader, response);
            }
            case "xlsx" -> {
                response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                writeXlsx(rows, columns, reader, response);
            }
            default -> {
                response.setContentType("application/pdf");
                writePdf(rows, columns, filters, reader, response);
            }
        }
    }

    private static <R> String[] headers(List<Column<R>> columns, Locale reader) {
        return columns.stream().map(column -> Texts.of(reader, column.header())).toArray(String[]::new);
    }

    /** A spreadsheet value as text: numbers without grouping or exponent, nothing as empty. */
    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }

    private void writeCsv(List<R> rows, List<Column<R>> columns, Locale reader, HttpServletResponse response)
            throws IOException {
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write('\uFEFF'); // spreadsheet programs then read the file as UTF-8 (Chinese titles included)
        out.write(line(headers(columns, reader)));
        for (R row : rows) {
            out.write(line(columns.stream().map(column -> text(column.value().apply(row))).toArray(String[]::new)));
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

    private void writeXlsx(List<R> rows, List<Column<R>> columns, Locale reader, HttpServletResponse response)
            throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(Texts.of(reader, titles.sheet()));
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            Row header = sheet.createRow(0);
            String[] titles = headers(columns, reader);
            for (int i = 0; i < titles.length; i++) {
                header.createCell(i).setCellValue(titles[i]);
                header.getCell(i).setCellStyle(headerStyle);
            }
            int index = 1;
            for (R item : rows) {
                Row row = sheet.createRow(index++);
                for (int i = 0; i < columns.size(); i++) {
                    Object value = columns.get(i).value().apply(item);
                    if (value instanceof Number number) {
                        row.createCell(i).setCellValue(number.doubleValue());
                    } else {
                        row.createCell(i).setCellValue(Cells.safe(text(value)));
                    }
                }
            }
            workbook.write(response.getOutputStream());
            workbook.dispose();
        }
    }

    private void writePdf(List<R> rows, List<Column<R>> allColumns, Map<String, String> filters, Locale reader,
                          HttpServletResponse response) throws IOException {
        List<Column<R>> columns = allColumns.stream().filter(Column::inPdf).toList();
        List<String> applied = new ArrayList<>();
        filters.forEach((name, value) -> applied.add(Texts.of(reader, "calls.pdf.filter",
                Texts.of(reader, filterLabels + name), shownFilter(name, value, reader))));
        ListPdf.Heading heading = new ListPdf.Heading(reader.toLanguageTag(), Texts.of(reader, titles.pdfTitle()),
                applied.isEmpty() ? Texts.of(reader, "calls.pdf.noFilter")
                        : Texts.of(reader, "calls.pdf.filters", String.join(" · ", applied)),
                Texts.of(reader, "calls.pdf.generated", formats.instant(Instant.now())),
                List.of(headers(columns, reader)), Texts.of(reader, titles.empty()),
                (page, pages) -> Texts.of(reader, "calls.pdf.page", String.valueOf(page), String.valueOf(pages)));
        float[] widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = columns.get(i).pdfWidth();
        }
        try {
            ListPdf.fromEnvironment().write(heading, widths, rows.stream()
                    .map(row -> columns.stream().map(column -> column.shown().apply(row)).toArray(String[]::new))
                    .iterator(), response.getOutputStream());
        } catch (PdfFonts.Unavailable missing) {
            // nothing is written before the whole PDF is laid out, so the answer can still change
            response.setHeader("Content-Disposition", null);
            missing.answer(response, reader);
        }
    }
}

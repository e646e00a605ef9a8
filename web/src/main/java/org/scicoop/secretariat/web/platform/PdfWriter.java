package org.scicoop.secretariat.web.platform;

import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Iterator;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The one way the application lays out a PDF (list exports, receipts): pages of one set-up, texts
 * wrapped to the width they have, tables whose rows break over pages and whose header row repeats
 * on every page, "page x of y" at the foot. Texts arrive in the reader's language; this class only
 * places them, with the embedded fonts of {@link PdfFonts}.
 *
 * <p>Page content goes to a temporary file and table rows are read from an iterator, so a list of
 * 10,000 rows is neither held twice nor kept as PDF in memory.
 */
public final class PdfWriter {

    /** A page set-up: size, margins, room kept for the page number, and the table text's size. */
    public record Page(PDRectangle size, float margin, float footer, float textSize, float leading, float padding) {

        /** Landscape A4 for wide lists: 770 points between the margins. */
        public static final Page LANDSCAPE = new Page(new PDRectangle(PDRectangle.A4.getHeight(),
                PDRectangle.A4.getWidth()), 36, 24, 9, 11.5f, 3);

        /** Portrait A4 for a document read as a letter (a receipt). */
        public static final Page PORTRAIT = new Page(PDRectangle.A4, 50, 0, 10, 14, 3);
    }

    /**
     * The document's title and language (its metadata) and, when not null, the words of its page
     * numbers ({@code (page, pages) -> "Page 1 of 3"}).
     */
    public record Info(String title, String language, BiFunction<Integer, Integer, String> pageNumber) {
    }

    /** A table: the columns' widths in points (together at most {@link #width()}) and its header row, if any. */
    public record Table(float[] widths, List<String> header) {
    }

    /** What a document says, laid out top to bottom on the writer. */
    @FunctionalInterface
    public interface Content {
        void layOut(PdfWriter pdf) throws IOException;
    }

    private final PDDocument document;
    private final PdfFonts.Embedded fonts;
    private final Page setUp;
    private PDPageContentStream page;
    private float y;

    private PdfWriter(PDDocument document, PdfFonts.Embedded fonts, Page setUp) {
        this.document = document;
        this.fonts = fonts;
        this.setUp = setUp;
    }

    /** Writes the document {@code content} lays out to {@code out}, which stays open. */
    public static void write(PdfFonts fonts, Page setUp, Info info, Content content, OutputStream out)
            throws IOException {
        List<Closeable> opened = new ArrayList<>();
        try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            PdfWriter writer = new PdfWriter(document, fonts.embed(document, opened), setUp);
            try {
                writer.newPage();
                content.layOut(writer);
            } finally {
                if (writer.page != null) {
                    writer.page.close();
                }
            }
            if (info.pageNumber() != null) {
                writer.numberPages(info.pageNumber());
            }
            document.getDocumentInformation().setTitle(info.title());
            document.getDocumentInformation().setCreationDate(Calendar.getInstance());
            document.getDocumentCatalog().setLanguage(info.language());
            document.save(out);
        } finally {
            for (Closeable closeable : opened) {
                closeable.close();
            }
        }
    }

    /** The width between the margins. */
    public float width() {
        return setUp.size().getWidth() - 2 * setUp.margin();
    }

    /** A text across the page at {@code size} points, wrapped, going on to a new page when one is full. */
    public void text(String text, float size) throws IOException {
        for (String line : wrap(text, width(), size)) {
            float height = size * 1.3f;
            room(height);
            y -= height;
            draw(page, line, setUp.margin(), y, size);
        }
    }

    /** A text across the page at the set-up's size. */
    public void text(String text) throws IOException {
        text(text, setUp.textSize());
    }

    public void space(float points) {
        y -= points;
    }

    /**
     * The table's header row (shaded), then one row per element of {@code rows} (one cell per
     * column, text wrapped inside its cell), a thin rule under each; a row that does not fit goes on
     * to a new page, which starts with the header row again.
     */
    public void table(Table table, Iterator<String[]> rows) throws IOException {
        boolean header = table.header() != null && !table.header().isEmpty();
        if (header) {
            headerRow(table);
        }
        while (rows.hasNext()) {
            List<List<String>> cells = cells(table.widths(), rows.next());
            if (!fits(height(cells))) {
                newPage();
                if (header) {
                    headerRow(table);
                }
            }
            cellsAt(table.widths(), cells);
        }
    }

    private void newPage() throws IOException {
        if (page != null) {
            page.close();
        }
        PDPage next = new PDPage(setUp.size());
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        y = setUp.size().getHeight() - setUp.margin();
    }

    private boolean fits(float height) {
        return y - height >= setUp.margin() + setUp.footer();
    }

    private void room(float height) throws IOException {
        if (!fits(height)) {
            newPage();
        }
    }

    private void headerRow(Table table) throws IOException {
        List<List<String>> cells = cells(table.widths(), table.header().toArray(String[]::new));
        float height = height(cells);
        room(height);
        page.setNonStrokingColor(0.9f, 0.92f, 0.95f);
        page.addRect(setUp.margin(), y - height, sum(table.widths()), height);
        page.fill();
        page.setNonStrokingColor(0f, 0f, 0f);
        cellsAt(table.widths(), cells);
    }

    private List<List<String>> cells(float[] widths, String[] values) throws IOException {
        List<List<String>> cells = new ArrayList<>();
        for (int i = 0; i < widths.length; i++) {
            cells.add(wrap(i < values.length ? values[i] : "", widths[i] - 2 * setUp.padding(), setUp.textSize()));
        }
        return cells;
    }

    private float height(List<List<String>> cells) {
        int lines = cells.stream().mapToInt(List::size).max().orElse(1);
        return lines * setUp.leading() + 2 * setUp.padding();
    }

    private void cellsAt(float[] widths, List<List<String>> cells) throws IOException {
        float height = height(cells);
        float x = setUp.margin();
        for (int i = 0; i < cells.size(); i++) {
            float baseline = y - setUp.padding() - setUp.textSize();
            for (String line : cells.get(i)) {
                draw(page, line, x + setUp.padding(), baseline, setUp.textSize());
                baseline -= setUp.leading();
            }
            x += widths[i];
        }
        y -= height;
        page.setStrokingColor(0.75f, 0.75f, 0.75f);
        page.setLineWidth(0.5f);
        page.moveTo(setUp.margin(), y);
        page.lineTo(setUp.margin() + sum(widths), y);
        page.stroke();
    }

    private static float sum(float[] widths) {
        float sum = 0;
        for (float width : widths) {
            sum += width;
        }
        return sum;
    }

    private void draw(PDPageContentStream stream, String text, float x, float baseline, float size)
            throws IOException {
        if (text.isEmpty()) {
            return;
        }
        stream.beginText();
        stream.newLineAtOffset(x, baseline);
        for (PdfFonts.Run run : fonts.runs(text)) {
            stream.setFont(run.font(), size);
            stream.showText(run.text());
        }
        stream.endText();
    }

    /** Lines no wider than {@code width}: broken at spaces, or between any two characters (CJK). */
    private List<String> wrap(String text, float width, float size) throws IOException {
        List<String> lines = new ArrayList<>();
        String clean = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        float limit = width / size * 1000;
        int lastSpace = -1;
        for (int cp : clean.codePoints().toArray()) {
            float advance = fonts.advance(cp);
            if (!line.isEmpty() && lineWidth + advance > limit) {
                if (cp == ' ') {
                    lines.add(line.toString());
                    line.setLength(0);
                    lineWidth = 0;
                    lastSpace = -1;
                    continue;
                }
                if (lastSpace > 0) {
                    lines.add(line.substring(0, lastSpace));
                    line.delete(0, lastSpace + 1);
                    lineWidth = fonts.width(line.toString(), 1000);
                } else {
                    lines.add(line.toString());
                    line.setLength(0);
                    lineWidth = 0;
                }
                lastSpace = -1;
            }
            if (cp == ' ') {
                lastSpace = line.length();
            }
            line.appendCodePoint(cp);
            lineWidth += advance;
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private void numberPages(BiFunction<Integer, Integer, String> pageNumber) throws IOException {
        int count = document.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            String text = pageNumber.apply(i + 1, count);
            try (PDPageContentStream stream = new PDPageContentStream(document, document.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                float x = setUp.size().getWidth() - setUp.margin() - fonts.width(text, setUp.textSize());
                draw(stream, text, x, setUp.margin(), setUp.textSize());
            }
        }
    }
}

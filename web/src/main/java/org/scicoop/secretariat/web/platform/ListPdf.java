package org.scicoop.secretariat.web.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A list as a landscape A4 PDF (the exports of {@link ExportServlet}): a heading (title, the filters
 * that made it, when it was made), the table of rows with its header row on every page, a sentence
 * when there is no row, "page x of y" at the foot.
 */
public final class ListPdf {

    /** Everything around the rows, already in the reader's language. */
    public record Heading(String language, String title, String filters, String generated, List<String> headers,
                          String empty, BiFunction<Integer, Integer, String> pageNumber) {
    }

    private static final float TITLE_SIZE = 15;

    private final PdfFonts fonts;

    public ListPdf(PdfFonts fonts) {
        this.fonts = fonts;
    }

    /** With the fonts {@link PdfFonts#VARIABLE} names. */
    public static ListPdf fromEnvironment() {
        return new ListPdf(PdfFonts.fromEnvironment());
    }

    /**
     * Writes the table of {@code rows} (one cell per header) to {@code out}, which stays open;
     * {@code widths} are the columns' widths in points, together the page's 770 between its margins.
     */
    public void write(Heading heading, float[] widths, Iterator<String[]> rows, OutputStream out) throws IOException {
        PdfWriter.Info info = new PdfWriter.Info(heading.title(), heading.language(), heading.pageNumber());
        PdfWriter.write(fonts, PdfWriter.Page.LANDSCAPE, info, pdf -> {
            pdf.text(heading.title(), TITLE_SIZE);
            pdf.space(4);
            pdf.text(heading.filters());
            pdf.text(heading.generated());
            pdf.space(8);
            boolean empty = !rows.hasNext();
            pdf.table(new PdfWriter.Table(widths.clone(), heading.headers()), rows);
            if (empty) {
                pdf.text(heading.empty());
            }
        }, out);
    }
}

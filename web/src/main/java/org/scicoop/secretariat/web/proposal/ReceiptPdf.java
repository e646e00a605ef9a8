package org.scicoop.secretariat.web.proposal;

import org.scicoop.secretariat.web.platform.PdfFonts;
import org.scicoop.secretariat.web.platform.PdfWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * A submission receipt as a portrait A4 PDF, one page or more: a title, labelled values (receipt
 * number, proposal, call, version, time in UTC…), the partners, and a closing note. Texts arrive in
 * the reader's language; {@link PdfWriter} lays them out with the application's fonts.
 */
public final class ReceiptPdf {

    /** What the receipt says: a title, label–value lines, and a table of partners (one row of cells each). */
    public record Receipt(String language, String title, List<String[]> values, String partnersTitle,
                          List<String> partnerHeaders, List<String[]> partners, String footer) {
    }

    private static final float TITLE_SIZE = 18;
    private static final float SUBTITLE_SIZE = 13;
    private static final float FOOTER_SIZE = 9;
    private static final float LABEL_WIDTH = 150;
    /** organisation, country, funding, requested: the 495 points between the margins. */
    private static final float[] PARTNER_WIDTHS = {190, 110, 120, 75};

    private final PdfFonts fonts;

    public ReceiptPdf(PdfFonts fonts) {
        this.fonts = fonts;
    }

    public static ReceiptPdf fromEnvironment() {
        return new ReceiptPdf(PdfFonts.fromEnvironment());
    }

    public void write(Receipt receipt, OutputStream out) throws IOException {
        PdfWriter.write(fonts, PdfWriter.Page.PORTRAIT, new PdfWriter.Info(receipt.title(), receipt.language(), null),
                pdf -> {
                    pdf.text(receipt.title(), TITLE_SIZE);
                    pdf.space(12);
                    pdf.table(new PdfWriter.Table(new float[]{LABEL_WIDTH, pdf.width() - LABEL_WIDTH}, null),
                            receipt.values().iterator());
                    pdf.space(14);
                    pdf.text(receipt.partnersTitle(), SUBTITLE_SIZE);
                    pdf.space(6);
                    pdf.table(new PdfWriter.Table(PARTNER_WIDTHS, receipt.partnerHeaders()), receipt.partners().iterator());
                    pdf.space(20);
                    pdf.text(receipt.footer(), FOOTER_SIZE);
                }, out);
    }
}

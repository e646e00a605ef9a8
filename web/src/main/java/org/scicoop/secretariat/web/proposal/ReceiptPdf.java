package org.scicoop.secretariat.web.proposal;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.scicoop.secretariat.web.call.CallsPdf;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;

/**
 * A submission receipt as a one-page (or longer) portrait A4 PDF: a title, labelled values (receipt
 * number, proposal, call, version, time in UTC…) and the partners. Texts arrive in the reader's
 * language. Fonts as for the calls' PDF ({@link CallsPdf#FONTS_VARIABLE}): embedded subsets of
 * TrueType fonts, the first drawing Latin and Chinese, the others what it lacks.
 */
public final class ReceiptPdf {

    /** What the receipt says: a title, label–value lines, and a table of partners (one row of cells each). */
    public record Receipt(String language, String title, List<String[]> values, String partnersTitle,
                          List<String> partnerHeaders, List<String[]> partners, String footer) {
    }

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 50;
    private static final float SIZE = 10;
    private static final float LEADING = 14;
    private static final float[] PARTNER_WIDTHS = {190, 110, 120, 75};
    private static final float LABEL_WIDTH = 150;

    private final List<Path> fonts;

    public ReceiptPdf(List<Path> fonts) {
        if (fonts.isEmpty() || !Files.isReadable(fonts.get(0))) {
            throw new CallsPdf.FontUnavailable("The PDF font " + (fonts.isEmpty() ? "(none)" : fonts.get(0))
                    + " is not installed (see " + CallsPdf.FONTS_VARIABLE + ").");
        }
        this.fonts = fonts.stream().filter(Files::isReadable).toList();
    }

    public static ReceiptPdf fromEnvironment() {
        return new ReceiptPdf(CallsPdf.configuredFonts());
    }

    public void write(Receipt receipt, OutputStream out) throws IOException {
        List<Closeable> opened = new ArrayList<>();
        try (PDDocument document = new PDDocument()) {
            List<PDType0Font> loaded = new ArrayList<>();
            List<CmapLookup> lookups = new ArrayList<>();
            for (Path path : fonts) {
                TrueTypeFont font = CallsPdf.open(path, opened);
                loaded.add(PDType0Font.load(document, font, true));
                lookups.add(font.getUnicodeCmapLookup());
            }
            new Writer(document, loaded, lookups).write(receipt);
            document.getDocumentInformation().setTitle(receipt.title());
            document.getDocumentInformation().setCreationDate(Calendar.getInstance());
            document.getDocumentCatalog().setLanguage(receipt.language());
            document.save(out);
        } finally {
            for (Closeable closeable : opened) {
                closeable.close();
            }
        }
    }

    /** Lays the receipt out top to bottom, starting a new page when one is full. */
    private static final class Writer {
        private final PDDocument document;
        private final List<PDType0Font> fonts;
        private final List<CmapLookup> lookups;
        private PDPageContentStream page;
        private float y;

        Writer(PDDocument document, List<PDType0Font> fonts, List<CmapLookup> lookups) {
            this.document = document;
            this.fonts = fonts;
            this.lookups = lookups;
        }

        void write(Receipt receipt) throws IOException {
            try {
                newPage();
                text(receipt.title(), MARGIN, y - 18, 18);
                y -= 40;
                for (String[] value : receipt.values()) {
                    row(new String[]{value[0], value[1]}, new float[]{LABEL_WIDTH, PAGE.getWidth() - 2 * MARGIN - LABEL_WIDTH});
                }
                y -= 14;
                text(receipt.partnersTitle(), MARGIN, y - 13, 13);
                y -= 24;
                row(receipt.partnerHeaders().toArray(String[]::new), PARTNER_WIDTHS);
                rule();
                for (String[] partner : receipt.partners()) {
                    row(partner, PARTNER_WIDTHS);
                }
                y -= 20;
                for (String line : wrap(receipt.footer(), PAGE.getWidth() - 2 * MARGIN, SIZE - 1)) {
                    room(LEADING);
                    text(line, MARGIN, y - SIZE, SIZE - 1);
                    y -= LEADING;
                }
            } finally {
                page.close();
            }
        }

        private void newPage() throws IOException {
            if (page != null) {
                page.close();
            }
            PDPage next = new PDPage(PAGE);
            document.addPage(next);
            page = new PDPageContentStream(document, next);
            y = PAGE.getHeight() - MARGIN;
        }

        private void room(float height) throws IOException {
            if (y - height < MARGIN) {
                newPage();
            }
        }

        private void rule() throws IOException {
            page.setStrokingColor(0.7f, 0.7f, 0.7f);
            page.setLineWidth(0.5f);
            page.moveTo(MARGIN, y + 2);
            page.lineTo(PAGE.getWidth() - MARGIN, y + 2);
            page.stroke();
        }

        private void row(String[] cells, float[] widths) throws IOException {
            List<List<String>> lines = new ArrayList<>();
            int height = 1;
            for (int i = 0; i < widths.length; i++) {
                List<String> wrapped = wrap(i < cells.length ? cells[i] : "", widths[i] - 6, SIZE);
                lines.add(wrapped);
                height = Math.max(height, wrapped.size());
            }
            room(height * LEADING + 4);
            float x = MARGIN;
            for (int i = 0; i < widths.length; i++) {
                float baseline = y - SIZE;
                for (String line : lines.get(i)) {
                    text(line, x, baseline, SIZE);
                    baseline -= LEADING;
                }
                x += widths[i];
            }
            y -= height * LEADING + 4;
        }

        private int font(int codePoint) {
            for (int i = 0; i < lookups.size(); i++) {
                if (lookups.get(i).getGlyphId(codePoint) != 0) {
                    return i;
                }
            }
            return -1;
        }

        private float width(String text, float size) throws IOException {
            float width = 0;
            for (int cp : text.codePoints().toArray()) {
                int font = font(cp);
                width += fonts.get(font < 0 ? Math.max(0, font('?')) : font)
                        .getStringWidth(Character.toString(font < 0 ? '?' : cp));
            }
            return width / 1000 * size;
        }

        /** Draws {@code text} in runs of one font each; characters no font has become "?". */
        private void text(String text, float x, float baseline, float size) throws IOException {
            if (text == null || text.isEmpty()) {
                return;
            }
            page.beginText();
            page.newLineAtOffset(x, baseline);
            StringBuilder run = new StringBuilder();
            int current = -1;
            for (int cp : text.codePoints().toArray()) {
                int font = font(cp);
                if (font < 0) {
                    cp = '?';
                    font = Math.max(0, font(cp));
                }
                if (font != current && !run.isEmpty()) {
                    page.setFont(fonts.get(current), size);
                    page.showText(run.toString());
                    run.setLength(0);
                }
                current = font;
                run.appendCodePoint(cp);
            }
            if (!run.isEmpty()) {
                page.setFont(fonts.get(current), size);
                page.showText(run.toString());
            }
            page.endText();
        }

        /** Lines no wider than {@code width}: broken at spaces, or anywhere in words too long (CJK). */
        private List<String> wrap(String text, float width, float size) throws IOException {
            List<String> lines = new ArrayList<>();
            String rest = text == null ? "" : text.replaceAll("\\s+", " ").strip();
            while (!rest.isEmpty()) {
                if (width(rest, size) <= width) {
                    lines.add(rest);
                    break;
                }
                int end = rest.length();
                while (end > 1 && width(rest.substring(0, end), size) > width) {
                    end--;
                }
                int space = rest.lastIndexOf(' ', end);
                int cut = space > 0 ? space : end;
                lines.add(rest.substring(0, cut).strip());
                rest = rest.substring(cut).strip();
            }
            if (lines.isEmpty()) {
                lines.add("");
            }
            return lines;
        }
    }
}

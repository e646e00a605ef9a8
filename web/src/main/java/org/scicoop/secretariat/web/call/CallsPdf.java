package org.scicoop.secretariat.web.call;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The officers' list of calls as a landscape A4 PDF: a heading (title, filters, when it was made),
 * a table whose header row repeats on every page, text wrapped inside its cells, "page x of y" at
 * the foot. The texts arrive in the reader's language; this class only lays them out.
 *
 * <p>The standard 14 PDF fonts have no Chinese glyphs, so every text is drawn with embedded subsets
 * of TrueType-outline fonts (PDFBox cannot embed the CFF outlines of Noto CJK). The fonts are files
 * named by {@value #FONTS_VARIABLE}: the first must exist and should cover Latin and CJK; the
 * others, when installed, draw the characters the first lacks. A character no font has is drawn as
 * "?", visibly, never as a blank glyph.
 *
 * <p>Rows are read from an iterator and the pages' content goes to a temporary file, so a list of
 * 10,000 calls is neither held twice nor kept as PDF in memory.
 */
public final class CallsPdf {

    public static final String FONTS_VARIABLE = "SECRETARIAT_PDF_FONTS";
    public static final String DEFAULT_FONTS = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
            + File.pathSeparator + "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    /** Everything around the rows, already in the reader's language. */
    public record Heading(String language, String title, String filters, String generated, List<String> headers,
                          String empty, BiFunction<Integer, Integer, String> pageNumber) {
    }

    /** The configured font cannot be used: the export must say so rather than draw blank glyphs. */
    public static class FontUnavailable extends IllegalStateException {
        public FontUnavailable(String message) {
            super(message);
        }
    }

    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 36;
    private static final float FOOTER = 24;
    /** code, title, status, opens, deadline, themes: 770 points, the page between its margins. */
    private static final float[] WIDTHS = {105, 250, 60, 120, 120, 115};
    private static final float SIZE = 9;
    private static final float TITLE_SIZE = 15;
    private static final float LEADING = 11.5f;
    private static final float PADDING = 3;

    private final List<Path> fonts;

    public CallsPdf(List<Path> fonts) {
        if (fonts.isEmpty() || !Files.isReadable(fonts.get(0))) {
            throw new FontUnavailable("The PDF font " + (fonts.isEmpty() ? "(none)" : fonts.get(0))
                    + " is not installed: install the Debian package fonts-wqy-microhei, or name a TrueType font"
                    + " with Chinese glyphs in " + FONTS_VARIABLE + ".");
        }
        this.fonts = fonts.stream().filter(Files::isReadable).toList();
    }

    /** The fonts {@value #FONTS_VARIABLE} names (paths separated as in PATH), else the Debian defaults. */
    public static CallsPdf fromEnvironment() {
        return new CallsPdf(configuredFonts());
    }

    /** The font files {@value #FONTS_VARIABLE} names, else the Debian defaults (every PDF of the application). */
    public static List<Path> configuredFonts() {
        String setting = System.getenv(FONTS_VARIABLE);
        return paths(setting == null || setting.isBlank() ? DEFAULT_FONTS : setting);
    }

    static List<Path> paths(String setting) {
        return Arrays.stream(setting.split(File.pathSeparator)).map(String::strip).filter(s -> !s.isEmpty())
                .map(Path::of).toList();
    }

    /** Writes the table of {@code rows} (one cell per header) to {@code out}, which stays open. */
    public void write(Heading heading, Iterator<String[]> rows, OutputStream out) throws IOException {
        write(heading, WIDTHS, rows, out);
    }

    /**
     * As {@link #write(Heading, Iterator, OutputStream)}, for another table: {@code widths} are the
     * columns' widths in points (one per header), together the page's 770 between its margins.
     */
    public void write(Heading heading, float[] widths, Iterator<String[]> rows, OutputStream out) throws IOException {
        List<TrueTypeFont> files = new ArrayList<>();
        List<Closeable> opened = new ArrayList<>();
        try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            for (Path path : fonts) {
                files.add(open(path, opened));
            }
            Layout layout = new Layout(document, Glyphs.of(document, files), heading, widths.clone());
            layout.write(rows);
            document.getDocumentInformation().setTitle(heading.title());
            document.getDocumentInformation().setCreationDate(Calendar.getInstance());
            document.getDocumentCatalog().setLanguage(heading.language());
            document.save(out);
        } finally {
            for (Closeable closeable : opened) {
                closeable.close();
            }
        }
    }

    /** The font of a .ttf file, or the first of a .ttc collection; refuses what PDFBox cannot embed. */
    public static TrueTypeFont open(Path path, List<Closeable> opened) throws IOException {
        TrueTypeFont font;
        if (path.toString().toLowerCase().endsWith(".ttc")) {
            TrueTypeCollection collection = new TrueTypeCollection(path.toFile());
            opened.add(collection);
            TrueTypeFont[] first = new TrueTypeFont[1];
            collection.processAllFonts(f -> {
                if (first[0] == null) {
                    first[0] = f;
                }
            });
            font = first[0];
        } else {
            font = new TTFParser().parse(new RandomAccessReadBufferedFile(path.toFile()));
            opened.add(font);
        }
        if (font == null || font instanceof OpenTypeFont otf && otf.isPostScript()) {
            throw new FontUnavailable("The PDF font " + path + " has no TrueType outlines (CFF fonts such as"
                    + " Noto CJK cannot be embedded by PDFBox): name a TrueType font in " + FONTS_VARIABLE + ".");
        }
        return font;
    }

    /** Which embedded font draws each character, and how wide it is. */
    private static final class Glyphs {
        private final List<PDType0Font> fonts;
        private final List<CmapLookup> lookups;
        private final Map<Integer, Integer> fontOf = new HashMap<>();
        private final Map<Integer, Float> advances = new HashMap<>();

        private Glyphs(List<PDType0Font> fonts, List<CmapLookup> lookups) {
            this.fonts = fonts;
            this.lookups = lookups;
        }

        static Glyphs of(PDDocument document, List<TrueTypeFont> files) throws IOException {
            List<PDType0Font> fonts = new ArrayList<>();
            List<CmapLookup> lookups = new ArrayList<>();
            for (TrueTypeFont file : files) {
                fonts.add(PDType0Font.load(document, file, true));
                lookups.add(file.getUnicodeCmapLookup());
            }
            return new Glyphs(fonts, lookups);
        }

        /** The index of the first font having the character, or -1. */
        int font(int codePoint) {
            return fontOf.computeIfAbsent(codePoint, cp -> {
                for (int i = 0; i < lookups.size(); i++) {
                    if (lookups.get(i).getGlyphId(cp) != 0) {
                        return i;
                    }
                }
                return -1;
            });
        }

        /** The text split into runs of one font each; characters no font has become "?". */
        List<Run> runs(String text) {
            List<Run> runs = new ArrayList<>();
            StringBuilder run = new StringBuilder();
            int current = -1;
            for (int cp : text.codePoints().toArray()) {
                int font = font(cp);
                if (font < 0) {
                    cp = '?';
                    font = font(cp);
                }
                if (font != current && !run.isEmpty()) {
                    runs.add(new Run(fonts.get(current), run.toString()));
                    run.setLength(0);
                }
                current = font;
                run.appendCodePoint(cp);
            }
            if (!run.isEmpty()) {
                runs.add(new Run(fonts.get(current), run.toString()));
            }
            return runs;
        }

        /** The advance of one character at size 1000 (showText does not kern, so widths add up). */
        float advance(int codePoint) throws IOException {
            Float known = advances.get(codePoint);
            if (known == null) {
                int font = font(codePoint);
                int drawn = font < 0 ? '?' : codePoint;
                known = fonts.get(font < 0 ? font('?') : font).getStringWidth(Character.toString(drawn));
                advances.put(codePoint, known);
            }
            return known;
        }

        float width(String text, float size) throws IOException {
            float width = 0;
            for (int cp : text.codePoints().toArray()) {
                width += advance(cp);
            }
            return width / 1000 * size;
        }

    }

    private record Run(PDType0Font font, String text) {
    }

    /** Places the heading, the header rows and the rows page by page. */
    private static final class Layout {
        private final PDDocument document;
        private final Glyphs glyphs;
        private final Heading heading;
        private final float[] widths;
        private PDPageContentStream page;
        private float y;

        Layout(PDDocument document, Glyphs glyphs, Heading heading, float[] widths) {
            this.document = document;
            this.glyphs = glyphs;
            this.heading = heading;
            this.widths = widths;
        }

        void write(Iterator<String[]> rows) throws IOException {
            try {
                newPage();
                float width = PAGE.getWidth() - 2 * MARGIN;
                line(heading.title(), TITLE_SIZE);
                y -= 4;
                for (String text : List.of(heading.filters(), heading.generated())) {
                    for (String line : wrap(text, width)) {
                        line(line, SIZE);
                    }
                }
                y -= 8;
                headerRow();
                if (!rows.hasNext()) {
                    for (String line : wrap(heading.empty(), width)) {
                        line(line, SIZE);
                    }
                }
                while (rows.hasNext()) {
                    row(rows.next());
                }
            } finally {
                if (page != null) {
                    page.close();
                }
            }
            numberPages();
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

        private void line(String text, float size) throws IOException {
            y -= size * 1.3f;
            draw(text, MARGIN, y, size);
        }

        private void headerRow() throws IOException {
            List<List<String>> cells = cells(heading.headers().toArray(String[]::new));
            float height = height(cells);
            page.setNonStrokingColor(0.9f, 0.92f, 0.95f);
            page.addRect(MARGIN, y - height, PAGE.getWidth() - 2 * MARGIN, height);
            page.fill();
            page.setNonStrokingColor(0f, 0f, 0f);
            cellsAt(cells, height);
        }

        private void row(String[] values) throws IOException {
            List<List<String>> cells = cells(values);
            float height = height(cells);
            if (y - height < MARGIN + FOOTER) {
                newPage();
                headerRow();
            }
            cellsAt(cells, height);
        }

        private List<List<String>> cells(String[] values) throws IOException {
            List<List<String>> cells = new ArrayList<>();
            for (int i = 0; i < widths.length; i++) {
                cells.add(wrap(i < values.length ? values[i] : "", widths[i] - 2 * PADDING));
            }
            return cells;
        }

        private static float height(List<List<String>> cells) {
            int lines = cells.stream().mapToInt(List::size).max().orElse(1);
            return lines * LEADING + 2 * PADDING;
        }

        private void cellsAt(List<List<String>> cells, float height) throws IOException {
            float x = MARGIN;
            for (int i = 0; i < cells.size(); i++) {
                float baseline = y - PADDING - SIZE;
                for (String line : cells.get(i)) {
                    draw(line, x + PADDING, baseline, SIZE);
                    baseline -= LEADING;
                }
                x += widths[i];
            }
            y -= height;
            page.setStrokingColor(0.75f, 0.75f, 0.75f);
            page.setLineWidth(0.5f);
            page.moveTo(MARGIN, y);
            page.lineTo(PAGE.getWidth() - MARGIN, y);
            page.stroke();
        }

        private void draw(String text, float x, float baseline, float size) throws IOException {
            if (text.isEmpty()) {
                return;
            }
            draw(page, text, x, baseline, size);
        }

        private void draw(PDPageContentStream stream, String text, float x, float baseline, float size)
                throws IOException {
            stream.beginText();
            stream.newLineAtOffset(x, baseline);
            for (Run run : glyphs.runs(text)) {
                stream.setFont(run.font(), size);
                stream.showText(run.text());
            }
            stream.endText();
        }

        /** Lines no wider than {@code width}: broken at spaces, or between any two characters (CJK). */
        private List<String> wrap(String text, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            String clean = text == null ? "" : text.replaceAll("\\s+", " ").strip();
            StringBuilder line = new StringBuilder();
            float lineWidth = 0;
            float limit = width / SIZE * 1000;
            int lastSpace = -1;
            for (int cp : clean.codePoints().toArray()) {
                float advance = glyphs.advance(cp);
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
                        lineWidth = glyphs.width(line.toString(), 1000);
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

        private void numberPages() throws IOException {
            int count = document.getNumberOfPages();
            for (int i = 0; i < count; i++) {
                PDPage numbered = document.getPage(i);
                String text = heading.pageNumber().apply(i + 1, count);
                try (PDPageContentStream stream = new PDPageContentStream(document, numbered,
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    float x = PAGE.getWidth() - MARGIN - glyphs.width(text, SIZE);
                    draw(stream, text, x, MARGIN, SIZE);
                }
            }
        }
    }
}

package org.scicoop.secretariat.web.platform;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The fonts of every PDF the application writes ({@link PdfWriter}). The standard 14 PDF fonts have
 * no Chinese glyphs, so every text is drawn with embedded subsets of TrueType-outline fonts (PDFBox
 * cannot embed the CFF outlines of Noto CJK). The fonts are files named by {@value #VARIABLE}: the
 * first must exist and should cover Latin and CJK; the others, when installed, draw the characters
 * the first lacks. A character no font has is drawn as "?", visibly, never as a blank glyph.
 */
public final class PdfFonts {

    public static final String VARIABLE = "SECRETARIAT_PDF_FONTS";
    public static final String DEFAULTS = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
            + File.pathSeparator + "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    /** The configured font cannot be used: a document must say so rather than draw blank glyphs. */
    public static class Unavailable extends IllegalStateException {
        public Unavailable(String message) {
            super(message);
        }

        /**
         * Answers a request for a PDF that cannot be drawn: 503 with a sentence in the reader's
         * language; the log names the font and what to install.
         */
        public void answer(HttpServletResponse response, Locale reader) throws IOException {
            LOG.log(Level.SEVERE, getMessage());
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream().write((Texts.of(reader, "calls.export.pdf.unavailable") + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
    }

    private static final Logger LOG = Logger.getLogger(PdfFonts.class.getName());

    private final List<Path> files;

    /** Refuses a list whose first font is not installed. */
    public PdfFonts(List<Path> files) {
        if (files.isEmpty() || !Files.isReadable(files.get(0))) {
            throw new Unavailable("The PDF font " + (files.isEmpty() ? "(none)" : files.get(0))
                    + " is not installed: install the Debian package fonts-wqy-microhei, or name a TrueType font"
                    + " with Chinese glyphs in " + VARIABLE + ".");
        }
        this.files = files.stream().filter(Files::isReadable).toList();
    }

    /** The fonts {@value #VARIABLE} names (paths separated as in PATH), else the Debian defaults. */
    public static PdfFonts fromEnvironment() {
        String setting = System.getenv(VARIABLE);
        return new PdfFonts(paths(setting == null || setting.isBlank() ? DEFAULTS : setting));
    }

    static List<Path> paths(String setting) {
        return Arrays.stream(setting.split(File.pathSeparator)).map(String::strip).filter(s -> !s.isEmpty())
                .map(Path::of).toList();
    }

    /** Embeds subsets of the fonts in {@code document}; the files opened are added to {@code opened}. */
    Embedded embed(PDDocument document, List<Closeable> opened) throws IOException {
        List<PDType0Font> fonts = new ArrayList<>();
        List<CmapLookup> lookups = new ArrayList<>();
        for (Path path : files) {
            TrueTypeFont file = open(path, opened);
            fonts.add(PDType0Font.load(document, file, true));
            lookups.add(file.getUnicodeCmapLookup());
        }
        return new Embedded(fonts, lookups);
    }

    /** The font of a .ttf file, or the first of a .ttc collection; refuses what PDFBox cannot embed. */
    private static TrueTypeFont open(Path path, List<Closeable> opened) throws IOException {
        TrueTypeFont font;
        if (path.toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
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
            throw new Unavailable("The PDF font " + path + " has no TrueType outlines (CFF fonts such as"
                    + " Noto CJK cannot be embedded by PDFBox): name a TrueType font in " + VARIABLE + ".");
        }
        return font;
    }

    /** A run of text drawn with one font. */
    record Run(PDType0Font font, String text) {
    }

    /** The fonts embedded in one document: which one draws each character, and how wide it is. */
    static final class Embedded {
        private final List<PDType0Font> fonts;
        private final List<CmapLookup> lookups;
        private final Map<Integer, Integer> fontOf = new HashMap<>();
        private final Map<Integer, Float> advances = new HashMap<>();

        private Embedded(List<PDType0Font> fonts, List<CmapLookup> lookups) {
            this.fonts = fonts;
            this.lookups = lookups;
        }

        /** The index of the first font having the character, or -1. */
        private int font(int codePoint) {
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
                    font = Math.max(0, font(cp));
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
                known = fonts.get(font < 0 ? Math.max(0, font('?')) : font).getStringWidth(Character.toString(drawn));
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
}

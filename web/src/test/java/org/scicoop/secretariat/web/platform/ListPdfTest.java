package org.scicoop.secretariat.web.platform;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The list exports' PDF, with the officers' list of calls as the example. */
class ListPdfTest {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final String CHINESE_TITLE = "气候变化与粮食安全联合征集";
    private static final String[] HEADER_KEYS = {"calls.column.code", "calls.column.title", "calls.filter.status",
            "call.opens", "call.deadline", "calls.filter.theme"};
    private static final float[] WIDTHS = {105, 250, 60, 120, 120, 115};

    @Test
    void chineseAndLatinTitlesAreDrawnWithEmbeddedFontsAndReadBackUnchanged() throws IOException {
        List<String[]> rows = List.of(
                row("STI-2027-CLIM-01", CHINESE_TITLE, "气候变化, 粮食安全"),
                row("STI-2027-ENER-01", "Énergie « Sud–Nord » ñ ç ő", "Énergie"),
                row("STI-2027-ROMA-01", "Cercetare în București: ţară și știință", "Sănătate"));

        try (PDDocument pdf = Loader.loadPDF(write(CHINESE, rows))) {
            String text = new PDFTextStripper().getText(pdf);

            assertThat(text).contains(CHINESE_TITLE)
                    .contains("Énergie « Sud–Nord » ñ ç ő")
                    .contains("Cercetare în București: ţară și știință")
                    .contains(Texts.of(CHINESE, "calls.public.title"))
                    .contains("第 1 页，共 1 页");
            for (String key : HEADER_KEYS) {
                assertThat(text).contains(Texts.of(CHINESE, key));
            }
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as("font %s is embedded", font.getName()).isTrue();
                    assertThat(font.getName()).as("fonts are subsets").matches("[A-Z]{6}\\+.*");
                }
            }
            assertThat(drawnWithoutGlyph(pdf)).as("characters drawn with glyph 0 (blank)").isEmpty();
        }
    }

    @Test
    void twoHundredRowsRunOverPagesThatEachRepeatTheHeaderRowAndAreNumbered() throws IOException {
        List<String[]> rows = IntStream.rangeClosed(1, 200)
                .mapToObj(i -> row("STI-2027-R%03d".formatted(i), "Call number " + i + " on oceans " + CHINESE_TITLE,
                        "Climate"))
                .toList();

        try (PDDocument pdf = Loader.loadPDF(write(Locale.ENGLISH, rows))) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThan(2);
            for (int page = 1; page <= pages; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(pdf);
                for (String key : HEADER_KEYS) {
                    assertThat(text).as("page %d repeats the header", page).contains(Texts.of(Locale.ENGLISH, key));
                }
                assertThat(text).contains("Page " + page + " of " + pages);
                assertThat(pdf.getPage(page - 1).getMediaBox().getWidth()).as("landscape")
                        .isGreaterThan(pdf.getPage(page - 1).getMediaBox().getHeight());
            }
            String all = new PDFTextStripper().getText(pdf);
            for (int i = 1; i <= 200; i++) {
                assertThat(all).containsOnlyOnce("STI-2027-R%03d".formatted(i));
            }
        }
    }

    @Test
    void longTextsWrapInsideTheirColumnAndStayOnThePage() throws IOException {
        String longTitle = "A very long English title that cannot fit on one line of its column, followed by "
                + "一个很长的中文标题，需要在单元格内换行才能完整显示，而不会超出页面的右边距".repeat(3);
        List<TextPosition> positions = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(write(Locale.ENGLISH, List.<String[]>of(row("STI-2027-LONG-01", longTitle,
                "Health")), "Filters: " + "Code or title contains: climate and food ".repeat(12)))) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> textPositions) throws IOException {
                    positions.addAll(textPositions);
                    super.writeString(text, textPositions);
                }
            };
            String text = stripper.getText(pdf).replaceAll("\\s+", "");

            assertThat(text).contains(longTitle.replaceAll("\\s+", ""));
            float right = pdf.getPage(0).getMediaBox().getWidth() - 36;
            assertThat(positions).allSatisfy(p -> assertThat(p.getXDirAdj() + p.getWidthDirAdj())
                    .isLessThanOrEqualTo(right + 0.5f));
            long titleLines = positions.stream().filter(p -> p.getUnicode().equals("中"))
                    .map(TextPosition::getYDirAdj).distinct().count();
            assertThat(titleLines).as("the Chinese part wraps onto several lines").isGreaterThan(1);
        }
    }

    @Test
    void aCharacterNoFontHasIsDrawnAsAQuestionMarkNotLeftBlank() throws IOException {
        String unknown = new String(Character.toChars(0x10FFFD));
        try (PDDocument pdf = Loader.loadPDF(write(Locale.ENGLISH, List.<String[]>of(row("STI-2027-X-01",
                "before" + unknown + "after", ""))))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("before?after");
        }
    }

    @Test
    void aMissingFontIsRefusedWithAMessageSayingWhatToInstall() {
        assertThatThrownBy(() -> new PdfFonts(List.of(Path.of("/nowhere/font.ttc"))))
                .isInstanceOf(PdfFonts.Unavailable.class)
                .hasMessageContaining("/nowhere/font.ttc")
                .hasMessageContaining("fonts-wqy-microhei")
                .hasMessageContaining(PdfFonts.VARIABLE);
    }

    @Test
    void aFontWithCffOutlinesIsRefusedRatherThanEmbeddedBlank() {
        ListPdf pdf = new ListPdf(new PdfFonts(List.of(Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"))));

        assertThatThrownBy(() -> pdf.write(heading(Locale.ENGLISH, "Filters: none"), WIDTHS,
                List.<String[]>of().iterator(), new ByteArrayOutputStream()))
                .isInstanceOf(PdfFonts.Unavailable.class)
                .hasMessageContaining("TrueType");
    }

    @Test
    void theFontSettingListsPathsLikePath() {
        assertThat(PdfFonts.paths(" /a/one.ttc:/b/two.ttf: ")).containsExactly(Path.of("/a/one.ttc"),
                Path.of("/b/two.ttf"));
    }

    private static String[] row(String code, String title, String themes) {
        return new String[]{code, title, "开放", "2027-01-01 09:00 (Asia/Shanghai)", "2027-06-30 17:00 (Asia/Shanghai)",
                themes};
    }

    private static byte[] write(Locale locale, List<String[]> rows) throws IOException {
        return write(locale, rows, Texts.of(locale, "calls.pdf.noFilter"));
    }

    private static byte[] write(Locale locale, List<String[]> rows, String filters) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ListPdf.fromEnvironment().write(heading(locale, filters), WIDTHS, rows.iterator(), out);
        return out.toByteArray();
    }

    private static ListPdf.Heading heading(Locale locale, String filters) {
        List<String> headers = new ArrayList<>();
        for (String key : HEADER_KEYS) {
            headers.add(Texts.of(locale, key));
        }
        return new ListPdf.Heading(locale.toLanguageTag(), Texts.of(locale, "calls.public.title"), filters,
                Texts.of(locale, "calls.pdf.generated", "2026-11-29 10:00 (UTC)"), headers,
                Texts.of(locale, "calls.list.empty"),
                (page, pages) -> Texts.of(locale, "calls.pdf.page", String.valueOf(page), String.valueOf(pages)));
    }

    /** Every drawn character whose code maps to glyph 0, the font's "missing" glyph. */
    private static List<String> drawnWithoutGlyph(PDDocument pdf) throws IOException {
        List<String> missing = new ArrayList<>();
        new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                for (TextPosition position : positions) {
                    if (position.getFont() instanceof PDType0Font type0
                            && type0.getDescendantFont() instanceof PDCIDFontType2 cid) {
                        for (int code : position.getCharacterCodes()) {
                            if (cid.codeToGID(code) == 0) {
                                missing.add(position.getUnicode());
                            }
                        }
                    } else {
                        missing.add(position.getUnicode() + " (not a Type 0 TrueType font)");
                    }
                }
            }
        }.getText(pdf);
        return missing;
    }
}

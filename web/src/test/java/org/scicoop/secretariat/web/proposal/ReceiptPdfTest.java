package org.scicoop.secretariat.web.proposal;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReceiptPdfTest {

    @Test
    void theReceiptCarriesItsNumberTimeAndPartnersInAnyScriptWithEmbeddedFonts() throws IOException {
        List<String[]> partners = new ArrayList<>();
        partners.add(new String[]{"Sorbonne Université — Marie Curie", "France", "ANR", "€250,000.00"});
        partners.add(new String[]{"清华大学 — 李华", "中国", "NSFC", "CN¥1,000,000.00"});
        for (int i = 0; i < 60; i++) {
            partners.add(new String[]{"Partner organisation with a rather long name number " + i, "Kenya",
                    "Common fund", "€1.00"});
        }
        ReceiptPdf.Receipt receipt = new ReceiptPdf.Receipt("fr", "Accusé de réception de soumission",
                List.<String[]>of(new String[]{"Numéro", "STI-2026-CLIM-01-P7-V2"},
                        new String[]{"Soumise le (UTC)", "2026-11-29 13:05:09 UTC"}),
                "Partenaires", List.of("Organisme", "Pays", "Source", "Demande"), partners, "Conservez-le.");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReceiptPdf.fromEnvironment().write(receipt, out);

        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("STI-2026-CLIM-01-P7-V2").contains("2026-11-29 13:05:09 UTC")
                    .contains("清华大学 — 李华").contains("Sorbonne Université").contains("number 59")
                    .contains("Conservez-le.");
            assertThat(pdf.getNumberOfPages()).as("long partner lists go on to a new page").isGreaterThan(1);
            for (var page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).isTrue();
                }
            }
        }
    }
}

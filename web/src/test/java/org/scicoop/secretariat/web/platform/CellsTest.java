package org.scicoop.secretariat.web.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CellsTest {

    @Test
    void textThatLooksLikeAFormulaIsKeptAsText() {
        assertThat(Cells.safe("=HYPERLINK(\"http://evil.example\")")).isEqualTo("'=HYPERLINK(\"http://evil.example\")");
        assertThat(Cells.safe("+1")).isEqualTo("'+1");
        assertThat(Cells.safe("-2")).isEqualTo("'-2");
        assertThat(Cells.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Cells.safe("Climate adaptation")).isEqualTo("Climate adaptation");
        assertThat(Cells.safe(null)).isEmpty();
    }

    @Test
    void csvFieldsAreQuotedWhenTheyHoldSeparatorsQuotesOrLineBreaks() {
        assertThat(Cells.csv("Water, health")).isEqualTo("\"Water, health\"");
        assertThat(Cells.csv("the \"One Health\" call")).isEqualTo("\"the \"\"One Health\"\" call\"");
        assertThat(Cells.csv("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(Cells.csv("气候变化")).isEqualTo("气候变化");
    }
}

package org.scicoop.secretariat.platform.rules;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlainTextTest {

    private static void refused(String text, String key) {
        assertThatThrownBy(() -> PlainText.line(text, "call.field.title")).isInstanceOfSatisfying(RuleViolation.class,
                violation -> {
                    assertThat(violation.messageKey()).isEqualTo(key);
                    assertThat(violation.arguments()).containsExactly(new PlainText.Label("call.field.title"));
                });
    }

    @Test
    void textIsComposedAndTrimmedOfSpacesAndInvisibleCharacters() {
        assertThat(PlainText.line("  Cafe\u0301 de l\u2019eau\u200B ", "x")).isEqualTo("Caf\u00e9 de l\u2019eau");
        assertThat(PlainText.line("\u00a0\u3000Tsinghua\u00a0", "x")).isEqualTo("Tsinghua");
        assertThat(PlainText.line("气候变化 与 城市", "x")).isEqualTo("气候变化 与 城市");
        assertThat(PlainText.line("👩‍🔬 lab", "x")).isEqualTo("👩‍🔬 lab");
    }

    @Test
    void blankIsNoText() {
        assertThat(PlainText.line(null, "x")).isNull();
        assertThat(PlainText.line(" \t ", "x")).isNull();
        assertThat(PlainText.line("tab\tseparated", "x")).isEqualTo("tab separated");
    }

    @Test
    void nothingButInvisibleCharactersIsRefused() {
        refused("\u200B\u200B", "rule.text.invisible");
        refused(" \u200C\u2060\uFEFF ", "rule.text.invisible");
        refused("\u3164", "rule.text.invisible");
    }

    @Test
    void controlBidiOverrideAndUnpairedSurrogateCharactersAreRefused() {
        refused("a\u0000b", "rule.text.characters");
        refused("bell\u0007", "rule.text.characters");
        refused("report\u202Efdp.exe", "rule.text.characters");
        refused("\u2066isolated\u2069", "rule.text.characters");
        refused("half \uD800 a pair", "rule.text.characters");
        refused("\uDC00", "rule.text.characters");
        refused("two\nlines", "rule.text.characters");
        refused("not\uFFFFtext", "rule.text.characters");
    }

    @Test
    void paragraphsKeepTheirLineBreaksAndTabs() {
        assertThat(PlainText.paragraphs("First line\r\nSecond\tline\r", "x")).isEqualTo("First line\nSecond\tline");
        assertThatThrownBy(() -> PlainText.paragraphs("a\u000Bb", "x")).isInstanceOf(RuleViolation.class);
    }

    @Test
    void aRequiredTextSaysWhichFieldIsMissing() {
        assertThatThrownBy(() -> PlainText.requiredLine("  ", "call.field.title"))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                    assertThat(violation.messageKey()).isEqualTo("rule.text.required");
                    assertThat(violation.arguments()).containsExactly(new PlainText.Label("call.field.title"));
                });
    }

    /** 2,000 texts, half of any UTF-16 code units, half of the characters that cause trouble (a fixed seed: repeatable). */
    @Test
    void whateverIsTypedIsRefusedOrCleanVisibleComposedText() {
        Random random = new Random(2027);
        for (int i = 0; i < 2000; i++) {
            refusedOrClean(i % 2 == 0 ? anyText(random) : hostileText(random));
        }
    }

    private static String anyText(Random random) {
        StringBuilder text = new StringBuilder();
        for (int length = random.nextInt(31); length > 0; length--) {
            text.append((char) random.nextInt(0x10000));
        }
        return text.toString();
    }

    private static String hostileText(Random random) {
        char[] hostile = {'\u0000', '\u0007', '\n', '\t', '\u200B', '\u202E', '\u2066', '\uD800', '\uDC00', '\uFEFF',
                '\u00A0', ' ', 'e', '\u0301', '中', 'Z', '\u3164', '\uFFFF'};
        StringBuilder text = new StringBuilder();
        for (int length = random.nextInt(13); length > 0; length--) {
            text.append(hostile[random.nextInt(hostile.length)]);
        }
        return text.toString();
    }

    private static void refusedOrClean(String typed) {
        String clean;
        try {
            clean = PlainText.line(typed, "x");
        } catch (RuleViolation refused) {
            assertThat(refused.messageKey()).isIn("rule.text.invisible", "rule.text.characters");
            return;
        }
        if (clean == null) {
            assertThat(typed).isBlank();
            return;
        }
        assertThat(clean).isNotBlank();
        assertThat(Normalizer.isNormalized(clean, Normalizer.Form.NFC)).isTrue();
        assertThat(clean.codePoints()).noneMatch(c -> Character.getType(c) == Character.CONTROL
                || Character.getType(c) == Character.SURROGATE || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069));
        assertThat(PlainText.invisible(clean.codePointAt(0))).isFalse();
        assertThat(PlainText.invisible(clean.codePointBefore(clean.length()))).isFalse();
        assertThat(PlainText.line(clean, "x")).as("cleaning is idempotent").isEqualTo(clean);
    }
}

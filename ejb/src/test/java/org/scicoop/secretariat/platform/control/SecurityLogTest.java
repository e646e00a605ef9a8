package org.scicoop.secretariat.platform.control;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityLogTest {

    @Test
    void anEventIsOneLineOfKeysAndValues() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("proposal", 12L);
        details.put("email", "li.wei@tsinghua.example");

        assertThat(SecurityLog.line("invitation.refused", "member", details))
                .isEqualTo("event=invitation.refused actor=member proposal=12 email=li.wei@tsinghua.example");
    }

    @Test
    void valuesThatCouldForgeAnotherFieldOrLineAreQuotedAndEscaped() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("name", "x actor=admin");
        details.put("note", "first\nevent=forged");
        details.put("quote", "say \"hi\"");

        String line = SecurityLog.line("e", "member", details);

        assertThat(line).doesNotContain("\n")
                .contains("name=\"x actor=admin\"")
                .contains("note=\"first\\nevent=forged\"")
                .contains("quote=\"say \\\"hi\\\"\"");
    }
}

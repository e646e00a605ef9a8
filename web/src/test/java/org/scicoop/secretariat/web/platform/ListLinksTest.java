package org.scicoop.secretariat.web.platform;

import org.junit.jupiter.api.Test;
import org.scicoop.secretariat.project.entity.ProjectState;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ListLinksTest {

    @Test
    void aListsLinkAndExportCarryItsFiltersEncoded() {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("overdue", "true");
        filters.put("text", "soil & water");
        assertThat(ListLinks.link("portfolio.xhtml", filters)).isEqualTo("portfolio.xhtml?overdue=true&text=soil+%26+water");
        assertThat(ListLinks.export("csv", filters)).isEqualTo("export?format=csv&overdue=true&text=soil+%26+water");
        assertThat(ListLinks.link("list.xhtml", Map.of())).isEqualTo("list.xhtml");
    }

    @Test
    void aLinksValuesFilterOnlyWhenKnown() {
        assertThat(ListLinks.countryCode(" ke ")).isEqualTo("KE");
        assertThat(ListLinks.countryCode("Kenya")).isNull();
        assertThat(ListLinks.oneOf(ProjectState.class, "ACTIVE")).isEqualTo("ACTIVE");
        assertThat(ListLinks.oneOf(ProjectState.class, "active")).isNull();
        assertThat(ListLinks.given("  ")).isNull();
        assertThat(ListLinks.given(" STI-1 ")).isEqualTo("STI-1");
        Map<String, String> filters = new LinkedHashMap<>();
        ListLinks.putIfGiven(filters, "call", " ");
        ListLinks.putIfGiven(filters, "text", " x ");
        assertThat(filters).containsExactly(Map.entry("text", "x"));
    }
}

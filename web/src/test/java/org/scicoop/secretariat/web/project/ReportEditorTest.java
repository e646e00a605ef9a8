package org.scicoop.secretariat.web.project;

import org.junit.jupiter.api.Test;
import org.scicoop.secretariat.platform.rules.RuleViolation;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A refusal of the report's service is told beside the input it names, in the form's rows as the reader sees them. */
class ReportEditorTest {

    @Test
    void anOutputsRefusalIsToldAtItsRowLeavingOutEmptyRows() {
        // the form's rows 0 and 2 were sent (row 1 was empty): the command's second output is the form's row 2
        RuleViolation refused = new RuleViolation("rule.project.doiSyntax", "x").at("/outputs/1/link");
        assertThat(ReportEditor.fieldOf(refused, List.of(0, 2))).isEqualTo("report-form:outputs:2:link");
        assertThat(ReportEditor.fieldOf(new RuleViolation("k").at("/outputs/0/title"), List.of(0)))
                .isEqualTo("report-form:outputs:0:title");
    }

    @Test
    void theNarrativesRefusalIsToldAtTheNarrativeAndAnUnplacedOneOnThePage() {
        assertThat(ReportEditor.fieldOf(new RuleViolation("k").at("/narrative"), List.of()))
                .isEqualTo("report-form:narrative");
        assertThat(ReportEditor.fieldOf(new RuleViolation("k"), List.of())).isNull();
    }
}

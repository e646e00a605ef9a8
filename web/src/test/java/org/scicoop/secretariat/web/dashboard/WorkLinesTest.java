package org.scicoop.secretariat.web.dashboard;

import org.junit.jupiter.api.Test;
import org.scicoop.secretariat.platform.boundary.WorkItem;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WorkLinesTest {

    private static final Instant NOW = Instant.parse("2027-03-01T12:00:00Z");

    @Test
    void theSoonestDueComesFirstAndUndatedWorkLast() {
        WorkItem later = item("proposal.draft", "B", NOW.plusSeconds(86_400));
        WorkItem passed = item("proposal.screen", "Z", NOW.minusSeconds(60));
        WorkItem undated = item("call.draft", "A", null);
        WorkItem sameDayOtherSubject = item("proposal.draft", "A", NOW.plusSeconds(86_400));

        assertThat(WorkLines.ordered(List.of(List.of(later, undated), List.of(passed, sameDayOtherSubject))))
                .containsExactly(passed, sameDayOtherSubject, later, undated);
    }

    @Test
    void eachKindLeadsToItsPage() {
        assertThat(WorkLines.link(item("proposal.draft", "42", NOW))).isEqualTo("/app/proposals/proposal.xhtml?id=42");
        assertThat(WorkLines.link(item("proposal.screen", "STI-2027-CLIM-01", NOW)))
                .isEqualTo("/app/proposals/list.xhtml?status=SUBMITTED&call=STI-2027-CLIM-01");
        assertThat(WorkLines.link(item("call.closing", "STI-2027-CLIM-01", NOW)))
                .isEqualTo("/app/calls/view.xhtml?code=STI-2027-CLIM-01");
        assertThat(WorkLines.link(item("evaluation.reviews", "STI-2027-CLIM-01", null)))
                .isEqualTo("/app/evaluation/index.xhtml?call=STI-2027-CLIM-01");
        assertThat(WorkLines.link(item("milestone.due", "7/31", NOW)))
                .isEqualTo("/app/projects/report.xhtml?project=7&milestone=31");
        assertThat(WorkLines.link(item("report.returned", "7/31", NOW)))
                .isEqualTo("/app/projects/report.xhtml?project=7&milestone=31");
        assertThat(WorkLines.link(item("report.review", "7/31", null)))
                .isEqualTo("/app/projects/project.xhtml?id=7#milestone-31");
        assertThatIllegalArgumentException().isThrownBy(() -> WorkLines.link(item("review.due", "1", NOW)));
    }

    @Test
    void eachKindSaysWhatIsToBeDoneAndWhatItsDateIs() throws IOException {
        Properties messages = new Properties();
        try (Reader reader = Files.newBufferedReader(
                Path.of("src/main/resources/org/scicoop/secretariat/web/messages.properties"), StandardCharsets.UTF_8)) {
            messages.load(reader);
        }
        assertThat(WorkLines.kinds()).isNotEmpty().allSatisfy(kind -> assertThat(messages.stringPropertyNames())
                .contains("work." + kind, "work." + kind + ".due"));
    }

    private static WorkItem item(String kind, String subject, Instant due) {
        return new WorkItem(kind, subject, subject, "context", due, null, 1);
    }
}

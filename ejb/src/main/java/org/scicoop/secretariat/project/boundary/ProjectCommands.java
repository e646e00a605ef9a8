package org.scicoop.secretariat.project.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.scicoop.secretariat.project.entity.Milestone;
import org.scicoop.secretariat.project.entity.OutputKind;
import org.scicoop.secretariat.project.entity.Project;
import org.scicoop.secretariat.project.entity.ProjectState;
import org.scicoop.secretariat.project.entity.Report;
import org.scicoop.secretariat.project.entity.ReportOutput;
import org.scicoop.secretariat.proposal.entity.MilestoneKind;

import java.time.LocalDate;
import java.util.List;

/** What callers send to {@link ProjectService}: one record per operation, bounded like every command. */
public final class ProjectCommands {

    private ProjectCommands() {
    }

    /** A new start date; {@code timeZone} (an IANA zone such as {@code Africa/Nairobi}) optional. */
    public record StartDate(@NotNull LocalDate startDate, @Size(max = 64) String timeZone) {
    }

    /** An officer's milestone. */
    public record NewMilestone(@NotBlank @Size(max = 500) String title, @NotNull MilestoneKind kind,
                               @NotNull LocalDate dueDate, Long responsibleId) {
    }

    /** A due date moved, with the reason. */
    public record DueDate(@NotNull LocalDate dueDate, @NotBlank @Size(max = Project.MAX_REASON) String reason) {
    }

    /** Closing a project: {@code COMPLETED} or {@code TERMINATED}, with the reason. */
    public record Closing(@NotNull ProjectState state, @NotBlank @Size(max = Project.MAX_REASON) String reason) {
    }

    /** The report draft: the narrative (HTML, sanitised) and the outputs. */
    public record ReportDraft(@Size(max = 200_000) String narrative,
                              @Size(max = Report.MAX_OUTPUTS) List<@NotNull @Valid Output> outputs) {

        public List<Report.Output> domain() {
            return outputs == null ? List.of()
                    : outputs.stream().map(o -> new Report.Output(o.kind(), o.link(), o.title())).toList();
        }
    }

    public record Output(@NotNull OutputKind kind, @NotBlank @Size(max = ReportOutput.MAX_LINK) String link,
                         @Size(max = 500) String title) {
    }

    /** The officer's comments when returning a report. */
    public record Comments(@NotBlank @Size(max = Report.MAX_COMMENTS) String comments) {
    }

    /** Why a milestone is late. */
    public record LateJustification(@NotBlank @Size(max = Milestone.MAX_JUSTIFICATION) String justification) {
    }
}

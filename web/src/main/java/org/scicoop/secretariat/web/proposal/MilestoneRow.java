package org.scicoop.secretariat.web.proposal;

import jakarta.validation.constraints.Size;
import org.scicoop.secretariat.proposal.boundary.MilestoneCommand;
import org.scicoop.secretariat.proposal.boundary.ProposalView;
import org.scicoop.secretariat.proposal.entity.MilestoneKind;

import java.io.Serializable;

/** A planned milestone as the editor holds it; {@code responsible} is the partner's position in the list. */
public class MilestoneRow implements Serializable {

    @Size(max = 300)
    private String title;
    private Integer dueMonth;
    private MilestoneKind kind = MilestoneKind.DELIVERABLE;
    private Integer responsible;

    static MilestoneRow of(ProposalView.MilestoneView view) {
        MilestoneRow row = new MilestoneRow();
        row.title = view.title();
        row.dueMonth = view.dueMonth();
        row.kind = view.kind();
        row.responsible = view.responsible();
        return row;
    }

    /**
     * What the service takes. A row still without a title or month is sent with placeholders the
     * service refuses, so incomplete rows are left out by the page rather than sent.
     */
    MilestoneCommand command() {
        return new MilestoneCommand(title.strip(), dueMonth, kind, responsible);
    }

    boolean isComplete() {
        return title != null && !title.isBlank() && dueMonth != null && dueMonth >= 1 && dueMonth <= 120
                && kind != null;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Integer getDueMonth() {
        return dueMonth;
    }

    public void setDueMonth(Integer dueMonth) {
        this.dueMonth = dueMonth;
    }

    public MilestoneKind getKind() {
        return kind;
    }

    public void setKind(MilestoneKind kind) {
        this.kind = kind;
    }

    public Integer getResponsible() {
        return responsible;
    }

    public void setResponsible(Integer responsible) {
        this.responsible = responsible;
    }
}

package org.scicoop.secretariat.web.proposal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.scicoop.secretariat.proposal.boundary.MilestoneCommand;
import org.scicoop.secretariat.proposal.boundary.ProposalView;
import org.scicoop.secretariat.proposal.entity.MilestoneKind;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The milestones step of the proposal page: the planned milestones as the coordinator types them,
 * each with the partner responsible for it (by position in the partners' list).
 */
@Named
@ViewScoped
public class ProposalMilestones implements Serializable {

    @Inject
    ProposalPage page;

    private final List<MilestoneRow> rows = new ArrayList<>();

    /** Fills the step from the proposal as the server has it. */
    void show(List<ProposalView.MilestoneView> milestones) {
        rows.clear();
        milestones.forEach(m -> rows.add(MilestoneRow.of(m)));
    }

    /** The complete rows, as the service takes them (a row still being typed is left out). */
    List<MilestoneCommand> commands() {
        return rows.stream().filter(MilestoneRow::isComplete).map(MilestoneRow::command).toList();
    }

    /**
     * The row of the milestone at {@code position} among those the service took (incomplete rows are left out of
     * the live check, so the rules count only the complete ones); the position itself when there is no such row.
     */
    int rowOf(int position) {
        int complete = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).isComplete() && ++complete == position) {
                return i;
            }
        }
        return position;
    }

    /** The position of the first row still incomplete, or -1. */
    int firstIncomplete() {
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).isComplete()) {
                return i;
            }
        }
        return -1;
    }

    /** The partner at {@code index} was removed: its milestones have nobody responsible, later partners move up. */
    void partnerRemoved(int index) {
        for (MilestoneRow milestone : rows) {
            Integer responsible = milestone.getResponsible();
            if (responsible != null && responsible == index) {
                milestone.setResponsible(null);
            } else if (responsible != null && responsible > index) {
                milestone.setResponsible(responsible - 1);
            }
        }
    }

    public void add() {
        MilestoneRow row = new MilestoneRow();
        row.setResponsible(0);
        rows.add(row);
    }

    public void remove(MilestoneRow row) {
        rows.remove(row);
        page.check();
    }

    public List<MilestoneRow> getRows() {
        return rows;
    }

    public MilestoneKind[] getKinds() {
        return MilestoneKind.values();
    }
}

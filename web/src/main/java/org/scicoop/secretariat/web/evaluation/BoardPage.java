package org.scicoop.secretariat.web.evaluation;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.scicoop.secretariat.evaluation.boundary.BoardView;
import org.scicoop.secretariat.platform.boundary.NotFound;
import org.scicoop.secretariat.platform.rules.RuleViolation;
import org.scicoop.secretariat.reference.boundary.ReferenceDataService;
import org.scicoop.secretariat.web.platform.Messages;
import org.scicoop.secretariat.web.reference.ThemeNames;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The assignment board of a call ({@code /app/evaluation/board.xhtml?call=}, where the conflict e-mail leads):
 * proposals with their reviewers (declaration, review, flags, conflicts and their reasons), how many each still
 * misses, the pool with each expert's load; "Suggest", assigning an expert by hand and taking an assignment back.
 */
@Named
@ViewScoped
public class BoardPage extends CallEvaluationPage {

    @Inject
    ReferenceDataService referenceData;

    private BoardView board;
    private Long proposal;
    private String expert;

    @Override
    void read() {
        board = evaluations.board(getCall());
    }

    public BoardView getBoard() {
        return board;
    }

    /** The board's status line ("every proposal has its reviewers", or how many reviews miss one) says the result. */
    public void suggest() {
        act(() -> evaluations.suggest(getCall()));
    }

    public void assign() {
        if (proposal == null || expert == null) {
            Messages.error("board.assign.choose");
            return;
        }
        if (act(() -> evaluations.assign(getCall(), proposal, expert))) {
            Messages.info("board.assigned", nameOf(expert), acronymOf(proposal));
            expert = null;
        }
    }

    public void unassign(BoardView.Row row, BoardView.Seat seat) {
        if (act(() -> evaluations.unassign(getCall(), seat.assignmentId()))) {
            Messages.info("board.unassigned", seat.reviewerName(), row.acronym());
        }
    }

    private boolean act(Supplier<BoardView> action) {
        try {
            board = action.get();
            refresh();
            return true;
        } catch (RuleViolation | NotFound refused) {
            return Messages.refused(refused);
        } catch (EJBException invalid) {
            return Messages.invalid(invalid, "board.invalid");
        }
    }

    private String nameOf(String username) {
        return board.experts().stream().filter(e -> e.username().equals(username)).map(BoardView.Expert::name)
                .findFirst().orElse(username);
    }

    private String acronymOf(long id) {
        return board.rows().stream().filter(r -> r.proposalId() == id).map(BoardView.Row::acronym).findFirst()
                .orElse(String.valueOf(id));
    }


    /** An expert's themes in the reader's language. */
    public String themes(Set<String> codes) {
        var names = ThemeNames.of(referenceData, reader());
        return codes.stream().map(names).sorted().collect(Collectors.joining(", "));
    }

    /** An expert's load as a share of the call's maximum, for the bar beside it. */
    public int loadPercent(BoardView.Expert expert) {
        return board.maxLoad() == 0 ? 0 : Math.min(100, Math.round(100f * expert.load() / board.maxLoad()));
    }

    /** Reviews the board still misses across its proposals. */
    public int getMissing() {
        return board.rows().stream().mapToInt(BoardView.Row::missing).sum();
    }

    public List<BoardView.Row> getRows() {
        return board.rows();
    }

    public Long getProposal() {
        return proposal;
    }

    public void setProposal(Long proposal) {
        this.proposal = proposal;
    }

    public String getExpert() {
        return expert;
    }

    public void setExpert(String expert) {
        this.expert = expert;
    }
}

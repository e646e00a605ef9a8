package org.scicoop.secretariat.web.evaluation;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.scicoop.secretariat.evaluation.boundary.BoardView;
import org.scicoop.secretariat.evaluation.boundary.ConsensusCommand;
import org.scicoop.secretariat.evaluation.boundary.ConsensusView;
import org.scicoop.secretariat.person.boundary.PersonService;
import org.scicoop.secretariat.platform.boundary.ConcurrentChange;
import org.scicoop.secretariat.platform.boundary.NotFound;
import org.scicoop.secretariat.platform.rules.RuleViolation;
import org.scicoop.secretariat.web.platform.Formats;
import org.scicoop.secretariat.web.platform.Messages;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The consensus of one proposal ({@code /app/evaluation/consensus.xhtml?call=&proposal=}; without a proposal the
 * first): the submitted reviews beside each other per criterion, the criteria where reviewers differ by more than
 * 1.5 flagged, and the officer's consensus (a score per criterion in half points, the report), saved with the
 * version read — someone else's save in between is said (who, when) and never overwritten unseen: the form keeps what
 * this officer typed, and saving again replaces theirs. Previous and next proposal.
 */
@Named
@ViewScoped
public class ConsensusPage extends CallEvaluationPage {

    /** The scores a consensus may give: 0 to 5 in half points, as the select offers them. */
    private static final List<String> SCORES = List.of("0", "0.5", "1", "1.5", "2", "2.5", "3", "3.5", "4", "4.5", "5");

    /** The score of one criterion in the form, as one of {@link #SCORES} (null: not given yet). */
    public static final class ScoreRow implements Serializable {
        private final String code;
        private String score;

        ScoreRow(String code, String score) {
            this.code = code;
            this.score = score;
        }

        public String getCode() {
            return code;
        }

        public String getScore() {
            return score;
        }

        public void setScore(String score) {
            this.score = score;
        }
    }

    @Inject
    PersonService persons;

    @Inject
    Formats formats;

    private String proposal;
    private List<Long> order;
    private List<String> acronyms;
    private ConsensusView consensus;
    private List<ScoreRow> scores;
    private String report;

    @Override
    void read() {
        List<BoardView.Row> rows = evaluations.board(getCall()).rows();
        order = rows.stream().map(BoardView.Row::proposalId).toList();
        acronyms = rows.stream().map(BoardView.Row::acronym).toList();
        if (order.isEmpty()) {
            return;
        }
        long id = proposal != null && proposal.matches("\\d{1,18}") ? Long.parseLong(proposal) : -1;
        if (proposal != null && !order.contains(id)) {
            throw new NotFound("proposal " + proposal);
        }
        show(id < 0 ? order.get(0) : id);
    }

    private void show(long id) {
        consensus = evaluations.consensus(getCall(), id);
        scores = new ArrayList<>();
        for (int i = 0; i < consensus.criteria().size(); i++) {
            BigDecimal set = i < consensus.consensus().size() ? consensus.consensus().get(i) : null;
            scores.add(new ScoreRow(consensus.criteria().get(i).code(),
                    set == null ? null : set.stripTrailingZeros().toPlainString()));
        }
        report = consensus.report();
    }

    /** Saves the consensus; a score missing is said beside its criterion, a change by someone else on the page. */
    public void save() {
        List<BigDecimal> values = new ArrayList<>();
        boolean complete = true;
        for (int i = 0; i < scores.size(); i++) {
            String score = scores.get(i).getScore();
            if (score == null || !SCORES.contains(score)) {
                Messages.refusedAt("consensus-form:scores:" + i + ":score",
                        new RuleViolation("rule.evaluation.scoreEveryCriterion"));
                complete = false;
            } else {
                values.add(new BigDecimal(score));
            }
        }
        if (report == null || report.isBlank()) {
            Messages.refusedAt("consensus-form:report", new RuleViolation("rule.consensus.reportNeeded"));
            complete = false;
        }
        if (!complete) {
            return;
        }
        try {
            consensus = evaluations.setConsensus(getCall(), consensus.proposalId(), consensus.version(),
                    new ConsensusCommand(values, report.strip()));
            refresh();
            Messages.info("consensus.saved", consensus.acronym());
        } catch (ConcurrentChange changed) {
            // someone else saved it meanwhile: what they saved is read (and its version), what this officer typed stays
            consensus = evaluations.consensus(getCall(), consensus.proposalId());
            Messages.error("consensus.concurrentChange", getSetBy(), formats.instant(consensus.setAt()));
        } catch (RuleViolation | NotFound refused) {
            Messages.refused(refused);
        } catch (EJBException invalid) {
            Messages.invalid(invalid, "consensus.invalid");
        }
    }

    /** The proposal before this one on the board (null for the first). */
    public Long getPrevious() {
        int at = order.indexOf(consensus.proposalId());
        return at > 0 ? order.get(at - 1) : null;
    }

    public Long getNext() {
        int at = order.indexOf(consensus.proposalId());
        return at >= 0 && at < order.size() - 1 ? order.get(at + 1) : null;
    }

    public String acronym(Long id) {
        return id == null ? "" : acronyms.get(order.indexOf(id));
    }

    /** Where this proposal stands among the call's: "2 of 7". */
    public int getPosition() {
        return order.indexOf(consensus.proposalId()) + 1;
    }

    public int getCount() {
        return order.size();
    }

    public List<String> getScoreChoices() {
        return SCORES;
    }

    /** A choice of the score select in the reader's number format. */
    public String scoreLabel(String score) {
        return score(new BigDecimal(score));
    }

    /** The names of who set the consensus (people by name). */
    public String getSetBy() {
        String username = consensus.setBy();
        return username == null ? null : persons.names(Set.of(username)).getOrDefault(username, username);
    }

    public ConsensusView getConsensus() {
        return consensus;
    }

    public List<ScoreRow> getScores() {
        return scores;
    }

    public String getReport() {
        return report;
    }

    public void setReport(String report) {
        this.report = report;
    }

    public String getProposal() {
        return proposal;
    }

    public void setProposal(String proposal) {
        this.proposal = proposal;
    }
}

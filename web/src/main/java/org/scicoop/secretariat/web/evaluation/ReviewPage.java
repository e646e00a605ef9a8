package org.scicoop.secretariat.web.evaluation;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.scicoop.secretariat.evaluation.boundary.ReviewService;
import org.scicoop.secretariat.evaluation.boundary.ReviewView;
import org.scicoop.secretariat.evaluation.boundary.ScoresCommand;
import org.scicoop.secretariat.platform.boundary.NotFound;
import org.scicoop.secretariat.proposal.boundary.ProposalService;
import org.scicoop.secretariat.proposal.boundary.ProposalView;
import org.scicoop.secretariat.web.i18n.LocaleBean;
import org.scicoop.secretariat.web.platform.Messages;
import org.scicoop.secretariat.web.platform.Pages;
import org.scicoop.secretariat.web.proposal.ProposalPreview;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * One review ({@code /app/reviews/review.xhtml?id=}): before the declaration the proposal's acronym, title, call and
 * partners' organisations and the declaration itself (no conflict opens the proposal; a conflict, with its reason,
 * hands the assignment back); after it the proposal's preview and the score form (a score per criterion in half
 * points, a comment), saved as a draft, submitted, reopened until the consensus — as the service's rights allow.
 */
@Named
@ViewScoped
public class ReviewPage implements Serializable {

    /** The scores a reviewer may give: 0 to 5 in half points (the select cannot hold anything else). */
    private static final List<BigDecimal> SCORES = IntStream.rangeClosed(0, 10)
            .mapToObj(half -> BigDecimal.valueOf(half, 0).divide(BigDecimal.valueOf(2)).stripTrailingZeros())
            .toList();

    @Inject
    ReviewService reviews;

    @Inject
    ProposalService proposals;

    @Inject
    LocaleBean locale;

    private Long id;
    private ReviewView review;
    private ProposalView proposal;
    private transient ProposalPreview preview;
    private List<ReviewForm> form = List.of();
    private boolean declaringConflict;
    private String conflictReason;

    public void load() throws IOException {
        if (review != null) {
            return;
        }
        try {
            if (id == null) {
                throw new NotFound("assignment");
            }
            show(reviews.get(id));
        } catch (NotFound unknown) {
            Pages.notFound("assignment");
        }
    }

    private void show(ReviewView current) {
        review = current;
        proposal = current.rights().mayReadProposal() ? proposals.get(current.proposalId()) : null;
        preview = null;
        List<ReviewForm> rows = new ArrayList<>();
        for (ReviewView.Entry entry : current.entries()) {
            rows.add(new ReviewForm(entry.criterion(), entry.threshold(), key(entry.score()), entry.comment()));
        }
        form = rows;
    }

    // ---------------------------------------------------------------- the declaration

    public void declareNoConflict() {
        act(() -> reviews.declare(id, review.version(), false, null, locale.getLanguageTag()), "review.declared",
                null);
    }

    /** Shows the conflict's reason field. */
    public void startConflict() {
        declaringConflict = true;
    }

    public void cancelConflict() {
        declaringConflict = false;
        conflictReason = null;
    }

    public void declareConflict() {
        if (act(() -> reviews.declare(id, review.version(), true, conflictReason, locale.getLanguageTag()),
                "review.handedBack", "review-form:conflict-reason")) {
            declaringConflict = false;
        }
    }

    // ---------------------------------------------------------------- scores

    public void save() {
        act(() -> reviews.save(id, review.version(), command()), "review.saved", null);
    }

    public void submit() {
        act(() -> reviews.submit(id, review.version(), command()), "review.submittedMessage", null);
    }

    public void reopen() {
        act(() -> reviews.reopen(id, review.version()), "review.reopened", null);
    }

    /** Reads the review again, as the server has it now (after someone else's change in another tab). */
    public void reload() {
        show(reviews.get(id));
    }

    private ScoresCommand command() {
        return new ScoresCommand(form.stream()
                .map(row -> new ScoresCommand.Entry(row.getScore() == null ? null : new BigDecimal(row.getScore()),
                        row.getComment()))
                .toList());
    }

    /** Runs a change; shows the result, or the refusal beside {@code field} (null: the page's summary). */
    private boolean act(Supplier<ReviewView> change, String done, String field) {
        return Messages.change(change, this::show, done, field, "review.invalid");
    }

    // ---------------------------------------------------------------- what the page shows

    /** The scores to choose from, as the reader writes numbers (3.5, 3,5). */
    public List<SelectItem> getScores() {
        NumberFormat format = NumberFormat.getNumberInstance(locale.getLocale());
        format.setMinimumFractionDigits(1);
        return SCORES.stream().map(score -> new SelectItem(key(score), format.format(score))).toList();
    }

    /** A score as the select names it ("3.5", "4"), whatever scale it was stored with. */
    private static String key(BigDecimal score) {
        return score == null ? null : score.stripTrailingZeros().toPlainString();
    }

    public ProposalPreview getPreview() {
        if (preview == null && proposal != null) {
            preview = new ProposalPreview(proposal, locale.getLocale());
        }
        return preview;
    }

    public String getIdParameter() {
        return id == null ? null : id.toString();
    }

    /** The assignment's id from the address; anything but a number is an assignment that does not exist. */
    public void setIdParameter(String value) {
        this.id = Pages.id(value);
    }

    public ReviewView getReview() {
        return review;
    }

    public ProposalView getProposal() {
        return proposal;
    }

    public List<ReviewForm> getForm() {
        return form;
    }

    public boolean isDeclaringConflict() {
        return declaringConflict;
    }

    public String getConflictReason() {
        return conflictReason;
    }

    public void setConflictReason(String conflictReason) {
        this.conflictReason = conflictReason;
    }
}

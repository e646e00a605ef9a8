package org.scicoop.secretariat.it.evaluation;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.scicoop.secretariat.it.support.Browser;
import org.scicoop.secretariat.it.support.Bundles;
import org.scicoop.secretariat.it.support.Database;
import org.scicoop.secretariat.it.support.DeployedApplication;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scicoop.secretariat.it.support.Axe.violations;

/**
 * A reviewer's part of the evaluation in the browser (issue 13): the home lists the review to declare, the reviewer
 * declares no conflict and the proposal opens, scores each criterion in half points, saves a draft (kept on reload),
 * is told at the field what a submission still lacks, submits; another reviewer of the same proposal declares a
 * conflict with its reason, and the review shows as handed back. Every page meets WCAG 2.1 AA, fits a 390 px phone,
 * and speaks Chinese.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReviewerJourneyIT extends DeployedApplication {

    private static EvaluationApi.ClosedCall closed;
    private static String scorer;
    private static long scorersReview;
    private static String conflicted;
    private static long conflictedReview;

    @BeforeAll
    static void aCallInEvaluationWithReviewersAssigned() throws InterruptedException {
        EvaluationApi.demoExperts();
        closed = EvaluationApi.closedCall();
        EvaluationApi.screenAndStart(closed, """
                {"criteria": [{"code": "EXCELLENCE", "threshold": 3.0}, {"code": "IMPACT", "threshold": 3.0},
                              {"code": "IMPLEMENTATION", "threshold": 2.5}],
                 "totalThreshold": 10.0, "reviewersPerProposal": 2, "maxLoad": 10,
                 "otherCountryThanCoordinator": true}""");
        EvaluationApi.suggest(closed);
        List<String> reviewers = EvaluationApi.reviewers(closed, closed.first());
        scorer = reviewers.get(0);
        conflicted = reviewers.get(1);
        scorersReview = EvaluationApi.review(scorer, closed, closed.first()).getJsonNumber("assignmentId").longValueExact();
        conflictedReview = EvaluationApi.review(conflicted, closed, closed.first()).getJsonNumber("assignmentId")
                .longValueExact();
    }

    @Test
    @Order(1)
    void aReviewerDeclaresScoresSavesAndSubmits() {
        String acronym = closed.first().acronym();
        try (Browser reviewer = new Browser()) {
            reviewer.logInToDashboard(scorer);
            WebElement item = reviewer.waitFor(By.cssSelector("#work-list li[data-kind='review.declare'][data-reference='"
                    + scorersReview + "']"));
            assertThat(item.getText()).contains(acronym).contains(Bundles.text("en", "work.review.declare"));
            item.findElement(By.className("sc-work-link")).click();

            // Before declaring: who is in the proposal, not the proposal itself
            reviewer.waitFor(By.id("declaration"));
            assertThat(reviewer.driver().findElement(By.id("review-partners")).getText()).contains("Tsinghua University");
            assertThat(reviewer.driver().findElements(By.id("preview"))).as("not before the declaration").isEmpty();
            assertThat(violations(reviewer)).as("the declaration").isEmpty();
            reviewer.screenshot("review-declaration");

            reviewer.driver().findElement(By.id("review-form:no-conflict")).click();
            reviewer.waitFor(By.id("preview"));
            assertThat(reviewer.driver().findElement(By.id("preview-text")).getText()).contains(acronym);
            assertThat(reviewer.driver().findElement(By.id("review-declaration")).getText())
                    .isEqualTo(Bundles.text("en", "Declaration.NO_CONFLICT"));

            // Scores in half points, a comment each; the form knows it has unsaved changes
            score(reviewer, 0, "4.5", "Ambitious and well argued.");
            score(reviewer, 1, "4", "Clear pathways to impact.");
            score(reviewer, 2, "3.5", "A realistic work plan.");
            assertThat(reviewer.driver().findElement(By.id("save-state")).getText())
                    .isEqualTo(Bundles.text("en", "edit.unsaved"));
            assertThat(new Select(reviewer.driver().findElement(By.id("review-form:criteria:0:score"))).getOptions())
                    .as("no score, then 0 to 5 in half points").hasSize(12);
            reviewer.driver().findElement(By.id("review-form:save")).click();
            reviewer.waitForText(By.cssSelector(".ui-growl"), text -> text.contains(Bundles.text("en", "review.saved")));
            assertThat(reviewer.driver().findElement(By.id("save-state")).getText()).startsWith("Saved at ");
            assertThat(violations(reviewer)).as("the score form").isEmpty();
            reviewer.screenshot("review-scores");

            reviewer.driver().navigate().refresh();
            reviewer.waitFor(By.id("scores"));
            assertThat(new Select(reviewer.driver().findElement(By.id("review-form:criteria:0:score")))
                    .getFirstSelectedOption().getAttribute("value")).as("kept").isEqualTo("4.5");
            assertThat(reviewer.driver().findElement(By.id("review-form:criteria:1:comment")).getAttribute("value"))
                    .isEqualTo("Clear pathways to impact.");

            // Submitting without a comment: told at the field
            WebElement impact = reviewer.driver().findElement(By.id("review-form:criteria:1:comment"));
            impact.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            submit(reviewer);
            reviewer.waitForText(By.id("review-form:criteria:1:comment-message"),
                    text -> text.contains(Bundles.text("en", "criterion.IMPACT")));
            assertThat(Database.single("select status from review_assignment where id = ?", scorersReview))
                    .isEqualTo("DRAFT");

            reviewer.driver().findElement(By.id("review-form:criteria:1:comment")).sendKeys("Clear pathways to impact.");
            submit(reviewer);
            reviewer.waitForText(By.cssSelector(".ui-growl"),
                    text -> text.contains(Bundles.text("en", "review.submittedMessage")));
            assertThat(reviewer.driver().findElement(By.id("review-status")).getText())
                    .isEqualTo(Bundles.text("en", "ReviewStatus.SUBMITTED"));
            assertThat(reviewer.driver().findElements(By.id("review-form:reopen"))).as("until the consensus").hasSize(1);
            assertThat(Database.single("select status from review_assignment where id = ?", scorersReview))
                    .isEqualTo("SUBMITTED");

            fitsAPhone(reviewer, "/app/reviews/review.xhtml?id=" + scorersReview, "scores");
        }
    }

    @Test
    @Order(2)
    void anotherReviewerDeclaresAConflictWithItsReasonAndTheReviewIsHandedBack() {
        try (Browser reviewer = new Browser()) {
            reviewer.logInToDashboard(conflicted);
            reviewer.open("/app/reviews/review.xhtml?id=" + conflictedReview);
            reviewer.waitFor(By.id("review-form:conflict")).click();
            reviewer.waitFor(By.id("review-form:declare-conflict")).click();
            confirmed(reviewer, "review.conflict.question");
            reviewer.waitForText(By.id("review-form:conflict-reason-message"),
                    text -> text.contains(Bundles.text("en", "review.field.conflictReason")));

            reviewer.driver().findElement(By.id("review-form:conflict-reason"))
                    .sendKeys("I co-authored two papers with the coordinator last year.");
            reviewer.driver().findElement(By.id("review-form:declare-conflict")).click();
            confirmed(reviewer, "review.conflict.question");
            reviewer.waitForText(By.id("handed-back-reason"),
                    text -> text.equals("I co-authored two papers with the coordinator last year."));
            assertThat(reviewer.driver().findElements(By.id("preview"))).as("the proposal stays closed").isEmpty();
            assertThat(Database.single("select declaration from review_assignment where id = ?", conflictedReview))
                    .isEqualTo("CONFLICT");

            reviewer.open("/app/reviews/index.xhtml");
            WebElement row = reviewer.waitFor(By.id("review-" + conflictedReview)).findElement(By.xpath("ancestor::tr"));
            assertThat(row.getText()).contains(Bundles.text("en", "Declaration.CONFLICT"))
                    .contains(Bundles.text("en", "reviews.handedBack"))
                    .contains("I co-authored two papers");
            assertThat(violations(reviewer)).as("the workspace").isEmpty();
            reviewer.screenshot("reviews-workspace");
            fitsAPhone(reviewer, "/app/reviews/index.xhtml", "reviews-form:reviews");
        }
    }

    @Test
    @Order(3)
    void theReviewPagesSpeakChinese() {
        try (Browser reviewer = new Browser("zh-CN")) {
            reviewer.logInToDashboard(scorer);
            reviewer.open("/app/reviews/review.xhtml?id=" + scorersReview + "&lang=zh");
            assertThat(reviewer.waitFor(By.id("scores-title")).getText()).isEqualTo(Bundles.text("zh", "review.scores.title"));
            assertThat(reviewer.driver().findElement(By.id("review-status")).getText())
                    .isEqualTo(Bundles.text("zh", "ReviewStatus.SUBMITTED"));
            assertThat(violations(reviewer)).as("the review page in Chinese").isEmpty();
            reviewer.screenshot("review-zh");
            reviewer.open("/app/reviews/index.xhtml?lang=zh");
            assertThat(reviewer.waitFor(By.id("page-title")).getText()).isEqualTo(Bundles.text("zh", "reviews.title"));
            assertThat(violations(reviewer)).as("the workspace in Chinese").isEmpty();
        }
    }

    private static void score(Browser reviewer, int criterion, String score, String comment) {
        new Select(reviewer.driver().findElement(By.id("review-form:criteria:" + criterion + ":score")))
                .selectByValue(score);
        reviewer.driver().findElement(By.id("review-form:criteria:" + criterion + ":comment")).sendKeys(comment);
    }

    private static void submit(Browser reviewer) {
        reviewer.driver().findElement(By.id("review-form:submit")).click();
        confirmed(reviewer, "review.submit.confirm");
    }

    /** Says yes in the confirmation dialog, which asks {@code question}. */
    private static void confirmed(Browser reviewer, String question) {
        WebElement confirm = reviewer.waitFor(By.cssSelector(".ui-confirm-dialog"));
        assertThat(confirm.getText()).contains(Bundles.text("en", question));
        confirm.findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
        reviewer.awaitAjax();
    }

    /** No sideways page scrolling at 390 px. */
    static void fitsAPhone(Browser browser, String path, String waitForId) {
        Dimension before = browser.driver().manage().window().getSize();
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.open(path);
        browser.waitFor(By.id(waitForId));
        Object sideways = ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) sideways).intValue()).as(path + " scrolls sideways on a phone").isLessThanOrEqualTo(0);
        browser.screenshot(path.replaceAll(".*/", "").replaceAll("\\W", "-") + "-phone");
        browser.driver().manage().window().setSize(before);
    }
}

package org.scicoop.secretariat.web.proposal;

import org.junit.jupiter.api.Test;
import org.scicoop.secretariat.proposal.entity.Finding;
import org.scicoop.secretariat.web.platform.Texts;
import org.scicoop.secretariat.web.proposal.ProposalSteps.Step;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;

class ProposalStepsTest {

    @Test
    void eachFindingIsShownInTheStepWhereTheApplicantSettlesIt() {
        assertThat(ProposalSteps.of(Finding.of("titleMissing"))).isEqualTo(Step.CALL);
        assertThat(ProposalSteps.of(Finding.of("durationOverMaximum", 48, 36))).isEqualTo(Step.CALL);
        assertThat(ProposalSteps.of(Finding.of("tooFewCountries", 1, 2))).isEqualTo(Step.PARTNERS);
        assertThat(ProposalSteps.of(Finding.of("investigatorMissing", "Org"))).isEqualTo(Step.PARTNERS);
        assertThat(ProposalSteps.of(Finding.of("requestOverMaximum", "Org", 1, 2, "EUR"))).isEqualTo(Step.BUDGET);
        assertThat(ProposalSteps.of(Finding.of("personMonthsMissing", "Org"))).isEqualTo(Step.BUDGET);
        assertThat(ProposalSteps.of(Finding.of("milestoneAfterEnd", "M", 40, 36))).isEqualTo(Step.MILESTONES);
        assertThat(ProposalSteps.of(Finding.of("descriptionMissing"))).isEqualTo(Step.ATTACHMENTS);
    }

    @Test
    void aRuleTheEditorDoesNotKnowYetIsShownAtTheReviewRatherThanHidden() {
        assertThat(ProposalSteps.of(Finding.of("someFutureRule"))).isEqualTo(Step.REVIEW);
    }

    @Test
    void everyFindingTheBundlesNameHasAStepOtherThanTheReview() {
        ResourceBundle bundle = ResourceBundle.getBundle(Texts.BUNDLE, Locale.ENGLISH);
        List<String> rules = bundle.keySet().stream().filter(k -> k.startsWith("proposal.rule."))
                .map(k -> k.substring("proposal.rule.".length())).toList();

        assertThat(rules).isNotEmpty().allSatisfy(rule ->
                assertThat(ProposalSteps.of(Finding.of(rule))).as(rule).isNotEqualTo(Step.REVIEW));
    }

    @Test
    void findingsAreGroupedByStepInTheirOrderAndTheFirstOpenStepIsWhereToGoOn() {
        List<Finding> findings = List.of(Finding.of("milestonesMissing"), Finding.of("tooFewPartners", 1, 3),
                Finding.of("noDevelopingPartner"));

        Map<Step, List<Finding>> byStep = ProposalSteps.byStep(findings);

        assertThat(byStep).containsOnlyKeys(Step.values());
        assertThat(byStep.get(Step.PARTNERS)).extracting(Finding::rule).containsExactly("tooFewPartners",
                "noDevelopingPartner");
        assertThat(byStep.get(Step.CALL)).isEmpty();
        assertThat(ProposalSteps.firstOpen(findings)).isEqualTo(Step.PARTNERS);
        assertThat(ProposalSteps.firstOpen(List.of())).isEqualTo(Step.REVIEW);
    }

    @Test
    void everyStepIsNamedInEveryLanguage() {
        for (String language : List.of("en", "fr", "es", "zh")) {
            ResourceBundle bundle = ResourceBundle.getBundle(Texts.BUNDLE, Locale.forLanguageTag(language));
            for (Step step : Step.values()) {
                assertThat(bundle.containsKey(step.key())).as(language + " " + step).isTrue();
            }
        }
    }
}

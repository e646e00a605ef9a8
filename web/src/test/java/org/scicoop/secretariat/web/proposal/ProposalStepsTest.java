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
    void eachFindingIsShownInTheStepWhereTheApplicantSettlesItsField() {
        assertThat(ProposalSteps.of(Finding.at("/title", "titleMissing"))).isEqualTo(Step.CALL);
        assertThat(ProposalSteps.of(Finding.at("/durationMonths", "durationOverMaximum", 48, 36))).isEqualTo(Step.CALL);
        assertThat(ProposalSteps.of(Finding.at("/partners", "tooFewCountries", 1, 2))).isEqualTo(Step.PARTNERS);
        assertThat(ProposalSteps.of(Finding.at("/partners/2/piEmail", "investigatorMissing", "Org")))
                .isEqualTo(Step.PARTNERS);
        assertThat(ProposalSteps.of(Finding.at("/partners/0", "coordinatorCountryNotFunding", "BR")))
                .isEqualTo(Step.PARTNERS);
        assertThat(ProposalSteps.of(Finding.at("/partners/1/requested", "requestOverMaximum", "Org", 1, 2, "EUR")))
                .isEqualTo(Step.BUDGET);
        assertThat(ProposalSteps.of(Finding.at("/partners/1/personMonths", "personMonthsMissing", "Org")))
                .isEqualTo(Step.BUDGET);
        assertThat(ProposalSteps.of(Finding.at("/partners/1/source", "fundingNotAllowed", "Org"))).isEqualTo(Step.BUDGET);
        assertThat(ProposalSteps.of(Finding.at("/milestones/3/dueMonth", "milestoneAfterEnd", "M", 40, 36)))
                .isEqualTo(Step.MILESTONES);
        assertThat(ProposalSteps.of(Finding.at("/milestones", "milestonesMissing"))).isEqualTo(Step.MILESTONES);
        assertThat(ProposalSteps.of(Finding.at("/attachments", "descriptionMissing"))).isEqualTo(Step.ATTACHMENTS);
    }

    @Test
    void aFindingAboutNoKnownFieldIsShownAtTheReviewRatherThanHidden() {
        assertThat(ProposalSteps.of(Finding.of("someFutureRule"))).isEqualTo(Step.REVIEW);
        assertThat(ProposalSteps.of(Finding.at("/somethingNew", "someFutureRule"))).isEqualTo(Step.REVIEW);
        assertThat(ProposalSteps.clientId(null)).isNull();
        assertThat(ProposalSteps.clientId("/somethingNew")).isNull();
    }

    @Test
    void eachFieldIsTheInputOfItsStepThatALinkFocuses() {
        assertThat(ProposalSteps.clientId("/title")).isEqualTo("proposal-form:title");
        assertThat(ProposalSteps.clientId("/durationMonths")).isEqualTo("proposal-form:duration");
        assertThat(ProposalSteps.clientId("/partners")).isEqualTo("proposal-form:organisation-query");
        assertThat(ProposalSteps.clientId("/partners/2/piName")).isEqualTo("proposal-form:partner-rows:2:pi-name");
        assertThat(ProposalSteps.clientId("/partners/2/piEmail")).isEqualTo("proposal-form:partner-rows:2:pi-email");
        assertThat(ProposalSteps.clientId("/partners/2/declarations"))
                .isEqualTo("proposal-form:partner-rows:2:declarations");
        assertThat(ProposalSteps.clientId("/partners/0")).isEqualTo("proposal-form:partner-rows:0:pi-name");
        assertThat(ProposalSteps.clientId("/partners/1/requested")).isEqualTo("proposal-form:budget-rows:1:requested");
        assertThat(ProposalSteps.clientId("/partners/1/personMonths"))
                .isEqualTo("proposal-form:budget-rows:1:person-months");
        assertThat(ProposalSteps.clientId("/milestones/4/dueMonth"))
                .isEqualTo("proposal-form:milestone-rows:4:milestone-month");
        assertThat(ProposalSteps.clientId("/milestones/4/responsible"))
                .isEqualTo("proposal-form:milestone-rows:4:milestone-responsible");
        assertThat(ProposalSteps.clientId("/milestones")).isEqualTo("proposal-form:add-milestone");
        assertThat(ProposalSteps.clientId("/attachments")).isEqualTo("upload-form:attachment-file");
    }

    @Test
    void findingsAreGroupedByStepInTheirOrderAndTheFirstOpenStepIsWhereToGoOn() {
        List<Finding> findings = List.of(Finding.at("/milestones", "milestonesMissing"),
                Finding.at("/partners", "tooFewPartners", 1, 3), Finding.at("/partners", "noDevelopingPartner"));

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

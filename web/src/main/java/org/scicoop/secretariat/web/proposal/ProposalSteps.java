package org.scicoop.secretariat.web.proposal;

import org.scicoop.secretariat.proposal.entity.Finding;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The steps of the proposal editor and which of them each finding of the server's rules
 * ({@code Eligibility}) belongs to, so that every step shows what is still missing in it. The
 * findings themselves come from the server; this only sorts them.
 */
public final class ProposalSteps {

    /** The editor's steps, in order. */
    public enum Step {
        CALL, PARTNERS, BUDGET, MILESTONES, ATTACHMENTS, REVIEW;

        public String key() {
            return "proposal.step." + name();
        }
    }

    private ProposalSteps() {
    }

    /** The step where the applicant settles a finding; a rule not known here goes to the review. */
    public static Step of(Finding finding) {
        return switch (finding.rule()) {
            case "titleMissing", "abstractMissing", "keywordsMissing", "durationMissing", "durationOverMaximum" ->
                    Step.CALL;
            case "investigatorMissing", "tooFewPartners", "tooFewCountries", "noDevelopingPartner",
                 "coordinatorCountryNotFunding", "organisationTwice" -> Step.PARTNERS;
            case "personMonthsMissing", "fundingNotAllowed", "selfFundedRequest", "requestOverMaximum" ->
                    Step.BUDGET;
            case "milestonesMissing", "milestoneWithoutPartner", "milestoneAfterEnd" -> Step.MILESTONES;
            case "descriptionMissing" -> Step.ATTACHMENTS;
            default -> Step.REVIEW;
        };
    }

    /** The findings by step, every step present (empty when nothing is missing there). */
    public static Map<Step, List<Finding>> byStep(List<Finding> findings) {
        Map<Step, List<Finding>> steps = new EnumMap<>(Step.class);
        for (Step step : Step.values()) {
            steps.put(step, new ArrayList<>());
        }
        for (Finding finding : findings) {
            steps.get(of(finding)).add(finding);
        }
        return steps;
    }

    /** The first step with something missing, or the review when all is settled. */
    public static Step firstOpen(List<Finding> findings) {
        return byStep(findings).entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(Map.Entry::getKey)
                .findFirst().orElse(Step.REVIEW);
    }
}

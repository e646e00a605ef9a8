package org.scicoop.secretariat.web.proposal;

import org.scicoop.secretariat.proposal.entity.Finding;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The steps of the proposal editor, and where each finding of the server's rules ({@code Eligibility}) is settled:
 * its step and the input of the page its field names ({@link Finding#field()}, a JSON pointer into the proposal's
 * content), so that every step shows what is still missing in it, each field shows its own findings and a link
 * takes the applicant to the field. The findings themselves come from the server; this only places them.
 */
public final class ProposalSteps {

    /** The editor's steps, in order. */
    public enum Step {
        CALL, PARTNERS, BUDGET, MILESTONES, ATTACHMENTS, REVIEW;

        public String key() {
            return "proposal.step." + name();
        }
    }

    private static final Pattern ROW = Pattern.compile("/(partners|milestones)(?:/(\\d+)(?:/(\\w+))?)?");

    private ProposalSteps() {
    }

    /** The step where the applicant settles a finding; a finding about no known field goes to the review. */
    public static Step of(Finding finding) {
        String field = finding.field();
        if (field == null) {
            return Step.REVIEW;
        }
        return switch (field) {
            case "/acronym", "/title", "/abstractText", "/keywords", "/durationMonths" -> Step.CALL;
            case "/attachments" -> Step.ATTACHMENTS;
            default -> {
                Matcher row = ROW.matcher(field);
                if (!row.matches()) {
                    yield Step.REVIEW;
                }
                if (row.group(1).equals("milestones")) {
                    yield Step.MILESTONES;
                }
                String member = row.group(3);
                yield member != null && List.of("source", "agencyId", "requested", "personMonths").contains(member)
                        ? Step.BUDGET : Step.PARTNERS;
            }
        };
    }

    /**
     * The client id of the page's input where {@code field} is entered (the element a link focuses), or null when the
     * page has none: a partner or milestone by its row, the consortium as a whole by the organisation search.
     */
    public static String clientId(String field) {
        if (field == null) {
            return null;
        }
        return switch (field) {
            case "/acronym" -> "proposal-form:acronym";
            case "/title" -> "proposal-form:title";
            case "/abstractText" -> "proposal-form:abstract";
            case "/keywords" -> "proposal-form:keywords";
            case "/durationMonths" -> "proposal-form:duration";
            case "/attachments" -> "upload-form:attachment-file";
            case "/partners" -> "proposal-form:organisation-query";
            case "/milestones" -> "proposal-form:add-milestone";
            default -> rowInput(field);
        };
    }

    private static String rowInput(String field) {
        Matcher row = ROW.matcher(field);
        if (!row.matches() || row.group(2) == null) {
            return null;
        }
        String index = row.group(2);
        String member = row.group(3) == null ? "" : row.group(3);
        if (row.group(1).equals("milestones")) {
            String input = switch (member) {
                case "title" -> "milestone-title";
                case "dueMonth" -> "milestone-month";
                case "kind" -> "milestone-kind";
                case "responsible" -> "milestone-responsible";
                default -> null;
            };
            return input == null ? null : "proposal-form:milestone-rows:" + index + ":" + input;
        }
        return switch (member) {
            case "piEmail" -> "proposal-form:partner-rows:" + index + ":pi-email";
            case "organisationId" -> "proposal-form:partner-rows:" + index + ":remove";
            case "declarations" -> "proposal-form:partner-rows:" + index + ":declarations";
            case "source", "agencyId" -> "proposal-form:budget-rows:" + index + ":funding";
            case "requested" -> "proposal-form:budget-rows:" + index + ":requested";
            case "personMonths" -> "proposal-form:budget-rows:" + index + ":person-months";
            default -> "proposal-form:partner-rows:" + index + ":pi-name";
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

package org.scicoop.secretariat.web.api;

import org.scicoop.secretariat.proposal.boundary.ProposalView;
import org.scicoop.secretariat.proposal.entity.Finding;
import org.scicoop.secretariat.proposal.entity.ProposalStatus;
import org.scicoop.secretariat.web.platform.Texts;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A proposal as the API answers it: the service's {@link ProposalView} with its findings in words, in
 * the caller's language ({@code Accept-Language}), each beside the name of its rule (stable, for programs).
 */
public record ProposalRepresentation(
        long id,
        long version,
        String callCode,
        String callTitle,
        Instant deadline,
        boolean callAcceptsProposals,
        String coordinator,
        ProposalStatus status,
        Instant createdAt,
        Instant submittedAt,
        Instant screenedAt,
        String screeningReasons,
        ProposalView.Content content,
        List<FindingText> findings,
        List<ProposalView.SubmissionView> submissions,
        ProposalView.Rights rights) {

    /** One point that stands in the way of submission: the rule's name and what it says. */
    public record FindingText(String rule, String message) {

        public static List<FindingText> of(List<Finding> findings, Locale locale) {
            return findings.stream().map(f -> new FindingText(f.rule(), Texts.of(locale, f))).toList();
        }
    }

    public static ProposalRepresentation of(ProposalView view, Locale locale) {
        return new ProposalRepresentation(view.id(), view.version(), view.callCode(), view.callTitle(),
                view.deadline(), view.callAcceptsProposals(), view.coordinator(), view.status(), view.createdAt(),
                view.submittedAt(), view.screenedAt(), view.screeningReasons(), view.content(),
                FindingText.of(view.findings(), locale), view.submissions(), view.rights());
    }
}

package org.scicoop.secretariat.proposal.entity;

import org.junit.jupiter.api.Test;
import org.scicoop.secretariat.call.entity.Call;
import org.scicoop.secretariat.platform.file.entity.StoredFile;
import org.scicoop.secretariat.platform.rules.RuleViolation;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scicoop.secretariat.proposal.entity.ProposalFixture.*;

class ProposalTest {

    private static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RuleViolation.class,
                violation -> assertThat(violation.messageKey()).isEqualTo(key));
    }

    @Test
    void aDraftIsCoordinatedByItsCreatorWhoseOrganisationIsTheCoordinatingPartner() {
        Proposal proposal = draft(call());

        assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.DRAFT);
        assertThat(proposal.getPartners()).singleElement().satisfies(partner -> {
            assertThat(partner.isCoordinating()).isTrue();
            assertThat(partner.getMember()).isEqualTo("member");
            assertThat(partner.getCountry()).isEqualTo(FRANCE);
        });
        assertThat(proposal.hasMember("member")).isTrue();
        assertThat(proposal.hasMember("member3")).isFalse();
    }

    @Test
    void noDraftForACallWhoseDeadlineHasPassed() {
        assertRefused(() -> Proposal.draft(call(), "member", "LATE", SORBONNE, DEADLINE), "rule.proposal.callNotOpen");
    }

    @Test
    void submissionListsEveryFindingAndChangesNothing() {
        Proposal proposal = draft(call());

        assertThatThrownBy(() -> proposal.submit(NOW)).isInstanceOfSatisfying(Proposal.NotSubmittable.class,
                refused -> assertThat(refused.findings()).extracting(Finding::rule)
                        .contains("titleMissing", "descriptionMissing", "tooFewPartners", "noDevelopingPartner"));
        assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.DRAFT);
    }

    @Test
    void aCompleteProposalIsSubmittedAtTheServersInstant() {
        Proposal proposal = complete(call());

        proposal.submit(NOW);

        assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.SUBMITTED);
        assertThat(proposal.getSubmittedAt()).isEqualTo(NOW);
    }

    @Test
    void submissionIsAcceptedUntilTheLastSecondBeforeTheDeadlineAndNotAtIt() {
        Call call = call();
        Proposal lastSecond = complete(call);
        lastSecond.submit(DEADLINE.minusSeconds(1));
        assertThat(lastSecond.getStatus()).isEqualTo(ProposalStatus.SUBMITTED);

        Proposal atDeadline = complete(call);
        assertRefused(() -> atDeadline.submit(DEADLINE), "rule.proposal.callNotAccepting");
    }

    @Test
    void aForthcomingCallTakesNoProposalYetNorOneAfterItsDeadline() {
        Call call = call();

        assertRefused(() -> Proposal.draft(call, "member", "EARLY", SORBONNE, CREATED), "rule.proposal.callNotOpen");
        assertRefused(() -> Proposal.draft(call, "member", "LATE", SORBONNE, DEADLINE), "rule.proposal.callNotOpen");
        assertThat(Proposal.draft(call, "member", "FIRST", SORBONNE, OPENS).getStatus()).isEqualTo(ProposalStatus.DRAFT);
    }

    @Test
    void namesTitlesAndReasonsAreCleanTextAndAddressesUsableOnes() {
        Proposal proposal = complete(call());

        assertRefused(() -> proposal.describe("\u200B\u200B", "t", "a", "k", 24, NOW), "rule.text.invisible");
        assertRefused(() -> proposal.describe("CLIMA", "Right\u202Eto left", "a", "k", 24, NOW), "rule.text.characters");
        assertRefused(() -> proposal.getPartners().get(1).describeInvestigator("Ann", "\"<script>alert(1)</script>\"@example.org",
                NOW), "rule.email.invalid");
        proposal.describe(" CLIMA\u200B ", "Cafe\u0301s", "Line one\r\nline two", "k", 24, NOW);
        assertThat(proposal.getAcronym()).isEqualTo("CLIMA");
        assertThat(proposal.getTitle()).isEqualTo("Caf\u00e9s");
        assertThat(proposal.getAbstractText()).isEqualTo("Line one\nline two");
    }

    @Test
    void aSubmittedProposalChangesOnlyAfterItIsReopened() {
        Proposal proposal = complete(call());
        proposal.submit(NOW);

        assertRefused(() -> proposal.describe("CLIMA", "New title", "a", "k", 24, NOW), "rule.proposal.notEditable");

        proposal.reopen(NOW);
        proposal.describe("CLIMA", "New title", "a", "k", 24, NOW);
        proposal.submit(NOW);

        assertThat(proposal.getTitle()).isEqualTo("New title");
        assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.SUBMITTED);
    }

    @Test
    void afterTheDeadlineNothingChanges() {
        Proposal proposal = complete(call());
        proposal.submit(NOW);
        proposal.reopen(NOW);
        Instant after = DEADLINE.plus(Duration.ofMinutes(1));

        assertRefused(() -> proposal.describe("CLIMA", "Late", "a", "k", 24, after), "rule.proposal.deadlinePassed");
        assertRefused(() -> proposal.submit(after), "rule.proposal.callNotAccepting");
        assertRefused(() -> proposal.withdraw(after), "rule.proposal.deadlinePassed");
        assertRefused(() -> proposal.getPartners().get(1).plan(BigDecimal.ONE, after), "rule.proposal.deadlinePassed");
    }

    @Test
    void aReopenedProposalGoesBackToItsLastSubmissionAtTheDeadline() {
        Proposal proposal = complete(call());
        proposal.submit(NOW);
        proposal.reopen(NOW);
        proposal.describe("CLIMA", "Changed after reopening", "a", "k", 24, NOW);

        proposal.settleAtDeadline(p -> p.describe("CLIMA", "Climate-resilient cities", "We adapt cities.",
                "climate, cities", 36, DEADLINE));

        assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.SUBMITTED);
        assertThat(proposal.getTitle()).isEqualTo("Climate-resilient cities");
        assertRefused(() -> proposal.describe("CLIMA", "Too late", "a", "k", 24, DEADLINE), "rule.proposal.notEditable");
    }

    @Test
    void aDraftNeverSubmittedStaysADraftAtTheDeadline() {
        Proposal proposal = draft(call());

        proposal.settleAtDeadline(p -> {
            throw new AssertionError("a draft has no submission to go back to");
        });

        assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.DRAFT);
    }

    @Test
    void theCoordinatorMayWithdrawBeforeTheDeadline() {
        Proposal proposal = complete(call());
        proposal.submit(NOW);

        proposal.withdraw(NOW);

        assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.WITHDRAWN);
        assertThat(proposal.getWithdrawnAt()).isEqualTo(NOW);
        assertRefused(() -> proposal.reopen(NOW), "rule.proposal.notSubmitted");
    }

    @Test
    void screeningHappensAfterTheDeadlineAndIneligibilityNeedsReasons() {
        Proposal proposal = complete(call());
        proposal.submit(NOW);

        assertRefused(() -> proposal.screen(true, null, "officer", NOW), "rule.proposal.screenAfterDeadline");

        assertRefused(() -> proposal.screen(false, " ", "officer", DEADLINE), "rule.proposal.reasonsRequired");
        proposal.screen(false, "The Kenyan partner is not a legal entity.", "officer", DEADLINE);

        assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.INELIGIBLE);
        assertThat(proposal.getScreeningReasons()).isEqualTo("The Kenyan partner is not a legal entity.");
        assertThat(proposal.getScreenedBy()).isEqualTo("officer");

        proposal.screen(true, null, "officer", DEADLINE);
        assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.ELIGIBLE);
    }

    @Test
    void aDraftIsNotScreened() {
        Proposal proposal = draft(call());

        assertRefused(() -> proposal.screen(true, null, "officer", DEADLINE), "rule.proposal.notScreenable");
    }

    @Test
    void theCoordinatingPartnerStays() {
        Proposal proposal = complete(call());

        assertRefused(() -> proposal.removePartner(proposal.coordinatingPartner(), NOW), "rule.proposal.coordinatorStays");
    }

    @Test
    void removingAPartnerLeavesItsMilestonesWithoutPartnerAndRenumbersTheRest() {
        Proposal proposal = complete(call());
        Partner nairobi = proposal.getPartners().get(1);

        proposal.removePartner(nairobi, NOW);

        assertThat(proposal.getPartners()).extracting(Partner::getOrdinal).containsExactly(0, 1);
        assertThat(proposal.getMilestones().get(1).getResponsible()).isNull();
    }

    @Test
    void aNewDescriptionReplacesTheOldAndTheSameFileIsNotAttachedTwice() {
        Proposal proposal = complete(call());
        StoredFile second = new StoredFile("%PDF-1.7 b".getBytes(), NOW);

        proposal.attach(AttachmentKind.DESCRIPTION, "description-v2.pdf", second.getSha256(), second.getSize(),
                "member", NOW);

        assertThat(proposal.getAttachments()).extracting(ProposalAttachment::getFileName)
                .containsExactly("description-v2.pdf");
        assertRefused(() -> proposal.attach(AttachmentKind.OTHER, "copy.pdf", second.getSha256(),
                        second.getSize(), "member", NOW),
                "rule.proposal.sameFileTwice");
    }

    @Test
    void anotherInvestigatorAddressUnlinksTheInvitedAccount() {
        Proposal proposal = complete(call());
        Partner nairobi = proposal.getPartners().get(1);
        nairobi.linkMember("member2", NOW);

        nairobi.describeInvestigator("Wangari Maathai", "MEMBER2@secretariat.example", NOW);
        assertThat(nairobi.getMember()).isEqualTo("member2");
        assertThat(nairobi.getPiEmail()).isEqualTo("member2@secretariat.example");

        nairobi.describeInvestigator("Someone Else", "else@uonbi.example", NOW);
        assertThat(nairobi.getMember()).isNull();
        assertThat(proposal.hasMember("member2")).isFalse();
    }

    @Test
    void anInvitationThatCouldLinkNoAccountLetsAnEarlierOneGoAndWaits() {
        Proposal proposal = complete(call());
        Partner nairobi = proposal.getPartners().get(1);
        nairobi.linkMember("member2", NOW);

        nairobi.invitedWithoutAccount(NOW.plusSeconds(60));

        assertThat(nairobi.getMember()).isNull();
        assertThat(nairobi.isAwaitingAccount()).isTrue();
        assertThat(nairobi.getInvitedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(proposal.hasMember("member2")).isFalse();

        nairobi.linkMember("wangari@uonbi.example", NOW.plusSeconds(120));
        assertThat(nairobi.isAwaitingAccount()).isFalse();
        assertThat(proposal.hasMember("wangari@uonbi.example")).isTrue();
    }

    @Test
    void anAccountLinkRecordSaysWhatItLinkedAndRefusesAContradiction() {
        Partner nairobi = complete(call()).getPartners().get(1);
        nairobi.describeInvestigator("Wangari Maathai", "wangari@uonbi.example", NOW);

        AccountLink refused = AccountLink.invitation(nairobi, AccountLinkOutcome.REFUSED_UNVERIFIED, null, "member3",
                "member", NOW);
        assertThat(refused.getEmail()).isEqualTo("wangari@uonbi.example");
        assertThat(refused.getHolder()).isEqualTo("member3");
        assertThat(refused.getOutcome().isRefusal()).isTrue();
        assertThat(refused.getOutcome().isInvitation()).isTrue();

        assertThatThrownBy(() -> AccountLink.invitation(nairobi, AccountLinkOutcome.REFUSED_UNVERIFIED, "member3", null,
                "member", NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AccountLink.invitation(nairobi, AccountLinkOutcome.NEW_ACCOUNT, null, null,
                "member", NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThat(AccountLink.unlinked(nairobi, "old@uonbi.example", "member2", "member", NOW).getOutcome()
                .isInvitation()).isFalse();
    }

    @Test
    void movingAPartnerToAnotherCountryResetsItsFunding() {
        Proposal proposal = complete(call());
        Partner tsinghua = proposal.getPartners().get(2);

        tsinghua.changeOrganisation(USP, NOW);

        assertThat(tsinghua.getCountry()).isEqualTo(BRAZIL);
        assertThat(tsinghua.getSource()).isEqualTo(FundingSource.SELF_FUNDED);
        assertThat(tsinghua.getRequested()).isEqualByComparingTo("0");
    }
}

package org.scicoop.secretariat.proposal.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.scicoop.secretariat.person.control.Callers;
import org.scicoop.secretariat.platform.control.MailSender;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * The e-mails about proposals: the submission receipt to the coordinator, the invitation to a
 * partner's investigator, an expert's invitation to the reviewer pool, the funding decision to the coordinator, a reviewer's conflict of interest to the officer. Sent only after the transaction that caused them has committed (a
 * refused submission sends nothing), on a managed thread, so a slow mail relay never slows a
 * submission on deadline day; a failure is logged, and the receipt can still be downloaded.
 */
@ApplicationScoped
public class ProposalMail {

    private static final Logger LOG = Logger.getLogger(ProposalMail.class.getName());
    private static final String BUNDLE = "org.scicoop.secretariat.proposal.control.mail";

    /** A submission was recorded: the receipt to send. */
    public record Submitted(String email, String language, String receipt, String acronym, String callCode,
                            int version, Instant submittedAt, long proposalId, String appUrl) {
    }

    /**
     * A partner's investigator was invited to a proposal; {@code awaitingAccount}: no account could be linked
     * (one holds the address without having proved it), so the secretariat has to set up their access first.
     */
    public record Invited(String email, String language, String inviter, String acronym, String callCode,
                          long proposalId, String appUrl, boolean awaitingAccount) {
    }

    /** A call's funding decision: the coordinator's letter with the outcome and the consensus report. */
    public record Decided(String email, String language, String acronym, String callCode,
                          org.scicoop.secretariat.proposal.entity.ProposalStatus outcome, java.math.BigDecimal total,
                          String report, long proposalId, String appUrl) {
    }

    /** A reviewer declared a conflict of interest: the officer who assigned them is to assign someone else. */
    public record ConflictDeclared(String email, String language, String reviewer, String acronym, String callCode,
                                   String reason, String appUrl) {
    }

    /**
     * An officer invited an expert to the reviewer pool; {@code newAccount}: the account is new or not yet used, so
     * Keycloak's set-password e-mail comes separately.
     */
    public record ExpertInvited(String email, String language, String inviter, String appUrl, boolean newAccount) {
    }

    @Inject
    MailSender sender;

    @Inject
    Callers callers;

    void receipt(@Observes(during = TransactionPhase.AFTER_SUCCESS) Submitted submitted) {
        if (submitted.email() == null) {
            LOG.warning(() -> "No e-mail address for the receipt " + submitted.receipt());
            return;
        }
        Locale locale = Locale.forLanguageTag(submitted.language());
        String link = submitted.appUrl() + "/app/proposals/proposal.xhtml?id=" + submitted.proposalId();
        send(submitted.email(), text(locale, "receipt.subject", submitted.acronym(), submitted.receipt()),
                text(locale, "receipt.body", submitted.acronym(), submitted.callCode(), submitted.version(),
                        submitted.receipt(), MailSender.utc(submitted.submittedAt()), link));
    }

    void invitation(@Observes(during = TransactionPhase.AFTER_SUCCESS) Invited invited) {
        sender.onMailThread(() -> {
            Locale locale = language(invited.email(), invited.language());
            String link = invited.appUrl() + "/app/proposals/proposal.xhtml?id=" + invited.proposalId();
            send(invited.email(), text(locale, "invitation.subject", invited.acronym()),
                    text(locale, invited.awaitingAccount() ? "invitation.body.awaitingAccount" : "invitation.body",
                            invited.inviter(), invited.acronym(), invited.callCode(), link));
        });
    }

    void expertInvitation(@Observes(during = TransactionPhase.AFTER_SUCCESS) ExpertInvited invited) {
        sender.onMailThread(() -> {
            Locale locale = language(invited.email(), invited.language());
            String link = invited.appUrl() + "/app/reviews/index.xhtml";
            send(invited.email(), text(locale, "expertInvitation.subject"),
                    text(locale, invited.newAccount() ? "expertInvitation.body.newAccount" : "expertInvitation.body",
                            invited.inviter(), link));
        });
    }

    void decision(@Observes(during = TransactionPhase.AFTER_SUCCESS) Decided decided) {
        sender.onMailThread(() -> {
            if (decided.email() == null) {
                LOG.warning(() -> "No e-mail address for the decision on " + decided.acronym());
                return;
            }
            Locale locale = language(decided.email(), decided.language());
            String link = decided.appUrl() + "/app/proposals/proposal.xhtml?id=" + decided.proposalId();
            send(decided.email(), text(locale, "decision.subject", decided.acronym(), decided.callCode()),
                    text(locale, "decision.body." + decided.outcome(), decided.acronym(), decided.callCode(),
                            decided.total(), decided.report(), link));
        });
    }

    void conflict(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConflictDeclared declared) {
        sender.onMailThread(() -> {
            if (declared.email() == null) {
                LOG.warning(() -> "No e-mail address to tell of a conflict on " + declared.acronym());
                return;
            }
            Locale locale = language(declared.email(), declared.language());
            String link = declared.appUrl() + "/app/evaluation/board.xhtml?call=" + declared.callCode();
            send(declared.email(), text(locale, "conflict.subject", declared.acronym()),
                    text(locale, "conflict.body", declared.reviewer(), declared.acronym(), declared.callCode(),
                            declared.reason(), link));
        });
    }

    /** The recipient's own language when their account has one, else the event's (the receipt: the submitter's). */
    private Locale language(String email, String otherwise) {
        return callers.languages(List.of(email)).of(email, otherwise);
    }

    private void send(String to, String subject, String body) {
        sender.send(to, subject, body);
    }

    static String text(Locale locale, String key, Object... values) {
        return MailSender.text(BUNDLE, locale, key, values);
    }
}

package org.scicoop.secretariat.project.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.scicoop.secretariat.person.control.Callers;
import org.scicoop.secretariat.platform.control.MailSender;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The e-mails about milestone reports, sent after the transaction that caused them has committed: a submitted report
 * to the officer in charge of the project (who decided its call), an accepted or returned one to the consortium's
 * members (the coordinator and the partners' linked investigators). Also the reminders (ReminderRun): a milestone
 * due soon or overdue, a draft proposal before its call's deadline. Each recipient reads it in their own language —
 * their account's, when a person with that address has one ({@link Callers#languages}) — else in the event's
 * (the consortium's for its members, the submitter's for the officer); bundles {@code project/control/mail*.properties}.
 */
@ApplicationScoped
public class ProjectMail {

    private static final Logger LOG = Logger.getLogger(ProjectMail.class.getName());
    private static final String BUNDLE = "org.scicoop.secretariat.project.control.mail";

    /** A report was submitted: the officer is to review it. */
    public record Submitted(String email, String language, String acronym, String milestone, int number,
                            String dueDate, long projectId, String appUrl) {
    }

    /** A report was accepted or returned ({@code comments} then say why): the consortium's members hear of it. */
    public record Reviewed(List<String> emails, String language, String acronym, String milestone, int number,
                           boolean accepted, String comments, long projectId, String appUrl) {
    }

    /**
     * A milestone is due in {@code daysLeft} calendar days (in the project's zone), or overdue: its responsible
     * partner's investigator and the coordinator are reminded (ReminderRun).
     */
    public record MilestoneReminder(String email, String language, boolean overdue, long daysLeft, String acronym,
                                    String milestone, LocalDate dueDate, long projectId, long milestoneId,
                                    String appUrl) {
    }

    /** A proposal is still a draft before its call's deadline: its coordinator is reminded (ReminderRun). */
    public record DeadlineReminder(String email, String language, String acronym, String callCode, Instant deadline,
                                   long proposalId, String appUrl) {
    }

    /** The reminders one run recorded: sent once the run's transaction has committed. */
    public record Reminders(List<MilestoneReminder> milestones, List<DeadlineReminder> deadlines) {
    }

    @Inject
    MailSender sender;

    @Inject
    Callers callers;

    void submitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) Submitted submitted) {
        sender.onMailThread(() -> {
            if (submitted.email() == null) {
                LOG.warning(() -> "No e-mail address to tell of a report on " + submitted.acronym());
                return;
            }
            Locale locale = callers.languages(List.of(submitted.email())).of(submitted.email(), submitted.language());
            sender.send(submitted.email(),
                    text(locale, "submitted.subject", submitted.acronym(), submitted.milestone(), submitted.number()),
                    text(locale, "submitted.body", submitted.acronym(), submitted.milestone(), submitted.number(),
                            submitted.dueDate(), link(submitted.appUrl(), submitted.projectId())));
        });
    }

    void reviewed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Reviewed reviewed) {
        sender.onMailThread(() -> {
            Callers.Languages languages = callers.languages(reviewed.emails());
            String link = link(reviewed.appUrl(), reviewed.projectId());
            for (String email : reviewed.emails()) {
                Locale locale = languages.of(email, reviewed.language());
                sender.send(email, text(locale, reviewed.accepted() ? "accepted.subject" : "returned.subject",
                        reviewed.acronym(), reviewed.milestone()), reviewed.accepted()
                        ? text(locale, "accepted.body", reviewed.acronym(), reviewed.milestone(), reviewed.number(), link)
                        : text(locale, "returned.body", reviewed.acronym(), reviewed.milestone(), reviewed.number(),
                        reviewed.comments(), link));
            }
        });
    }

    void reminders(@Observes(during = TransactionPhase.AFTER_SUCCESS) Reminders reminders) {
        sender.onMailThread(() -> {
            Callers.Languages languages = callers.languages(Stream.concat(
                    reminders.milestones().stream().map(MilestoneReminder::email),
                    reminders.deadlines().stream().map(DeadlineReminder::email)).toList());
            for (MilestoneReminder reminder : reminders.milestones()) {
                Locale locale = languages.of(reminder.email(), reminder.language());
                String link = link(reminder.appUrl(), reminder.projectId()) + "#milestone-" + reminder.milestoneId();
                String due = reminder.dueDate().toString();
                sender.send(reminder.email(), reminder.overdue()
                                ? text(locale, "reminder.overdue.subject", reminder.acronym(), reminder.milestone(), due)
                                : text(locale, "reminder.due.subject", reminder.acronym(), reminder.milestone(), due),
                        reminder.overdue()
                                ? text(locale, "reminder.overdue.body", reminder.acronym(), reminder.milestone(), due, link)
                                : text(locale, "reminder.due.body", reminder.acronym(), reminder.milestone(), due,
                                reminder.daysLeft(), link));
            }
            for (DeadlineReminder reminder : reminders.deadlines()) {
                Locale locale = languages.of(reminder.email(), reminder.language());
                String deadline = MailSender.utc(reminder.deadline());
                sender.send(reminder.email(),
                        text(locale, "reminder.deadline.subject", reminder.acronym(), reminder.callCode(), deadline),
                        text(locale, "reminder.deadline.body", reminder.acronym(), reminder.callCode(), deadline,
                                reminder.appUrl() + "/app/proposals/proposal.xhtml?id=" + reminder.proposalId()));
            }
        });
    }

    private static String link(String appUrl, long projectId) {
        return appUrl + "/app/projects/project.xhtml?id=" + projectId;
    }

    static String text(Locale locale, String key, Object... values) {
        return MailSender.text(BUNDLE, locale, key, values);
    }
}

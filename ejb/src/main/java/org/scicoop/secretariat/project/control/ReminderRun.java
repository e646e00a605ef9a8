package org.scicoop.secretariat.project.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Session;
import org.scicoop.secretariat.platform.control.Settings;
import org.scicoop.secretariat.project.entity.ReminderRule;
import org.scicoop.secretariat.project.entity.ReminderRule.Due;
import org.scicoop.secretariat.project.entity.ReminderRule.Kind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One reminder run (issue 14), in the caller's transaction: reads the subjects that may have a reminder due — the
 * milestones awaiting a report in active projects due around now, the draft proposals of open calls closing within a
 * week — asks {@link ReminderRule} which reminder each has due now, leaves out those already recorded, records the
 * rest in {@code reminder_sent} and hands their e-mails to {@link ProjectMail} (sent after commit).
 * <p>
 * Set-based: three reads (milestones with their recipients, proposals with theirs, the reminders already recorded for
 * subjects due in the same span) and the inserts in JDBC batches, whatever the number of projects. An insert meets
 * the key of a reminder recorded meanwhile (another node's run, a rerun) and is skipped without failing the
 * transaction: {@code on conflict do nothing} on PostgreSQL, {@code merge … when not matched then insert} on H2 (the
 * local run, one node); only the reminders actually inserted are e-mailed. The e-mail goes after commit: a run that
 * fails sends nothing and records nothing, and the next run tries again — a reminder may be lost if the mail relay
 * refuses it after commit, never sent twice.
 */
@Dependent
public class ReminderRun {

    private static final Logger LOG = Logger.getLogger(ReminderRun.class.getName());
    private static final int BATCH = 500;

    private static final String MILESTONES = """
            select m.id, m.title, m.due_date, m.overdue_from, p.id, p.acronym, p.time_zone, pr.language,
                   responsible.pi_email, coordinating.pi_email
            from project_milestone m
            join project p on p.id = m.project_id
            join proposal pr on pr.id = p.proposal_id
            left join proposal_partner responsible on responsible.id = m.responsible_id
            left join proposal_partner coordinating on coordinating.proposal_id = pr.id
                                                    and coordinating.coordinating = true
            where p.state = 'ACTIVE' and m.state in ('PLANNED', 'REVISION_REQUESTED')
              and m.overdue_from > ? and m.overdue_from <= ?""";

    private static final String PROPOSALS = """
            select pr.id, pr.acronym, c.code, c.deadline, pr.language, coordinating.pi_email, person.email
            from proposal pr
            join funding_call c on c.id = pr.call_id
            left join proposal_partner coordinating on coordinating.proposal_id = pr.id
                                                    and coordinating.coordinating = true
            left join person on person.username = pr.coordinator
            where pr.status = 'DRAFT' and c.status = 'OPEN' and c.deadline > ? and c.deadline <= ?""";

    private static final String RECORDED = """
            select kind, subject_id, due_at, days_before, recipient from reminder_sent
            where due_at > ? and due_at <= ?""";

    private static final String INSERT_POSTGRESQL = """
            insert into reminder_sent (kind, subject_id, due_at, days_before, recipient, sent_at)
            values (?, ?, ?, ?, ?, ?) on conflict do nothing""";

    private static final String INSERT_H2 = """
            merge into reminder_sent r
            using (values (cast(? as varchar(20)), cast(? as bigint), cast(? as timestamp with time zone),
                           cast(? as integer), cast(? as varchar(254)), cast(? as timestamp with time zone)))
                  as s (kind, subject_id, due_at, days_before, recipient, sent_at)
            on r.kind = s.kind and r.subject_id = s.subject_id and r.due_at = s.due_at
               and r.days_before = s.days_before and r.recipient = s.recipient
            when not matched then insert (kind, subject_id, due_at, days_before, recipient, sent_at)
                 values (s.kind, s.subject_id, s.due_at, s.days_before, s.recipient, s.sent_at)""";

    /**
     * What a run did: subjects read, reminders due now, of which recorded and e-mailed by this run, the SQL statements
     * it sent (three reads and the insert batches), its time.
     */
    public record Outcome(int subjects, int due, int sent, int statements, long millis) {
    }

    /** The identity of a reminder: the key of {@code reminder_sent}. */
    record Key(Kind kind, long subject, Instant dueAt, int daysBefore, String recipient) {
    }

    /** A reminder due now, with its e-mail ({@link ProjectMail.MilestoneReminder} or {@link ProjectMail.DeadlineReminder}). */
    private record Pending(Key key, Object mail) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<ProjectMail.Reminders> reminders;

    /** Sends the reminders due now that no run has sent; see the class. */
    public Outcome run() {
        Instant now = clock.instant();
        List<Integer> days = ReminderRule.parseDays(Settings.reminderDays());
        long started = System.nanoTime();
        Outcome outcome = em.unwrap(Session.class).doReturningWork(connection -> run(connection, now, days, started));
        Level level = outcome.sent() > 0 || outcome.millis() >= 1000 ? Level.INFO : Level.FINE;
        LOG.log(level, () -> "Reminder run: " + outcome.subjects() + " subjects read, " + outcome.due()
                + " reminders due, " + outcome.sent() + " recorded and sent (the rest were sent before), "
                + outcome.statements() + " SQL statements, " + outcome.millis() + " ms");
        return outcome;
    }

    private Outcome run(Connection connection, Instant now, List<Integer> days, long started) throws SQLException {
        Instant from = now.minus(ReminderRule.OVERDUE_USEFUL);
        Instant to = now.plus(ReminderRule.horizon(days));
        String appUrl = Settings.appUrl();
        List<Pending> due = new ArrayList<>();
        int subjects = milestones(connection, now, days, from, to, appUrl, due);
        subjects += proposals(connection, now, to, appUrl, due);
        Set<Key> recorded = recorded(connection, from, to);
        List<Pending> unsent = due.stream().filter(pending -> !recorded.contains(pending.key())).toList();
        List<Pending> sent = insert(connection, unsent, now);
        if (!sent.isEmpty()) {
            reminders.fire(new ProjectMail.Reminders(
                    mails(sent, ProjectMail.MilestoneReminder.class), mails(sent, ProjectMail.DeadlineReminder.class)));
        }
        int statements = 3 + (unsent.size() + BATCH - 1) / BATCH;
        return new Outcome(subjects, due.size(), sent.size(), statements, (System.nanoTime() - started) / 1_000_000);
    }

    private static int milestones(Connection connection, Instant now, List<Integer> days, Instant from, Instant to,
                                  String appUrl, List<Pending> due) throws SQLException {
        int read = 0;
        try (PreparedStatement query = connection.prepareStatement(MILESTONES)) {
            query.setObject(1, utc(from));
            query.setObject(2, utc(to));
            query.setFetchSize(BATCH);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    read++;
                    long milestone = row.getLong(1);
                    LocalDate dueDay = row.getObject(3, LocalDate.class);
                    Instant dueAt = row.getObject(4, OffsetDateTime.class).toInstant();
                    ZoneId zone = zone(row.getString(7));
                    Optional<Due> reminder = ReminderRule.milestone(dueDay, zone, days, now);
                    if (reminder.isEmpty()) {
                        continue;
                    }
                    Due what = reminder.get();
                    String language = Objects.requireNonNullElse(row.getString(8), "en");
                    for (Map.Entry<String, String> recipient : recipients(row.getString(9), row.getString(10))
                            .entrySet()) {
                        due.add(new Pending(new Key(what.kind(), milestone, dueAt, what.daysBefore(),
                                recipient.getKey()),
                                new ProjectMail.MilestoneReminder(recipient.getValue(), language,
                                        what.kind() == Kind.MILESTONE_OVERDUE,
                                        ReminderRule.daysLeft(dueDay, zone, now), row.getString(6), row.getString(2),
                                        dueDay, row.getLong(5), milestone, appUrl)));
                    }
                }
            }
        }
        return read;
    }

    private static int proposals(Connection connection, Instant now, Instant to, String appUrl, List<Pending> due)
            throws SQLException {
        int read = 0;
        try (PreparedStatement query = connection.prepareStatement(PROPOSALS)) {
            query.setObject(1, utc(now));
            query.setObject(2, utc(to));
            query.setFetchSize(BATCH);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    read++;
                    Instant deadline = row.getObject(4, OffsetDateTime.class).toInstant();
                    Optional<Due> reminder = ReminderRule.proposal(deadline, now);
                    if (reminder.isEmpty()) {
                        continue;
                    }
                    // the coordinating partner's investigator, else the coordinator's own address
                    Map<String, String> recipients = recipients(row.getString(6));
                    if (recipients.isEmpty()) {
                        recipients = recipients(row.getString(7));
                    }
                    long proposal = row.getLong(1);
                    String language = Objects.requireNonNullElse(row.getString(5), "en");
                    for (Map.Entry<String, String> recipient : recipients.entrySet()) {
                        due.add(new Pending(new Key(Kind.PROPOSAL_DEADLINE, proposal, deadline,
                                reminder.get().daysBefore(), recipient.getKey()),
                                new ProjectMail.DeadlineReminder(recipient.getValue(), language, row.getString(2),
                                        row.getString(3), deadline, proposal, appUrl)));
                    }
                }
            }
        }
        return read;
    }

    private static Set<Key> recorded(Connection connection, Instant from, Instant to) throws SQLException {
        Set<Key> keys = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement(RECORDED)) {
            query.setObject(1, utc(from));
            query.setObject(2, utc(to));
            query.setFetchSize(BATCH);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    keys.add(new Key(Kind.valueOf(row.getString(1)), row.getLong(2),
                            row.getObject(3, OffsetDateTime.class).toInstant(), row.getInt(4), row.getString(5)));
                }
            }
        }
        return keys;
    }

    /** Inserts the reminders in batches; answers those this run inserted (the others were recorded meanwhile). */
    private static List<Pending> insert(Connection connection, List<Pending> pending, Instant now) throws SQLException {
        List<Pending> inserted = new ArrayList<>();
        if (pending.isEmpty()) {
            return inserted;
        }
        String product = connection.getMetaData().getDatabaseProductName();
        String sql = product.toLowerCase(Locale.ROOT).contains("postgresql") ? INSERT_POSTGRESQL : INSERT_H2;
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int start = 0; start < pending.size(); start += BATCH) {
                List<Pending> batch = pending.subList(start, Math.min(pending.size(), start + BATCH));
                for (Pending reminder : batch) {
                    Key key = reminder.key();
                    insert.setString(1, key.kind().name());
                    insert.setLong(2, key.subject());
                    insert.setObject(3, utc(key.dueAt()));
                    insert.setInt(4, key.daysBefore());
                    insert.setString(5, key.recipient());
                    insert.setObject(6, utc(now));
                    insert.addBatch();
                }
                int[] counts = insert.executeBatch();
                for (int i = 0; i < counts.length; i++) {
                    if (counts[i] != 0) { // 1 inserted; 0 met the key of a reminder recorded meanwhile
                        inserted.add(batch.get(i));
                    }
                }
            }
        }
        return inserted;
    }

    /**
     * The distinct addresses among {@code addresses}, blanks left out: each in lower case (as the key records it) to
     * the address as written (as the e-mail goes to it).
     */
    private static Map<String, String> recipients(String... addresses) {
        Map<String, String> recipients = new LinkedHashMap<>();
        for (String address : addresses) {
            if (address != null && !address.isBlank()) {
                recipients.putIfAbsent(address.strip().toLowerCase(Locale.ROOT), address.strip());
            }
        }
        return recipients;
    }

    private static ZoneId zone(String zone) {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException | NullPointerException e) {
            return ZoneOffset.UTC;
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static <T> List<T> mails(List<Pending> sent, Class<T> type) {
        return sent.stream().map(Pending::mail).filter(type::isInstance).map(type::cast).toList();
    }
}

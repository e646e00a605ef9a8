-- Reminders (issue 14): one row per reminder e-mail queued, written in the reminder run's transaction before the
-- e-mail is handed over (after commit). The key says which reminder it was — its kind (MILESTONE_DUE,
-- MILESTONE_OVERDUE, PROPOSAL_DEADLINE), its subject (a milestone's or a proposal's id) at the instant the subject
-- is due (the end of the milestone's due day in the project's zone, the call's deadline: a moved due date or an
-- extended deadline is due again), how many days before, and to whom (the address in lower case) — so a second
-- node, a rerun or a catch-up meets the key and skips it: no reminder is ever sent twice. Not audited: a record of
-- what was sent, never changed.

create table reminder_sent (
    kind                varchar(20)   not null,
    subject_id          bigint        not null,
    due_at              timestamp with time zone not null,
    days_before         integer       not null,
    recipient           varchar(254)  not null,
    sent_at             timestamp with time zone not null,
    constraint reminder_sent_pk primary key (kind, subject_id, due_at, days_before, recipient),
    constraint reminder_sent_kind_ck check (kind in ('MILESTONE_DUE', 'MILESTONE_OVERDUE', 'PROPOSAL_DEADLINE'))
);
-- each run reads the reminders of the subjects due around now
create index reminder_sent_due_ix on reminder_sent (due_at);

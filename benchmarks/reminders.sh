#!/usr/bin/env bash
# A reminder run over 5,000 projects with 50,000 milestones (issue 14): does it finish in under 10 s, does it send
# exactly the reminders due, and does the next run send none? Loads benchmarks/generate-reminders.sql into PostgreSQL
# (5,000 active and completed projects, milestones due from 60 days ago to 670 days ahead in four zones, some accepted
# or submitted) and restarts the stack: the run a few seconds after the start (the catch-up of
# project.control.ReminderTimer) is the one measured, from its log line (subjects read, reminders due, recorded and
# sent, SQL statements, milliseconds). Then it checks, for the benchmark's projects:
#   due       the reminders due at that instant by the rule written again in SQL (one per milestone whose first
#             reminder day has come and which was overdue for less than 7 days, to each distinct address)
#   recorded  the rows of reminder_sent
#   e-mailed  the messages bin/run's mail catcher (MailDev) received
# and that the next run (every 30 s here, SECRETARIAT_REMINDER_INTERVAL) records and sends none.
# Not a test: it measures, it does not judge. Figures go into docs/benchmarks.md.
#
# usage: benchmarks/reminders.sh [--no-build] [--tree DIR]
# Runs its own stack beside the others (WildFly on 9580, management 11490, Keycloak on 7080 and 7180, PostgreSQL on
# 16132, the mail catcher on 3825 and 3826), in .bench-reminders/.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
offset=1500
keycloak_port=7080
keycloak_management_port=7180
pg_port=16132
smtp_port=3825
mail_port=3826
bench="$root/.bench-reminders"
source "$root/benchmarks/lib.sh"
trap cleanup EXIT
statement_options 0 --db postgresql "$@"
export SECRETARIAT_REMINDER_INTERVAL=PT30S
generated_stack benchmarks/generate-reminders.sql 5000

psql_bench() { PGPASSWORD=secretariat psql -h localhost -p $pg_port -U secretariat -d secretariat -tAq -c "$1"; }
mails() { # the reminder e-mails about the benchmark's projects that the catcher holds
    curl -fsS "http://localhost:$mail_port/email" | python3 -c '
import json, sys
print(sum(1 for m in json.load(sys.stdin) if "RM-" in m.get("subject", "")))'
}
recorded() {
    psql_bench "select count(*) from reminder_sent r join project_milestone m on m.id = r.subject_id
                join project p on p.id = m.project_id
                where r.kind like 'MILESTONE%' and p.acronym like 'RM-%'"
}
due_now() { # the rule again, in SQL: which reminders are due now, one per milestone and distinct address
    psql_bench "
        with candidate as (
            select m.due_date, p.time_zone as zone, lower(trim(coordinator.pi_email)) as coordinator,
                   lower(trim(responsible.pi_email)) as responsible
            from project_milestone m join project p on p.id = m.project_id
            join proposal_partner coordinator on coordinator.proposal_id = p.proposal_id and coordinator.coordinating
            left join proposal_partner responsible on responsible.id = m.responsible_id
            where p.acronym like 'RM-%' and p.state = 'ACTIVE' and m.state in ('PLANNED', 'REVISION_REQUESTED'))
        select coalesce(sum(case when responsible is null or responsible = coordinator then 1 else 2 end), 0)
        from candidate
        where cast(due_date - 14 as timestamp) at time zone zone <= current_timestamp
          and current_timestamp < (cast(due_date + 1 as timestamp) at time zone zone) + interval '7 day'"
}

log="$run/wildfly.log"
echo "Reminder run over 5,000 projects and 50,000 milestones, PostgreSQL, $(git -C "$tree" log -1 --format='%h %s' | cut -c1-80)"
echo "  $(nproc) cores; $(psql_bench "select count(*) from project_milestone m join project p on p.id = m.project_id where p.acronym like 'RM-%'") milestones in $(psql_bench "select count(*) from project where acronym like 'RM-%'") projects"
line=""
for ((wait = 0; wait < 120; wait++)); do
    line=$(grep "Reminder run: .* [1-9][0-9]* recorded" "$log" | tail -1 || true)
    [[ -z "$line" ]] || break
    sleep 1
done
[[ -n "$line" ]] || { echo "no reminder run with reminders in $log" >&2; exit 1; }
due=$(due_now)
echo "  first run:  ${line#*Reminder run: }"
sent=0
for ((wait = 0; wait < 180; wait++)); do
    sent=$(mails)
    ((sent < $(recorded))) || break
    sleep 1
done
rows=$(recorded)
echo "  due by the rule in SQL: $due   recorded: $rows   e-mailed: $sent"

# the next run, logged at FINE when it sends nothing (read from server.log, whose handler takes every level)
cli "/subsystem=logging/logger=org.scicoop.secretariat.project.control.ReminderRun:add(level=FINE)" >/dev/null
server_log="$run/wildfly/log/server.log"
from=$(wc -l < "$server_log")
next=""
for ((wait = 0; wait < 90; wait++)); do
    next=$(tail -n +"$((from + 1))" "$server_log" | grep "Reminder run:" | tail -1 || true)
    [[ -z "$next" ]] || break
    sleep 1
done
sleep 3
echo "  next run:   ${next#*Reminder run: }"
echo "  afterwards: recorded $(recorded), e-mailed $(mails)"
echo
echo "| run | subjects read | reminders due | recorded and sent | SQL statements | time |"
echo "|---|---|---|---|---|---|"
for result in "$line" "$next"; do
    echo "$result" | sed -E 's/.*Reminder run: ([0-9]+) subjects read, ([0-9]+) reminders due, ([0-9]+) recorded.*, ([0-9]+) SQL statements, ([0-9]+) ms/| \1 | \2 | \3 | \4 | \5 ms |/' \
        | sed "s/^/| $([[ "$result" == "$line" ]] && echo first || echo next) /"
done

-- BENCHMARK DATA ONLY (benchmarks/reminders.sh), PostgreSQL: 5,000 active projects with 10 milestones each (50,000),
-- added to a database migrated with the demo data (its organisations). One decided call BENCH-REMIND; per project a
-- funded proposal RM-x coordinated by member, a coordinating partner (investigator coord-x@bench.example) and a
-- second partner (pi-x@bench.example). Milestone k of project x is due between 60 days ago and 670 days ahead,
-- spread evenly, in one of four zones; it is the second partner's for odd k, the coordinator's own for even k (one
-- recipient then). Every fifth milestone is accepted, every tenth of the rest submitted, and every fiftieth project
-- is completed: none of those is reminded. @SERIES@ is generate_series, giving x = 1 … 5000.

insert into funding_call (code, title, summary, status, opens_at, deadline, common_fund_eur, min_partners,
                          min_countries, developing_partner_required, coordinator_country_funds,
                          max_duration_months, created_at, opened_at, closed_at)
    values ('BENCH-REMIND', 'Reminders benchmark', 'Benchmark call, decided.', 'DECIDED',
            current_timestamp - interval '400' day, current_timestamp - interval '300' day, 0, 2, 2, false, false, 36,
            current_timestamp - interval '410' day, current_timestamp - interval '400' day,
            current_timestamp - interval '300' day);

insert into proposal (call_id, coordinator, acronym, title, abstract_text, keywords, duration_months, status,
                      created_at, submitted_at, language)
    select c.id, 'member', 'RM-' || lpad(cast(x as varchar(10)), 4, '0'), 'Reminders benchmark project ' || x,
           'A project of the reminders benchmark.', 'benchmark', 36, 'FUNDED',
           current_timestamp - interval '320' day, current_timestamp - interval '301' day,
           (array['en', 'fr', 'es', 'zh'])[1 + mod(x, 4)]
    from funding_call c, @SERIES@
    where c.code = 'BENCH-REMIND';

insert into proposal_partner (proposal_id, ordinal, coordinating, organisation_id, country_code, pi_name, pi_email,
                              member_username, funding_source, currency, requested, person_months)
    select p.id, v.ordinal, v.ordinal = 0, o.id, o.country_code, v.pi_name,
           v.prefix || substring(p.acronym from 4) || '@bench.example', case when v.ordinal = 0 then 'member' end,
           'SELF_FUNDED', 'EUR', 100000, 24
    from (select 0 as ordinal, '02en5vm52' as ror_id, 'Camille Martin' as pi_name, 'coord-' as prefix union all
          select 1, '03cve4549', 'Li Wei', 'pi-') v
    join funding_call c on c.code = 'BENCH-REMIND'
    join proposal p on p.call_id = c.id
    join organisation o on o.ror_id = v.ror_id;

insert into project (proposal_id, call_id, acronym, title, duration_months, start_date, end_date, time_zone, state,
                     officer, created_at)
    select p.id, c.id, p.acronym, p.title, 36, current_date - 300, cast(current_date - 300 + interval '36' month as date) - 1,
           (array['UTC', 'Africa/Nairobi', 'Asia/Shanghai', 'America/Sao_Paulo'])
               [1 + mod(cast(substring(p.acronym from 4) as integer), 4)],
           case when mod(cast(substring(p.acronym from 4) as integer), 50) = 0 then 'COMPLETED' else 'ACTIVE' end,
           'officer', current_timestamp - interval '300' day
    from proposal p join funding_call c on c.id = p.call_id
    where c.code = 'BENCH-REMIND';

insert into project_milestone (project_id, ordinal, title, kind, responsible_id, due_month, due_date, overdue_from,
                               state)
    select j.id, k, 'Milestone ' || k || ' of ' || j.acronym, 'DELIVERABLE',
           case when mod(k, 2) = 1 then partner.id else coordinator.id end, null, due.day,
           cast(due.day + 1 as timestamp) at time zone j.time_zone,
           case when mod(k, 5) = 4 then 'ACCEPTED' when mod(j.id + k, 10) = 0 then 'SUBMITTED' else 'PLANNED' end
    from project j
    join funding_call c on c.id = j.call_id and c.code = 'BENCH-REMIND'
    join proposal_partner coordinator on coordinator.proposal_id = j.proposal_id and coordinator.ordinal = 0
    join proposal_partner partner on partner.proposal_id = j.proposal_id and partner.ordinal = 1
    cross join generate_series(0, 9) k
    cross join lateral (select current_date - 60
                               + mod(cast(substring(j.acronym from 4) as integer) * 7 + k * 73, 730) as day) due;

-- BENCHMARK DATA ONLY (benchmarks/projects.sh): a decided call with 5,000 funded proposals, each a project with three
-- partners, their grants (France's ANR in EUR, China's NSFC in CNY, a Kenyan partner on the common fund) and ten
-- milestones: 50,000 milestones, added to a database migrated with the demo data (its agencies, organisations and
-- exchange rates). Starts are spread over the last two years, so that some milestones are accepted, some submitted,
-- some returned and some overdue, and a few fall due this month. PostgreSQL only (generate_series, date arithmetic).
-- @SERIES@ is the row generator, giving x = 1 … 5000.

insert into funding_call (code, title, summary, status, opens_at, deadline, common_fund_eur, min_partners,
                          min_countries, developing_partner_required, coordinator_country_funds,
                          max_duration_months, created_at, opened_at, closed_at)
    select 'BENCH-PROJ', 'Portfolio benchmark, 5,000 projects', 'Benchmark call, decided.', 'DECIDED',
           current_timestamp - interval '900' day, current_timestamp - interval '800' day, 50000000, 3, 2, true, true,
           36, current_timestamp - interval '910' day, current_timestamp - interval '900' day,
           current_timestamp - interval '800' day;

insert into funding_call_theme (call_id, theme_id)
    select c.id, t.id from funding_call c, thematic_area t
    where c.code = 'BENCH-PROJ' and t.code in ('CLIMATE_CHANGE', 'WATER');

insert into proposal (call_id, coordinator, acronym, title, abstract_text, keywords, duration_months, status,
                      created_at, submitted_at, screened_at, screened_by)
    select c.id, 'member', 'PJ-' || lpad(cast(x as varchar(10)), 4, '0'),
           'Portfolio benchmark project ' || cast(x as varchar(10)),
           'A project of the portfolio benchmark.', 'benchmark', 36, 'FUNDED',
           current_timestamp - interval '850' day, current_timestamp - interval '801' day,
           current_timestamp - interval '790' day, 'officer'
    from funding_call c, @SERIES@
    where c.code = 'BENCH-PROJ';

insert into proposal_partner (proposal_id, ordinal, coordinating, organisation_id, country_code, pi_name, pi_email,
                              member_username, funding_source, agency_id, currency, requested, person_months)
    select p.id, v.ordinal, v.ordinal = 0, o.id, o.country_code, v.pi_name, v.pi_email, v.member_username,
           v.funding_source, a.id, v.currency, v.requested, 24
    from (select 0 as ordinal, '02en5vm52' as ror_id, 'Camille Martin' as pi_name,
                 'member@secretariat.example' as pi_email, 'member' as member_username, 'AGENCY' as funding_source,
                 'ANR' as acronym, 'EUR' as currency, 200000 as requested union all
          select 1, '03cve4549', 'Li Wei', 'li.wei@tsinghua.example', null, 'AGENCY', 'NSFC', 'CNY', 1000000 union all
          select 2, '02y9nww90', 'Amina Odhiambo', 'member2@secretariat.example', 'member2', 'COMMON_FUND', null, 'EUR',
                 50000) v
    join funding_call c on c.code = 'BENCH-PROJ'
    join proposal p on p.call_id = c.id
    join organisation o on o.ror_id = v.ror_id
    left join funding_agency a on a.country_code = o.country_code and a.acronym = v.acronym;

insert into project (proposal_id, call_id, acronym, title, duration_months, start_date, end_date, time_zone, state,
                     officer, created_at, version)
    select p.id, p.call_id, p.acronym, p.title, 36,
           current_date - (cast(substr(p.acronym, 4) as integer) % 730),
           current_date - (cast(substr(p.acronym, 4) as integer) % 730) + interval '36 months' - interval '1 day',
           'UTC', case when cast(substr(p.acronym, 4) as integer) % 50 = 0 then 'COMPLETED' else 'ACTIVE' end,
           'officer', current_timestamp - interval '790' day, 0
    from proposal p join funding_call c on c.id = p.call_id where c.code = 'BENCH-PROJ';

insert into project_grant (project_id, partner_id, organisation_name, country_code, amount, currency, agency_id)
    select j.id, x.id, o.name, x.country_code, x.requested, x.currency, x.agency_id
    from project j join proposal_partner x on x.proposal_id = j.proposal_id join organisation o on o.id = x.organisation_id
    join funding_call c on c.id = j.call_id where c.code = 'BENCH-PROJ';

-- ten milestones a project, every 3.6 months; those due more than 60 days ago accepted (but every seventh of them
-- only submitted, every eleventh returned), the others planned: the ones whose day has passed are overdue
insert into project_milestone (project_id, ordinal, title, kind, responsible_id, due_month, due_date, overdue_from,
                               state, version)
    select j.id, n.n, 'Milestone ' || n.n, case when n.n % 2 = 0 then 'DELIVERABLE' else 'PERIODIC_REPORT' end,
           cast(null as bigint), cast(null as integer), d.due, cast(d.due + 1 as timestamp) at time zone 'UTC',
           case when d.due < current_date - 60 and (j.id + n.n) % 7 = 0 then 'SUBMITTED'
                when d.due < current_date - 60 and (j.id + n.n) % 11 = 0 then 'REVISION_REQUESTED'
                when d.due < current_date - 60 then 'ACCEPTED'
                else 'PLANNED' end, 0
    from project j join funding_call c on c.id = j.call_id and c.code = 'BENCH-PROJ'
    cross join (select generate_series(1, 10) as n) n
    cross join lateral (select cast(j.start_date + n.n * 108 as date) as due) d;

analyze;

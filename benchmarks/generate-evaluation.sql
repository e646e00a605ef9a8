-- BENCHMARK DATA ONLY (benchmarks/ranking.sh): two calls in evaluation, added to a database migrated with the demo
-- data (its agencies, organisations, exchange rates and reviewer pool).
--   BENCH-EVAL-10     10 proposals, 30 submitted reviews, a consensus each
--   BENCH-EVAL-1000   1,000 proposals, 3,000 submitted reviews (3 criteria each), a consensus each
-- Three partners per proposal (France's ANR in EUR, China's NSFC in CNY, a Kenyan partner on the common fund), the
-- default criteria, the consensus started. Scores vary with the proposal so that the ranking has ties to break.
-- @SERIES@ is the database's row generator (H2: system_range, PostgreSQL: generate_series), giving x = 1 … 1000.

insert into funding_call (code, title, summary, status, opens_at, deadline, common_fund_eur, min_partners,
                          min_countries, developing_partner_required, coordinator_country_funds,
                          max_duration_months, created_at, opened_at, closed_at)
    select v.code, v.title, 'Benchmark call in evaluation.', 'IN_EVALUATION',
           current_timestamp - interval '90' day, current_timestamp - interval '30' day, 5000000, 3, 2, true, true, 36,
           current_timestamp - interval '100' day, current_timestamp - interval '90' day,
           current_timestamp - interval '30' day
    from (select 'BENCH-EVAL-10' as code, 'Ranking benchmark, 10 proposals' as title union all
          select 'BENCH-EVAL-1000', 'Ranking benchmark, 1,000 proposals') v;

insert into funding_call_theme (call_id, theme_id)
    select c.id, t.id from funding_call c, thematic_area t
    where c.code in ('BENCH-EVAL-10', 'BENCH-EVAL-1000') and t.code in ('CLIMATE_CHANGE', 'WATER');

insert into call_commitment (call_id, agency_id, amount, currency, max_request_per_partner)
    select c.id, a.id, v.amount, a.currency, v.max_request
    from (select 'FR' as country, 'ANR' as acronym, 60000000 as amount, 300000 as max_request union all
          select 'CN', 'NSFC', 400000000, 1500000) v
    join funding_call c on c.code in ('BENCH-EVAL-10', 'BENCH-EVAL-1000')
    join funding_agency a on a.country_code = v.country and a.acronym = v.acronym;

insert into proposal (call_id, coordinator, acronym, title, abstract_text, keywords, duration_months, status,
                      created_at, submitted_at, screened_at, screened_by)
    select c.id, 'member', 'EV-' || lpad(cast(x as varchar(10)), 4, '0'),
           'Ranking benchmark proposal ' || cast(x as varchar(10)),
           'A proposal of the ranking benchmark.', 'benchmark', 36, 'IN_EVALUATION',
           current_timestamp - interval '40' day, current_timestamp - interval '31' day,
           current_timestamp - interval '29' day, 'officer'
    from funding_call c, @SERIES@
    where c.code = 'BENCH-EVAL-1000' or (c.code = 'BENCH-EVAL-10' and x <= 10);

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
    join funding_call c on c.code in ('BENCH-EVAL-10', 'BENCH-EVAL-1000')
    join proposal p on p.call_id = c.id
    join organisation o on o.ror_id = v.ror_id
    left join funding_agency a on a.country_code = o.country_code and a.acronym = v.acronym;

insert into evaluation (call_id, total_threshold, reviewers_per_proposal, max_load, other_country_than_coordinator,
                        started_at, started_by, consensus_started_at)
    select c.id, 10.0, 3, 500, true, current_timestamp - interval '28' day, 'officer',
           current_timestamp - interval '2' day
    from funding_call c where c.code in ('BENCH-EVAL-10', 'BENCH-EVAL-1000');

insert into evaluation_criterion (evaluation_id, ordinal, code, threshold)
    select e.id, v.ordinal, v.code, 3.0
    from (select 0 as ordinal, 'EXCELLENCE' as code union all select 1, 'IMPACT' union all
          select 2, 'IMPLEMENTATION') v, evaluation e join funding_call c on c.id = e.call_id
    where c.code in ('BENCH-EVAL-10', 'BENCH-EVAL-1000');

insert into review_assignment (evaluation_id, proposal_id, reviewer, assigned_by, assigned_at, declaration,
                               declared_at, status, saved_at, submitted_at)
    select e.id, p.id, v.reviewer, 'officer', current_timestamp - interval '27' day, 'NO_CONFLICT',
           current_timestamp - interval '26' day, 'SUBMITTED', current_timestamp - interval '10' day,
           current_timestamp - interval '10' day
    from (select 'reviewer' as reviewer union all select 'reviewer2' union all select 'reviewer4') v,
         evaluation e join funding_call c on c.id = e.call_id join proposal p on p.call_id = c.id
    where c.code in ('BENCH-EVAL-10', 'BENCH-EVAL-1000');

insert into review_score (assignment_id, criterion, score, comment)
    select a.id, v.criterion, 2.5 + 0.5 * mod(a.proposal_id * (v.criterion + 3) + length(a.reviewer), 6),
           'A benchmark comment on criterion ' || cast(v.criterion as varchar(2)) || '.'
    from (select 0 as criterion union all select 1 union all select 2) v,
         review_assignment a join evaluation e on e.id = a.evaluation_id join funding_call c on c.id = e.call_id
    where c.code in ('BENCH-EVAL-10', 'BENCH-EVAL-1000');

insert into consensus (evaluation_id, proposal_id, report, set_by, set_at)
    select e.id, p.id, 'The panel agreed.', 'officer', current_timestamp - interval '1' day
    from evaluation e join funding_call c on c.id = e.call_id join proposal p on p.call_id = c.id
    where c.code in ('BENCH-EVAL-10', 'BENCH-EVAL-1000');

insert into consensus_score (consensus_id, criterion, score)
    select n.id, v.criterion, 2.5 + 0.5 * mod(n.proposal_id * (v.criterion + 5), 6)
    from (select 0 as criterion union all select 1 union all select 2) v,
         consensus n join evaluation e on e.id = n.evaluation_id join funding_call c on c.id = e.call_id
    where c.code in ('BENCH-EVAL-10', 'BENCH-EVAL-1000');

-- BENCHMARK DATA ONLY (benchmarks/proposals-list.sh): two calls with 20 submitted proposals each, added to a
-- database migrated with the demo data (its agencies, organisations and exchange rates).
--   BENCH-PROP-EUR  every partner requests in euros (ANR, DFG, and the common fund for a Kenyan partner)
--   BENCH-PROP-FX   partners request in five currencies: EUR (ANR), CNY (NSFC), ZAR (NRF), KES (NACOSTI), BRL (CNPq)
-- Five partners per proposal, a milestone, a submitted version (its JSON holds the text only: the lists never read
-- it) and the account link of the invited Kenyan partner. @SERIES@ is the database's row generator (H2:
-- system_range, PostgreSQL: generate_series), giving x = 1 … 20. Organisations are found by ROR id (ASCII only).

-- Exchange rates: the demo's, plus an older rate per currency (the converter must take the latest on or before
-- the day, not any).
insert into exchange_rate (currency, valid_on, eur_per_unit)
    select v.currency, cast(current_timestamp - interval '40' day as date), v.rate from (
        select 'CNY' as currency, 0.12100000 as rate union all
        select 'ZAR', 0.04900000 union all
        select 'KES', 0.00668000 union all
        select 'BRL', 0.16000000) v
    where not exists (select 1 from exchange_rate r where r.currency = v.currency);
insert into exchange_rate (currency, valid_on, eur_per_unit)
    select v.currency, cast(current_timestamp - interval '400' day as date), v.rate from (
        select 'CNY' as currency, 0.12900000 as rate union all
        select 'ZAR', 0.05200000 union all
        select 'KES', 0.00710000 union all
        select 'BRL', 0.17500000) v
    where not exists (select 1 from exchange_rate r
                      where r.currency = v.currency and r.valid_on = cast(current_timestamp - interval '400' day as date));

insert into funding_call (code, title, summary, status, opens_at, deadline, common_fund_eur, min_partners,
                          min_countries, developing_partner_required, coordinator_country_funds,
                          max_duration_months, created_at, opened_at)
    select v.code, v.title, 'Benchmark call: twenty submitted proposals of five partners each.', 'OPEN',
           current_timestamp - interval '30' day, current_timestamp + interval '30' day, 500000, 3, 2, true, true, 36,
           current_timestamp - interval '40' day, current_timestamp - interval '30' day
    from (select 'BENCH-PROP-EUR' as code, 'Proposals list benchmark, partners in euros' as title union all
          select 'BENCH-PROP-FX', 'Proposals list benchmark, partners in five currencies') v;

insert into funding_call_theme (call_id, theme_id)
    select c.id, t.id from funding_call c, thematic_area t
    where c.code in ('BENCH-PROP-EUR', 'BENCH-PROP-FX') and t.code in ('CLIMATE_CHANGE', 'WATER');

insert into call_commitment (call_id, agency_id, amount, currency, max_request_per_partner)
    select c.id, a.id, v.amount, a.currency, v.max_request
    from (select 'BENCH-PROP-EUR' as code, 'FR' as country, 'ANR' as acronym, 6000000 as amount, 300000 as max_request union all
          select 'BENCH-PROP-EUR', 'DE', 'DFG', 6000000, 300000 union all
          select 'BENCH-PROP-FX', 'FR', 'ANR', 6000000, 300000 union all
          select 'BENCH-PROP-FX', 'CN', 'NSFC', 40000000, 1500000 union all
          select 'BENCH-PROP-FX', 'ZA', 'NRF', 60000000, 2500000 union all
          select 'BENCH-PROP-FX', 'KE', 'NACOSTI', 600000000, 20000000 union all
          select 'BENCH-PROP-FX', 'BR', 'CNPq', 20000000, 800000) v
    join funding_call c on c.code = v.code
    join funding_agency a on a.country_code = v.country and a.acronym = v.acronym;

insert into proposal (call_id, coordinator, acronym, title, abstract_text, keywords, duration_months, status,
                      created_at, submitted_at)
    select c.id, 'member', case c.code when 'BENCH-PROP-EUR' then 'EUR-' else 'FX-' end || lpad(cast(x as varchar(10)), 2, '0'),
           'Benchmark proposal ' || cast(x as varchar(10)) || ' to ' || c.code,
           'A proposal of the proposals list benchmark.', 'benchmark', 36, 'SUBMITTED',
           current_timestamp - interval '10' day + x * interval '1' hour,
           current_timestamp - interval '2' day + x * interval '1' hour
    from funding_call c, @SERIES@
    where c.code in ('BENCH-PROP-EUR', 'BENCH-PROP-FX');

insert into proposal_partner (proposal_id, ordinal, coordinating, organisation_id, country_code, pi_name, pi_email,
                              member_username, funding_source, agency_id, currency, requested, person_months, invited_at)
    select p.id, v.ordinal, v.ordinal = 0, o.id, o.country_code, v.pi_name, v.pi_email, v.member_username,
           v.funding_source, a.id, v.currency, v.requested, 24,
           case when v.member_username = 'member2' then current_timestamp - interval '5' day end
    from (select 'BENCH-PROP-EUR' as code, 0 as ordinal, '02en5vm52' as ror_id, 'Camille Martin' as pi_name,
                 'member@secretariat.example' as pi_email, 'member' as member_username, 'AGENCY' as funding_source,
                 'ANR' as acronym, 'EUR' as currency, 250000 as requested union all
          select 'BENCH-PROP-EUR', 1, '02kkvpp62', 'Jonas Weber', 'j.weber@tum.example', null, 'AGENCY', 'DFG', 'EUR', 200000 union all
          select 'BENCH-PROP-EUR', 2, '02feahw73', 'Claire Petit', 'c.petit@cnrs.example', null, 'AGENCY', 'ANR', 'EUR', 150000 union all
          select 'BENCH-PROP-EUR', 3, '01hhn8329', 'Anna Schmidt', 'a.schmidt@mpg.example', null, 'AGENCY', 'DFG', 'EUR', 180000 union all
          select 'BENCH-PROP-EUR', 4, '02y9nww90', 'Amina Odhiambo', 'member2@secretariat.example', 'member2', 'COMMON_FUND', null, 'EUR', 120000 union all
          select 'BENCH-PROP-FX', 0, '02en5vm52', 'Camille Martin', 'member@secretariat.example', 'member', 'AGENCY', 'ANR', 'EUR', 250000 union all
          select 'BENCH-PROP-FX', 1, '03cve4549', 'Li Wei', 'li.wei@tsinghua.example', null, 'AGENCY', 'NSFC', 'CNY', 1200000 union all
          select 'BENCH-PROP-FX', 2, '03p74gp79', 'Thandiwe Nkosi', 't.nkosi@uct.example', null, 'AGENCY', 'NRF', 'ZAR', 2000000 union all
          select 'BENCH-PROP-FX', 3, '02y9nww90', 'Amina Odhiambo', 'member2@secretariat.example', 'member2', 'AGENCY', 'NACOSTI', 'KES', 15000000 union all
          select 'BENCH-PROP-FX', 4, '036rp1748', 'Ana Souza', 'a.souza@usp.example', null, 'AGENCY', 'CNPq', 'BRL', 600000) v
    join funding_call c on c.code = v.code
    join proposal p on p.call_id = c.id
    join organisation o on o.ror_id = v.ror_id
    left join funding_agency a on a.country_code = o.country_code and a.acronym = v.acronym;

insert into proposal_milestone (proposal_id, ordinal, title, due_month, kind, responsible_id)
    select p.id, 0, 'Data management plan', 6, 'DELIVERABLE', x.id
    from proposal p join funding_call c on c.id = p.call_id
    join proposal_partner x on x.proposal_id = p.id and x.ordinal = 0
    where c.code in ('BENCH-PROP-EUR', 'BENCH-PROP-FX');

insert into proposal_submission (proposal_id, version_number, receipt, submitted_at, submitted_by, content)
    select p.id, 1, c.code || '-P' || cast(p.id as varchar(20)) || '-V1', p.submitted_at, 'member',
           '{"acronym":"' || p.acronym || '","title":"' || p.title || '","abstractText":"' || p.abstract_text
               || '","keywords":"benchmark","durationMonths":36,"partners":[],"milestones":[],"attachments":[]}'
    from proposal p join funding_call c on c.id = p.call_id
    where c.code in ('BENCH-PROP-EUR', 'BENCH-PROP-FX');

insert into partner_account_link (proposal_id, partner_id, organisation_name, email, account, outcome, actor, happened_at)
    select p.id, x.id, o.name, x.pi_email, x.member_username, 'EXISTING_ACCOUNT', 'member', x.invited_at
    from proposal p join funding_call c on c.id = p.call_id
    join proposal_partner x on x.proposal_id = p.id and x.member_username = 'member2'
    join organisation o on o.id = x.organisation_id
    where c.code in ('BENCH-PROP-EUR', 'BENCH-PROP-FX');

-- DEMO DATA ONLY (db/demo, never in production). The evaluation and funding decision (issue 13) on two more
-- demo calls, and the reviewer pool:
--   STI-2025-WATR-01, in evaluation: four proposals in evaluation (and one ineligible), reviews partly in (submitted,
--     drafts, declarations pending) and one declared conflict (reviewer3 on AQUIFER, a former collaboration).
--   STI-2024-BIOD-01, decided: every review submitted, a consensus per proposal, national checks (one partner of
--     GRASSLAND found ineligible), a top-up by South Africa's NRF, and the recorded funding decision with its awards.
-- The recorded decision is exactly what CommonPot.allocate computes from these data (DemoEvaluationDataTest checks it),
-- with the rates of 2026-11-02 (R__demo_2_calls.sql) in force on the decision's rates_on. The walk, budgets being
-- ANR 600,000 EUR; NSFC 3,000,000 CNY; NRF (ZA) 4,500,000 + 500,000 top-up ZAR; DST 20,000,000 INR; common fund
-- 150,000 EUR:
--   1 POLLINATE 13.5  funded: ANR 250,000, DST 12,000,000, NRF 2,000,000 (DST has 8,000,000 left)
--   2 WETLANDS  13.0  funded: NSFC 1,500,000; the Indian partner's 10,000,000 INR are more than DST has left, so
--                     the common fund pays them (103,000.00 EUR at 0.0103), and the Kenyan partner's 30,000 EUR
--   3 SOILBIOTA 12.5  reserve: a funding gap at NRF (needs 3,500,000 ZAR, 3,000,000 left)
--   4 MANGROVE  12.0  funded: NSFC 1,200,000, NRF 2,800,000 (possible thanks to the top-up), common fund 15,000
--   5 GRASSLAND 11.0  not funded: its South African partner is nationally ineligible
--   6 FRAGMENTS  8.5  not funded: below the threshold (10.0, and 2.5 on Impact)
-- Idempotent like the others: every row is added once, by its natural key (call code, acronym, reviewer, ordinal …).
-- Proposals are coordinated by people without a demo account, so that the demo users' own lists stay as they were.

-- The reviewer pool: the demo reviewers of the Keycloak realm, with their expertise.
insert into expert (username, display_name, email, organisation_id, country_code, added_by, added_at)
    select v.username, v.display_name, v.username || '@secretariat.example', o.id, v.country, 'admin',
           current_timestamp - interval '400' day
    from (
        select 'reviewer' as username, 'Anna Schmidt' as display_name, 'DE' as country, 'Technische Universität München' as organisation union all
        select 'reviewer2', 'Priya Sharma', 'IN', 'Indian Institute of Science' union all
        select 'reviewer3', 'Sipho Dlamini', 'ZA', 'University of Cape Town' union all
        select 'reviewer4', 'Lucie Bernard', 'FR', 'Centre national de la recherche scientifique') v
    left join organisation o on o.name = v.organisation
    where not exists (select 1 from expert x where x.username = v.username);

insert into expert_theme (expert_id, theme_id)
    select e.id, t.id from (
        select 'reviewer' as username, 'CLIMATE_CHANGE' as theme union all
        select 'reviewer', 'WATER' union all
        select 'reviewer', 'DISASTER_RISK' union all
        select 'reviewer', 'ENERGY_SECURITY' union all
        select 'reviewer2', 'WATER' union all
        select 'reviewer2', 'FOOD_SECURITY' union all
        select 'reviewer2', 'BIODIVERSITY' union all
        select 'reviewer2', 'ENVIRONMENT' union all
        select 'reviewer3', 'BIODIVERSITY' union all
        select 'reviewer3', 'ENVIRONMENT' union all
        select 'reviewer3', 'CLIMATE_CHANGE' union all
        select 'reviewer4', 'HEALTH' union all
        select 'reviewer4', 'SUSTAINABLE_CITIES' union all
        select 'reviewer4', 'BIODIVERSITY' union all
        select 'reviewer4', 'WATER') v
    join expert e on e.username = v.username
    join thematic_area t on t.code = v.theme
    where not exists (select 1 from expert_theme x where x.expert_id = e.id and x.theme_id = t.id);

-- In evaluation: closed 40 days ago, reviewers at work.
insert into funding_call (code, title, summary, status, opens_at, deadline, common_fund_eur, min_partners,
                          min_countries, developing_partner_required, coordinator_country_funds,
                          max_duration_months, created_at, opened_at, closed_at)
    select 'STI-2025-WATR-01', 'Water security under a changing climate',
           'Groundwater, floods, salinity and household water: research that helps water users and authorities cope with droughts and floods made worse by climate change.',
           'IN_EVALUATION', current_timestamp - interval '220' day, current_timestamp - interval '40' day, 400000, 3, 2, true, true, 36,
           current_timestamp - interval '250' day, current_timestamp - interval '220' day, current_timestamp - interval '40' day
    where not exists (select 1 from funding_call where code = 'STI-2025-WATR-01');

-- Decided: closed 240 days ago, decided 30 days ago.
insert into funding_call (code, title, summary, status, opens_at, deadline, common_fund_eur, min_partners,
                          min_countries, developing_partner_required, coordinator_country_funds,
                          max_duration_months, created_at, opened_at, closed_at)
    select 'STI-2024-BIOD-01', 'Biodiversity and ecosystem services in agricultural landscapes',
           'Pollinators, soils, wetlands and grasslands: how farming landscapes can keep their biodiversity and the services it gives to the people who live from them.',
           'DECIDED', current_timestamp - interval '400' day, current_timestamp - interval '240' day, 150000, 3, 2, true, true, 36,
           current_timestamp - interval '430' day, current_timestamp - interval '400' day, current_timestamp - interval '240' day
    where not exists (select 1 from funding_call where code = 'STI-2024-BIOD-01');

insert into funding_call_theme (call_id, theme_id)
    select c.id, t.id from funding_call c, thematic_area t
    where ((c.code = 'STI-2025-WATR-01' and t.code in ('WATER', 'CLIMATE_CHANGE'))
        or (c.code = 'STI-2024-BIOD-01' and t.code in ('BIODIVERSITY', 'ENVIRONMENT')))
      and not exists (select 1 from funding_call_theme x where x.call_id = c.id and x.theme_id = t.id);

insert into call_commitment (call_id, agency_id, amount, currency, max_request_per_partner)
    select c.id, a.id, v.amount, a.currency, v.max_request from (
        select 'STI-2025-WATR-01' as code, 'CN' as country, 'NSFC' as acronym, 6000000 as amount, 1500000 as max_request union all
        select 'STI-2025-WATR-01', 'ZA', 'NRF', 10000000, 2500000 union all
        select 'STI-2025-WATR-01', 'BR', 'CNPq', 3000000, 700000 union all
        select 'STI-2025-WATR-01', 'DE', 'DFG', 1200000, 300000 union all
        select 'STI-2024-BIOD-01', 'FR', 'ANR', 600000, 300000 union all
        select 'STI-2024-BIOD-01', 'CN', 'NSFC', 3000000, 1500000 union all
        select 'STI-2024-BIOD-01', 'ZA', 'NRF', 4500000, 4000000 union all
        select 'STI-2024-BIOD-01', 'IN', 'DST', 20000000, 12000000) v
    join funding_call c on c.code = v.code
    join funding_agency a on a.country_code = v.country and a.acronym = v.acronym
    where not exists (select 1 from call_commitment x where x.call_id = c.id and x.agency_id = a.id);

-- ---------------------------------------------------------------------------------------------------------------
-- STI-2025-WATR-01: proposals, each with its partners, milestones and submitted version.

insert into proposal (call_id, coordinator, acronym, title, abstract_text, keywords, duration_months, status,
                      created_at, submitted_at, withdrawn_at, screened_at, screened_by, screening_reasons, language)
    select c.id, 'zhao.lei', 'AQUIFER', 'Managed aquifer recharge for drought-prone river basins',
           'Managed aquifer recharge with treated storm water and flood peaks in the Yellow River, Awash and Piracicaba basins, with the water authorities that will run it.',
           'groundwater, aquifer recharge, drought', 36, 'IN_EVALUATION',
           current_timestamp - interval '130' day, current_timestamp - interval '44' day, null, current_timestamp - interval '36' day, 'officer',
           null, 'en'
    from funding_call c where c.code = 'STI-2025-WATR-01'
      and not exists (select 1 from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-WATR-01' and p.acronym = 'AQUIFER');

insert into proposal_partner (proposal_id, ordinal, coordinating, organisation_id, country_code, pi_name, pi_email,
                              member_username, funding_source, agency_id, currency, requested, person_months, invited_at)
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-WATR-01' and p.acronym = 'AQUIFER'), 0, true, (select o.id from organisation o where o.name = 'Peking University'), 'CN',
           'Zhao Lei', 'zhao.lei@pku.example', cast('zhao.lei' as varchar(100)), 'AGENCY', (select a.id from funding_agency a where a.country_code = 'CN' and a.acronym = 'NSFC'), 'CNY', 1200000, 30, cast(null as timestamp with time zone)
    where not exists (select 1 from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-WATR-01' and p.acronym = 'AQUIFER') and pp.ordinal = 0)
    union all
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-WATR-01' and p.acronym = 'AQUIFER'), 1, false, (select o.id from organisation o where o.name = 'Addis Ababa University'), 'ET',
           'Tigist Bekele', 't.bekele@aau.example', null, 'COMMON_FUND', cast(null as bigint), 'EUR', 120000, 36, cast(null as timestamp with time zone)
    where not exists (select 1 from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-WATR-01' and p.acronym = 'AQUIFER') and pp.ordinal = 1)
    union all
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-WATR-01' and p.acronym = 'AQUIFER'), 2, false, (select o.id from organisation o where o.name = 'Universidade Estadual de Campinas'), 'BR',
           'Lucas Ferreira', 'l.ferreira@unicamp.example', null, 'AGENCY', (select a.id from funding_agency a where a.country_code = 'BR' and a.acronym = 'CNPq'), 'BRL', 500000, 20, cast(null as timestamp with time zone)
    where not exists (select 1 from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-WATR-01' and p.acronym = 'AQUIFER') and pp.ordinal = 2);

insert into proposal_milestone (proposal_id, ordinal, title, due_month, kind, responsible_id)
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-WATR-01' and p.acronym = 'AQUIFER'), 0, 'Recharge site selection', 6, 'DELIVERABLE',
           (select pp.id from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-WATR-01' and p.acronym = 'AQUIFER') and pp.ordinal = 0)
    where not exists (select 1 from proposal_milestone pm where pm.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-WATR-01' and p.acronym = 'AQUIFER') and pm.ordinal = 0)
    union all
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-WATR-01' and p.acronym = 'AQUIFER'), 1, 'Basin groundwater data set', 24, 'DATA_SET',
           (select pp.id from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-WATR-01' and p.acronym = 'AQUIFER') and pp.ordinal = 1)
    where not exists (select 1 from proposal_milestone pm where pm.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-WATR-01' and p.acronym = 'AQUIFER') and pm.ordinal = 1);

insert into proposal_submission (proposal_id, version_number, receipt, submitted_at, submitted_by, content)
    select p.id, 1, c.code || '-P' || cast(p.id as varchar(20)) || '-V1', current_timestamp - interval '44' day, 'zhao.lei',
           '{"acronym":"AQUIFER","title":"Managed aquifer recharge for drought-prone river basins","abstractText":"Managed aquifer recharge with treated storm water and flood peaks in the Yellow River, Awash and Piracicaba basins, with the water authorities that will run it.","keywords":"groundwater, aquifer recharge, drought","durationMonths":36,"partners":[{"id":0,"ordinal":0,"coordinating":true,"organisationId":0,"organisation":"Peking University","countryCode":"CN","countryName":"China","developing":false,"piName":"Zhao Lei","piEmail":"zhao.lei@pku.example","linked":true,"invitedAt":null,"source":"AGENCY","agencyId":null,"agency":"NSFC","currency":"CNY","requested":1200000,"personMonths":30},{"id":0,"ordinal":1,"coordinating":false,"organisationId":0,"organisation":"Addis Ababa University","countryCode":"ET","countryName":"Ethiopia","developing":true,"piName":"Tigist Bekele","piEmail":"t.bekele@aau.example","linked":false,"invitedAt":null,"source":"COMMON_FUND","agencyId":null,"agency":null,"currency":"EUR","requested":120000,"personMonths":36},{"id":0,"ordinal":2,"coordinating":false,"organisationId":0,"organisation":"Universidade Estadual de Campinas","countryCode":"BR","countryName":"Brazil","developing":false,"piName":"Lucas Ferreira","piEmail":"l.ferreira@unicamp.example","linked":false,"invitedAt":null,"source":"AGENCY","agencyId":null,"agency":"CNPq","currency":"BRL","requested":500000,"personMonths":20}],"milestones":[{"ordinal":0,"title":"Recharge site selection","dueMonth":6,"kind":"DELIVERABLE","responsible":0,"responsibleName":"Peking University"},{"ordinal":1,"title":"Basin groundwater data set","dueMonth":24,"kind":"DATA_SET","responsible":1,"responsibleName":"Addis Ababa University"}],"attachments":[]}'
    from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-WATR-01' and p.acronym = 'AQUIFER'
      and not exists (select 1 from proposal_submission s where s.proposal_id = p.id);

insert into proposal (call_id, coordinator, acronym, title, abstract_text, keywords, duration_months, status,
                      created_at, submitted_at, withdrawn_at, screened_at, screened_by, screening_reasons, language)
    select c.id, 'nomsa.mokoena', 'DELTAWATCH', 'Salinity intrusion watch for river deltas',
           'Low-cost salinity sensors and satellite data to warn farmers and water utilities of salt intrusion in the Mekong and Berg river deltas.',
           'salinity, deltas, sensors, early warning', 36, 'IN_EVALUATION',
           current_timestamp - interval '120' day, current_timestamp - interval '42' day, null, current_timestamp - interval '36' day, 'officer',
           null, 'en'
    from funding_call c where c.code = 'STI-2025-WATR-01'
      and not exists (select 1 from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-WATR-01' and p.acronym = 'DELTAWATCH');

insert into proposal_partner (proposal_id, ordinal, coordinating, organisation_id, country_code, pi_name, pi_email,
                              member_username, funding_source, agency_id, currency, requested, person_months, invited_at)
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-WATR-01' and p.acronym = 'DELTAWATCH'), 0, true, (select o.id from organisation o where o.name = 'Stellenbosch University'), 'ZA',
           'Nomsa Mokoena', 'n.mokoena@sun.example', cast('nomsa.mokoena' as varchar(100)), 'AGENCY', (select a.id from funding_agency a where a.country_code = 'ZA' and a.acronym = 'NRF'), 'ZAR', 2000000, 30, cast(null as timestamp with time zone)
    where not exists (select 1 from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-WATR-01' and p.acronym = 'DELTAWATCH') and pp.ordinal = 0)
    union all
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-WATR-01' and p.acronym = 'DELTAWATCH'), 1, false, (select o.id from organisation o where o.name = 'Vietnam National University, Hanoi'), 'VN',
           'Nguyen Thi Lan', 'nt.lan@vnu.example', null, 'COMMON_FUND', cast(null as bigint), 'EUR', 100000, 30, cast(null as timestamp with time zone)
    where not exists (select 1 from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-WATR-01' and p.acronym = 'DELTAWATCH') and pp.ordinal = 1)
    union all
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-WATR-01' and p.acronym = 'DELTAWATCH'), 2, false, (select o.id from organisation o where o.name = 'Max-Planck-Gesellschaft'), 'DE',
           'Jonas Keller', 'j.keller@mpg.example', null, 'AGENCY', (select a.id from funding_agency a where a.country_code = 'DE' and a.acronym = 'DFG'), 'EUR', 250000, 18, cast(null as timestamp with time zone)
    where not exists (select 1 from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-WATR-01' and p.acronym = 'DELTAWATCH') and pp.ordinal = 2);

insert into proposal_milestone (proposal_id, ordinal, title, due_month, kind, responsible_id)
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-WATR-01' and p.acronym = 'DELTAWATCH'), 0, 'Sensor network design', 8, 'DELIVERABLE',
           (select pp.id from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-WATR-01' and p.acronym = 'DELTAWATCH') and pp.ordinal = 0)
    where not exists (select 1 from proposal_milestone pm where pm.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-WATR-01' and p.acronym = 'DELTAWATCH') and pm.ordinal = 0)
    union all
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-WATR-01' and p.acronym = 'DELTAWATCH'), 1, 'Salinity warning pilot', 24, 'EVENT',
           (select pp.id from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-WATR-01' and p.acronym = 'DELTAWATCH') and pp.ordinal = 1)
    where not exists (select 1 from proposal_milestone pm where pm.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-WATR-01' and p.acronym = 'DELTAWATCH') and pm.ordinal = 1);

insert into proposal_submission (proposal_id, version_number, receipt, submitted_at, submitted_by, content)
    select p.id, 1, c.code || '-P' || cast(p.id as varchar(20)) || '-V1', current_timestamp - interval '42' day, 'nomsa.mokoena',
           '{"acronym":"DELTAWATCH","title":"Salinity intrusion watch for river deltas","abstractText":"Low-cost salinity sensors and satellite data to warn farmers and water utilities of salt intrusion in the Mekong and Berg river deltas.","keywords":"salinity, deltas, sensors, early warning","durationMonths":36,"partners":[{"id":0,"ordinal":0,"coordinating":true,"organisationId":0,"organisation":"Stellenbosch University","countryCode":"ZA","countryName":"South Africa","developing":false,"piName":"Nomsa Mokoena","piEmail":"n.mokoena@sun.example","linked":true,"invitedAt":null,"source":"AGENCY","agencyId":null,"agency":"NRF","currency":"ZAR","requested":2000000,"personMonths":30},{"id":0,"ordinal":1,"coordinating":false,"organisationId":0,"organisation":"Vietnam National University, Hanoi","countryCode":"VN","countryName":"Viet Nam","developing":true,"piName":"Nguyen Thi Lan","piEmail":"nt.lan@vnu.example","linked":false,"invitedAt":null,"source":"COMMON_FUND","agencyId":null,"agency":null,"currency":"EUR","requested":100000,"personMonths":30},{"id":0,"ordinal":2,"coordinating":false,"organisationId":0,"organisation":"Max-Planck-Gesellschaft","countryCode":"DE","countryName":"Germany","developing":false,"piName":"Jonas Keller","piEmail":"j.keller@mpg.example","linked":false,"invitedAt":null,"source":"AGENCY","agencyId":null,"agency":"DFG","currency":"EUR","requested":250000,"personMonths":18}],"milestones":[{"ordinal":0,"title":"Sensor network design","dueMonth":8,"kind":"DELIVERABLE","responsible":0,"responsibleName":"Stellenbosch University"},{"ordinal":1,"title":"Salinity warning pilot","dueMonth":24,"kind":"EVENT","responsible":1,"responsibleName":"Vietnam National University, Hanoi"}],"attachments":[]}'
    from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-WATR-01' and p.acronym = 'DELTAWATCH'
      and not exists (select 1 from proposal_submission s where s.proposal_id = p.id);

insert into proposal (call_id, coordinator, acronym, title, abstract_text, keywords, duration_months, status,
                      created_at, submitted_at, withdrawn_at, screened_at, screened_by, screening_reasons, language)
    select c.id, 'beatriz.costa', 'RAINSHARE', 'Rainwater harvesting for peri-urban settlements',
           'Household and neighbourhood rainwater harvesting with water-quality monitoring in peri-urban São Paulo, Kampala and Hangzhou.',
           'rainwater harvesting, water quality, peri-urban', 30, 'IN_EVALUATION',
           current_timestamp - interval '110' day, current_timestamp - interval '41' day, null, current_timestamp - interval '35' day, 'officer',
           null, 'en'
    from funding_call c where c.code = 'STI-2025-WATR-01'
      and not exists (select 1 from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-WATR-01' and p.acronym = 'RAINSHARE');

insert into proposal_partner (proposal_id, ordinal, coordinating, organisation_id, country_code, pi_name, pi_email,
                              member_username, funding_source, agency_id, currency, requested, person_months, invited_at)
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-WATR-01' and p.acronym = 'RAINSHARE'), 0, true, (select o.id from organisation o where o.name = 'Universidade de São Paulo'), 'BR',
           'Beatriz Costa', 'b.costa@usp.example', cast('beatriz.costa' as varchar(100)), 'AGENCY', (select a.id from funding_agency a where a.country_code = 'BR' and a.acronym = 'CNPq'), 'BRL', 600000, 24, cast(null as timestamp with time zone)
    where not exists (select 1 from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-WATR-01' and p.acronym = 'RAINSHARE') and pp.ordinal = 0)
    union all
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-WATR-01' and p.acronym = 'RAINSHARE'), 1, false, (select o.id from organisation o where o.name = 'Makerere University'), 'UG',
           'Moses Okello', 'm.okello@mak.example', null, 'COMMON_FUND', cast(null as bigint), 'EUR', 90000, 30, cast(null as timestamp with time zone)
    where not exists (select 1 from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-WATR-01' and p.acronym = 'RAINSHARE') and pp.ordinal = 1)
    union all
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-WATR-01' and p.acronym = 'RAINSHARE'), 2, false, (select o.id from organisation o where o.name = 'Zhejiang University'), 'CN',
           'Sun Mei', 'sun.mei@zju.example', null, 'AGENCY', (select a.id from funding_agency a where a.country_code = 'CN' and a.acronym = 'NSFC'), 'CNY', 900000, 18, cast(null as timestamp with time zone)
    where not exists (select 1 from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-WATR-01' and p.acronym = 'RAINSHARE') and pp.ordinal = 2);

insert into proposal_milestone (proposal_id, ordinal, title, due_month, kind, responsible_id)
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-WATR-01' and p.acronym = 'RAINSHARE'), 0, 'Water-quality protocol', 4, 'DELIVERABLE',
           (select pp.id from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-WATR-01' and p.acronym = 'RAINSHARE') and pp.ordinal = 0)
    where not exists (select 1 from proposal_milestone pm where pm.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-WATR-01' and p.acronym = 'RAINSHARE') and pm.ordinal = 0)
    union all
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-WATR-01' and p.acronym = 'RAINSHARE'), 1, 'Household survey data set', 18, 'DATA_SET',
           (select pp.id from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-WATR-01' and p.acronym = 'RAINSHARE') and pp.ordinal = 1)
    where not exists (select 1 from proposal_milestone pm where pm.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-WATR-01' and p.acronym = 'RAINSHARE') and pm.ordinal = 1);

insert into proposal_submission (proposal_id, version_number, receipt, submitted_at, submitted_by, content)
    select p.id, 1, c.code || '-P' || cast(p.id as varchar(20)) || '-V1', current_timestamp - interval '41' day, 'beatriz.costa',
           '{"acronym":"RAINSHARE","title":"Rainwater harvesting for peri-urban settlements","abstractText":"Household and neighbourhood rainwater harvesting with water-quality monitoring in peri-urban São Paulo, Kampala and Hangzhou.","keywords":"rainwater harvesting, water quality, peri-urban","durationMonths":30,"partners":[{"id":0,"ordinal":0,"coordinating":true,"organisationId":0,"organisation":"Universidade de São Paulo","countryCode":"BR","countryName":"Brazil","developing":false,"piName":"Beatriz Costa","piEmail":"b.costa@usp.example","linked":true,"invitedAt":null,"source":"AGENCY","agencyId":null,"agency":"CNPq","currency":"BRL","requested":600000,"personMonths":24},{"id":0,"ordinal":1,"coordinating":false,"organisationId":0,"organisation":"Makerere University","countryCode":"UG","countryName":"Uganda","developing":true,"piName":"Moses Okello","piEmail":"m.okello@mak.example","linked":false,"invitedAt":null,"source":"COMMON_FUND","agencyId":null,"agency":null,"currency":"EUR","requested":90000,"personMonths":30},{"id":0,"ordinal":2,"coordinating":false,"organisationId":0,"organisation":"Zhejiang University","countryCode":"CN","countryName":"China","developing":false,"piName":"Sun Mei","piEmail":"sun.mei@zju.example","linked":false,"invitedAt":null,"source":"AGENCY","agencyId":null,"agency":"NSFC","currency":"CNY","requested":900000,"personMonths":18}],"milestones":[{"ordinal":0,"title":"Water-quality protocol","dueMonth":4,"kind":"DELIVERABLE","responsible":0,"responsibleName":"Universidade de São Paulo"},{"ordinal":1,"title":"Household survey data set","dueMonth":18,"kind":"DATA_SET","responsible":1,"responsibleName":"Makerere University"}],"attachments":[]}'
    from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-WATR-01' and p.acronym = 'RAINSHARE'
      and not exists (select 1 from proposal_submission s where s.proposal_id = p.id);

insert into proposal (call_id, coordinator, acronym, title, abstract_text, keywords, duration_months, status,
                      created_at, submitted_at, withdrawn_at, screened_at, screened_by, screening_reasons, language)
    select c.id, 'katrin.weber', 'FLOODCAST', 'Flash-flood forecasting for small catchments',
           'Impact-based flash-flood forecasts for small urban catchments, from radar nowcasting to warnings that municipalities act upon.',
           'flash floods, nowcasting, impact-based forecasting', 36, 'IN_EVALUATION',
           current_timestamp - interval '100' day, current_timestamp - interval '43' day, null, current_timestamp - interval '35' day, 'officer',
           null, 'en'
    from funding_call c where c.code = 'STI-2025-WATR-01'
      and not exists (select 1 from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-WATR-01' and p.acronym = 'FLOODCAST');

insert into proposal_partner (proposal_id, ordinal, coordinating, organisation_id, country_code, pi_name, pi_email,
                              member_username, funding_source, agency_id, currency, requested, person_months, invited_at)
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-WATR-01' and p.acronym = 'FLOODCAST'), 0, true, (select o.id from organisation o where o.name = 'Potsdam-Institut für Klimafolgenforschung'), 'DE',
           'Katrin Weber', 'k.weber@pik.example', cast('katrin.weber' as varchar(100)), 'AGENCY', (select a.id from funding_agency a where a.country_code = 'DE' and a.acronym = 'DFG'), 'EUR', 280000, 30, cast(null as timestamp with time zone)
    where not exists (select 1 from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-WATR-01' and p.acronym = 'FLOODCAST') and pp.ordinal = 0)
    union all
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-WATR-01' and p.acronym = 'FLOODCAST'), 1, false, (select o.id from organisation o where o.name = 'University of the Witwatersrand'), 'ZA',
           'Lerato Dube', 'l.dube@wits.example', null, 'AGENCY', (select a.id from funding_agency a where a.country_code = 'ZA' and a.acronym = 'NRF'), 'ZAR', 1800000, 24, cast(null as timestamp with time zone)
    where not exists (select 1 from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-WATR-01' and p.acronym = 'FLOODCAST') and pp.ordinal = 1)
    union all
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-WATR-01' and p.acronym = 'FLOODCAST'), 2, false, (select o.id from organisation o where o.name = 'Kenyatta University'), 'KE',
           'Peter Mwangi', 'p.mwangi@ku.example', null, 'COMMON_FUND', cast(null as bigint), 'EUR', 110000, 30, cast(null as timestamp with time zone)
    where not exists (select 1 from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-WATR-01' and p.acronym = 'FLOODCAST') and pp.ordinal = 2);

insert into proposal_milestone (proposal_id, ordinal, title, due_month, kind, responsible_id)
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-WATR-01' and p.acronym = 'FLOODCAST'), 0, 'Forecast chain prototype', 12, 'DELIVERABLE',
           (select pp.id from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-WATR-01' and p.acronym = 'FLOODCAST') and pp.ordinal = 0)
    where not exists (select 1 from proposal_milestone pm where pm.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-WATR-01' and p.acronym = 'FLOODCAST') and pm.ordinal = 0)
    union all
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-WATR-01' and p.acronym = 'FLOODCAST'), 1, 'Municipal warning exercise', 30, 'EVENT',
           (select pp.id from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-WATR-01' and p.acronym = 'FLOODCAST') and pp.ordinal = 2)
    where not exists (select 1 from proposal_milestone pm where pm.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-WATR-01' and p.acronym = 'FLOODCAST') and pm.ordinal = 1);

insert into proposal_submission (proposal_id, version_number, receipt, submitted_at, submitted_by, content)
    select p.id, 1, c.code || '-P' || cast(p.id as varchar(20)) || '-V1', current_timestamp - interval '43' day, 'katrin.weber',
           '{"acronym":"FLOODCAST","title":"Flash-flood forecasting for small catchments","abstractText":"Impact-based flash-flood forecasts for small urban catchments, from radar nowcasting to warnings that municipalities act upon.","keywords":"flash floods, nowcasting, impact-based forecasting","durationMonths":36,"partners":[{"id":0,"ordinal":0,"coordinating":true,"organisationId":0,"organisation":"Potsdam-Institut für Klimafolgenforschung","countryCode":"DE","countryName":"Germany","developing":false,"piName":"Katrin Weber","piEmail":"k.weber@pik.example","linked":true,"invitedAt":null,"source":"AGENCY","agencyId":null,"agency":"DFG","currency":"EUR","requested":280000,"personMonths":30},{"id":0,"ordinal":1,"coordinating":false,"organisationId":0,"organisation":"University of the Witwatersrand","countryCode":"ZA","countryName":"South Africa","developing":false,"piName":"Lerato Dube","piEmail":"l.dube@wits.example","linked":false,"invitedAt":null,"source":"AGENCY","agencyId":null,"agency":"NRF","currency":"ZAR","requested":1800000,"personMonths":24},{"id":0,"ordinal":2,"coordinating":false,"organisationId":0,"organisation":"Kenyatta University","countryCode":"KE","countryName":"Kenya","developing":true,"piName":"Peter Mwangi","piEmail":"p.mwangi@ku.example","linked":false,"invitedAt":null,"source":"COMMON_FUND","agencyId":null,"agency":null,"currency":"EUR","requested":110000,"personMonths":30}],"milestones":[{"ordinal":0,"title":"Forecast chain prototype","dueMonth":12,"kind":"DELIVERABLE","responsible":0,"responsibleName":"Potsdam-Institut für Klimafolgenforschung"},{"ordinal":1,"title":"Municipal warning exercise","dueMonth":30,"kind":"EVENT","responsible":2,"responsibleName":"Kenyatta University"}],"attachments":[]}'
    from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-WATR-01' and p.acronym = 'FLOODCAST'
      and not exists (select 1 from proposal_submission s where s.proposal_id = p.id);

insert into proposal (call_id, coordinator, acronym, title, abstract_text, keywords, duration_months, status,
                      created_at, submitted_at, withdrawn_at, screened_at, screened_by, screening_reasons, language)
    select c.id, 'somchai.prasert', 'BASINLINK', 'Transboundary basin data exchange',
           'A data exchange for transboundary river basins, linking national hydrological services.',
           'transboundary basins, hydrological data', 24, 'INELIGIBLE',
           current_timestamp - interval '90' day, current_timestamp - interval '40' day, null, current_timestamp - interval '36' day, 'officer',
           'The coordinator''s country (Thailand) does not fund this call: a Thai organisation may take part as a partner, not as coordinator.', 'en'
    from funding_call c where c.code = 'STI-2025-WATR-01'
      and not exists (select 1 from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-WATR-01' and p.acronym = 'BASINLINK');

insert into proposal_partner (proposal_id, ordinal, coordinating, organisation_id, country_code, pi_name, pi_email,
                              member_username, funding_source, agency_id, currency, requested, person_months, invited_at)
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-WATR-01' and p.acronym = 'BASINLINK'), 0, true, (select o.id from organisation o where o.name = 'Chulalongkorn University'), 'TH',
           'Somchai Prasert', 's.prasert@chula.example', cast('somchai.prasert' as varchar(100)), 'SELF_FUNDED', cast(null as bigint), cast(null as varchar(3)), 0, 24, cast(null as timestamp with time zone)
    where not exists (select 1 from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-WATR-01' and p.acronym = 'BASINLINK') and pp.ordinal = 0)
    union all
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-WATR-01' and p.acronym = 'BASINLINK'), 1, false, (select o.id from organisation o where o.name = 'Cairo University'), 'EG',
           'Mona Adel', 'm.adel@cu.example', null, 'COMMON_FUND', cast(null as bigint), 'EUR', 80000, 24, cast(null as timestamp with time zone)
    where not exists (select 1 from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-WATR-01' and p.acronym = 'BASINLINK') and pp.ordinal = 1)
    union all
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-WATR-01' and p.acronym = 'BASINLINK'), 2, false, (select o.id from organisation o where o.name = 'Tsinghua University'), 'CN',
           'Zhou Bin', 'zhou.bin@tsinghua.example', null, 'AGENCY', (select a.id from funding_agency a where a.country_code = 'CN' and a.acronym = 'NSFC'), 'CNY', 700000, 12, cast(null as timestamp with time zone)
    where not exists (select 1 from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-WATR-01' and p.acronym = 'BASINLINK') and pp.ordinal = 2);

insert into proposal_milestone (proposal_id, ordinal, title, due_month, kind, responsible_id)
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-WATR-01' and p.acronym = 'BASINLINK'), 0, 'Data exchange standard', 9, 'DELIVERABLE',
           (select pp.id from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-WATR-01' and p.acronym = 'BASINLINK') and pp.ordinal = 0)
    where not exists (select 1 from proposal_milestone pm where pm.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-WATR-01' and p.acronym = 'BASINLINK') and pm.ordinal = 0);

insert into proposal_submission (proposal_id, version_number, receipt, submitted_at, submitted_by, content)
    select p.id, 1, c.code || '-P' || cast(p.id as varchar(20)) || '-V1', current_timestamp - interval '40' day, 'somchai.prasert',
           '{"acronym":"BASINLINK","title":"Transboundary basin data exchange","abstractText":"A data exchange for transboundary river basins, linking national hydrological services.","keywords":"transboundary basins, hydrological data","durationMonths":24,"partners":[{"id":0,"ordinal":0,"coordinating":true,"organisationId":0,"organisation":"Chulalongkorn University","countryCode":"TH","countryName":"Thailand","developing":false,"piName":"Somchai Prasert","piEmail":"s.prasert@chula.example","linked":true,"invitedAt":null,"source":"SELF_FUNDED","agencyId":null,"agency":null,"currency":null,"requested":0,"personMonths":24},{"id":0,"ordinal":1,"coordinating":false,"organisationId":0,"organisation":"Cairo University","countryCode":"EG","countryName":"Egypt","developing":true,"piName":"Mona Adel","piEmail":"m.adel@cu.example","linked":false,"invitedAt":null,"source":"COMMON_FUND","agencyId":null,"agency":null,"currency":"EUR","requested":80000,"personMonths":24},{"id":0,"ordinal":2,"coordinating":false,"organisationId":0,"organisation":"Tsinghua University","countryCode":"CN","countryName":"China","developing":false,"piName":"Zhou Bin","piEmail":"zhou.bin@tsinghua.example","linked":false,"invitedAt":null,"source":"AGENCY","agencyId":null,"agency":"NSFC","currency":"CNY","requested":700000,"personMonths":12}],"milestones":[{"ordinal":0,"title":"Data exchange standard","dueMonth":9,"kind":"DELIVERABLE","responsible":0,"responsibleName":"Chulalongkorn University"}],"attachments":[]}'
    from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-WATR-01' and p.acronym = 'BASINLINK'
      and not exists (select 1 from proposal_submission s where s.proposal_id = p.id);

-- The evaluation: the default settings, started 30 days ago (the criteria: below, with the decided call's).
insert into evaluation (call_id, total_threshold, reviewers_per_proposal, max_load, other_country_than_coordinator,
                        started_at, started_by, consensus_started_at)
    select c.id, 10.0, 3, 10, true, current_timestamp - interval '30' day, 'officer', cast(null as timestamp with time zone)
    from funding_call c where c.code = 'STI-2025-WATR-01'
      and not exists (select 1 from evaluation e where e.call_id = c.id);

-- Reviews partly in: submitted, drafts, declarations pending, and reviewer3's declared conflict on AQUIFER (the
-- officer has since asked reviewer4 instead).
insert into review_assignment (evaluation_id, proposal_id, reviewer, assigned_by, assigned_at, declaration,
                               declared_at, conflict_reason, status, saved_at, submitted_at)
    select e.id, p.id, v.reviewer, 'officer', current_timestamp - v.assigned_days * interval '1' day, v.declaration,
           current_timestamp - v.declared_days * interval '1' day, v.conflict_reason, v.status,
           current_timestamp - v.saved_days * interval '1' day, current_timestamp - v.submitted_days * interval '1' day
    from (
        select 'STI-2025-WATR-01' as code, 'AQUIFER' as acronym, 'reviewer' as reviewer, 30 as assigned_days, 'NO_CONFLICT' as declaration, cast(29 as integer) as declared_days, cast(null as varchar(2000)) as conflict_reason, 'SUBMITTED' as status, cast(12 as integer) as saved_days, cast(12 as integer) as submitted_days union all
        select 'STI-2025-WATR-01', 'AQUIFER', 'reviewer2', 30, 'NO_CONFLICT', 28, null, 'SUBMITTED', 9, 9 union all
        select 'STI-2025-WATR-01', 'AQUIFER', 'reviewer3', 30, 'CONFLICT', 29, 'I co-authored three papers with the coordinator''s group at Peking University until last year and we co-supervise a PhD student.', 'NOT_STARTED', null, null union all
        select 'STI-2025-WATR-01', 'AQUIFER', 'reviewer4', 27, 'NO_CONFLICT', 26, null, 'DRAFT', 3, null union all
        select 'STI-2025-WATR-01', 'DELTAWATCH', 'reviewer', 30, 'NO_CONFLICT', 29, null, 'SUBMITTED', 10, 10 union all
        select 'STI-2025-WATR-01', 'DELTAWATCH', 'reviewer2', 30, 'NO_CONFLICT', 28, null, 'DRAFT', 2, null union all
        select 'STI-2025-WATR-01', 'DELTAWATCH', 'reviewer4', 30, 'PENDING', null, null, 'NOT_STARTED', null, null union all
        select 'STI-2025-WATR-01', 'RAINSHARE', 'reviewer', 30, 'NO_CONFLICT', 29, null, 'SUBMITTED', 8, 8 union all
        select 'STI-2025-WATR-01', 'RAINSHARE', 'reviewer2', 30, 'PENDING', null, null, 'NOT_STARTED', null, null union all
        select 'STI-2025-WATR-01', 'RAINSHARE', 'reviewer3', 30, 'NO_CONFLICT', 27, null, 'SUBMITTED', 6, 6 union all
        select 'STI-2025-WATR-01', 'FLOODCAST', 'reviewer2', 30, 'NO_CONFLICT', 28, null, 'SUBMITTED', 7, 7 union all
        select 'STI-2025-WATR-01', 'FLOODCAST', 'reviewer3', 30, 'NO_CONFLICT', 27, null, 'DRAFT', 1, null union all
        select 'STI-2025-WATR-01', 'FLOODCAST', 'reviewer4', 30, 'PENDING', null, null, 'NOT_STARTED', null, null) v
    join funding_call c on c.code = v.code
    join evaluation e on e.call_id = c.id
    join proposal p on p.call_id = c.id and p.acronym = v.acronym
    where not exists (select 1 from review_assignment x where x.proposal_id = p.id and x.reviewer = v.reviewer);

insert into review_score (assignment_id, criterion, score, comment)
    select a.id, v.criterion, v.score, v.comment
    from (
        select 'STI-2025-WATR-01' as code, 'AQUIFER' as acronym, 'reviewer' as reviewer, 0 as criterion, cast(4.5 as numeric(2, 1)) as score, cast('Excellent and original; the methodology is sound and well argued, with minor gaps only.' as varchar(8000)) as comment union all
        select 'STI-2025-WATR-01', 'AQUIFER', 'reviewer', 1, 4.0, 'Very good expected impact; the dissemination plan is clear, the exploitation plan less so.' union all
        select 'STI-2025-WATR-01', 'AQUIFER', 'reviewer', 2, 4.0, 'Very good plan and consortium; the budget of one partner looks high for its tasks.' union all
        select 'STI-2025-WATR-01', 'AQUIFER', 'reviewer2', 0, 4.0, 'Very good objectives and methods; some assumptions deserve a more careful justification.' union all
        select 'STI-2025-WATR-01', 'AQUIFER', 'reviewer2', 1, 4.5, 'Excellent impact plan, with committed users and credible capacity building in every country.' union all
        select 'STI-2025-WATR-01', 'AQUIFER', 'reviewer2', 2, 3.5, 'Good consortium, but the work plan is tight and the risks are only listed.' union all
        select 'STI-2025-WATR-01', 'AQUIFER', 'reviewer4', 0, 4.0, 'Very good objectives and methods; some assumptions deserve a more careful justification.' union all
        select 'STI-2025-WATR-01', 'AQUIFER', 'reviewer4', 1, 3.5, null union all
        select 'STI-2025-WATR-01', 'DELTAWATCH', 'reviewer', 0, 3.5, 'Good science, but the research questions are broad and the methods only partly specified.' union all
        select 'STI-2025-WATR-01', 'DELTAWATCH', 'reviewer', 1, 4.0, 'Very good expected impact; the dissemination plan is clear, the exploitation plan less so.' union all
        select 'STI-2025-WATR-01', 'DELTAWATCH', 'reviewer', 2, 3.0, 'Fair: the milestones are vague and the coordination effort is underestimated.' union all
        select 'STI-2025-WATR-01', 'DELTAWATCH', 'reviewer2', 0, 4.0, 'Very good objectives and methods; some assumptions deserve a more careful justification.' union all
        select 'STI-2025-WATR-01', 'DELTAWATCH', 'reviewer2', 1, 3.5, null union all
        select 'STI-2025-WATR-01', 'RAINSHARE', 'reviewer', 0, 3.0, 'Fair: the objectives are relevant but not ambitious, and the method is described in general terms.' union all
        select 'STI-2025-WATR-01', 'RAINSHARE', 'reviewer', 1, 3.5, 'Good, but the link from results to users is asserted rather than planned.' union all
        select 'STI-2025-WATR-01', 'RAINSHARE', 'reviewer', 2, 4.0, 'Very good plan and consortium; the budget of one partner looks high for its tasks.' union all
        select 'STI-2025-WATR-01', 'RAINSHARE', 'reviewer3', 0, 3.5, 'Good science, but the research questions are broad and the methods only partly specified.' union all
        select 'STI-2025-WATR-01', 'RAINSHARE', 'reviewer3', 1, 3.0, 'Fair: impact is plausible but neither measured nor owned by anyone in the consortium.' union all
        select 'STI-2025-WATR-01', 'RAINSHARE', 'reviewer3', 2, 4.0, 'Very good plan and consortium; the budget of one partner looks high for its tasks.' union all
        select 'STI-2025-WATR-01', 'FLOODCAST', 'reviewer2', 0, 4.5, 'Excellent and original; the methodology is sound and well argued, with minor gaps only.' union all
        select 'STI-2025-WATR-01', 'FLOODCAST', 'reviewer2', 1, 4.5, 'Excellent impact plan, with committed users and credible capacity building in every country.' union all
        select 'STI-2025-WATR-01', 'FLOODCAST', 'reviewer2', 2, 4.0, 'Very good plan and consortium; the budget of one partner looks high for its tasks.' union all
        select 'STI-2025-WATR-01', 'FLOODCAST', 'reviewer3', 0, 4.0, 'Very good objectives and methods; some assumptions deserve a more careful justification.') v
    join funding_call c on c.code = v.code
    join proposal p on p.call_id = c.id and p.acronym = v.acronym
    join review_assignment a on a.proposal_id = p.id and a.reviewer = v.reviewer
    where not exists (select 1 from review_score x where x.assignment_id = a.id and x.criterion = v.criterion);

-- South Africa's national contact has already confirmed one partner.
insert into national_check (partner_id, eligible, reason, checked_by, checked_at)
    select pp.id, true, cast(null as varchar(2000)), 'contact', current_timestamp - interval '5' day
    from proposal_partner pp join proposal p on p.id = pp.proposal_id join funding_call c on c.id = p.call_id
    where c.code = 'STI-2025-WATR-01' and p.acronym = 'FLOODCAST' and pp.ordinal = 1
      and not exists (select 1 from national_check x where x.partner_id = pp.id);

-- ---------------------------------------------------------------------------------------------------------------
-- STI-2024-BIOD-01: proposals with their outcome, each with its partners, milestones and submitted version.

insert into proposal (call_id, coordinator, acronym, title, abstract_text, keywords, duration_months, status,
                      created_at, submitted_at, withdrawn_at, screened_at, screened_by, screening_reasons, language)
    select c.id, 'elise.moreau', 'POLLINATE', 'Pollinator networks in mixed farming landscapes',
           'How hedgerows, fallows and flower strips sustain wild pollinators and crop yields in mixed farming landscapes of France, India and South Africa.',
           'pollinators, agroecology, landscapes', 36, 'FUNDED',
           current_timestamp - interval '300' day, current_timestamp - interval '244' day, null, current_timestamp - interval '220' day, 'officer',
           null, 'en'
    from funding_call c where c.code = 'STI-2024-BIOD-01'
      and not exists (select 1 from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'POLLINATE');

insert into proposal_partner (proposal_id, ordinal, coordinating, organisation_id, country_code, pi_name, pi_email,
                              member_username, funding_source, agency_id, currency, requested, person_months, invited_at)
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'POLLINATE'), 0, true, (select o.id from organisation o where o.name = 'Institut de recherche pour le développement'), 'FR',
           'Élise Moreau', 'e.moreau@ird.example', cast('elise.moreau' as varchar(100)), 'AGENCY', (select a.id from funding_agency a where a.country_code = 'FR' and a.acronym = 'ANR'), 'EUR', 250000, 30, cast(null as timestamp with time zone)
    where not exists (select 1 from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'POLLINATE') and pp.ordinal = 0)
    union all
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'POLLINATE'), 1, false, (select o.id from organisation o where o.name = 'Indian Institute of Technology Bombay'), 'IN',
           'Arjun Mehta', 'a.mehta@iitb.example', null, 'AGENCY', (select a.id from funding_agency a where a.country_code = 'IN' and a.acronym = 'DST'), 'INR', 12000000, 30, cast(null as timestamp with time zone)
    where not exists (select 1 from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'POLLINATE') and pp.ordinal = 1)
    union all
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'POLLINATE'), 2, false, (select o.id from organisation o where o.name = 'Stellenbosch University'), 'ZA',
           'Johan Botha', 'j.botha@sun.example', null, 'AGENCY', (select a.id from funding_agency a where a.country_code = 'ZA' and a.acronym = 'NRF'), 'ZAR', 2000000, 18, cast(null as timestamp with time zone)
    where not exists (select 1 from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'POLLINATE') and pp.ordinal = 2);

insert into proposal_milestone (proposal_id, ordinal, title, due_month, kind, responsible_id)
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'POLLINATE'), 0, 'Pollinator survey protocol', 6, 'DELIVERABLE',
           (select pp.id from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'POLLINATE') and pp.ordinal = 0)
    where not exists (select 1 from proposal_milestone pm where pm.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'POLLINATE') and pm.ordinal = 0)
    union all
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'POLLINATE'), 1, 'Pollinator network data set', 24, 'DATA_SET',
           (select pp.id from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'POLLINATE') and pp.ordinal = 1)
    where not exists (select 1 from proposal_milestone pm where pm.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'POLLINATE') and pm.ordinal = 1);

insert into proposal_submission (proposal_id, version_number, receipt, submitted_at, submitted_by, content)
    select p.id, 1, c.code || '-P' || cast(p.id as varchar(20)) || '-V1', current_timestamp - interval '244' day, 'elise.moreau',
           '{"acronym":"POLLINATE","title":"Pollinator networks in mixed farming landscapes","abstractText":"How hedgerows, fallows and flower strips sustain wild pollinators and crop yields in mixed farming landscapes of France, India and South Africa.","keywords":"pollinators, agroecology, landscapes","durationMonths":36,"partners":[{"id":0,"ordinal":0,"coordinating":true,"organisationId":0,"organisation":"Institut de recherche pour le développement","countryCode":"FR","countryName":"France","developing":false,"piName":"Élise Moreau","piEmail":"e.moreau@ird.example","linked":true,"invitedAt":null,"source":"AGENCY","agencyId":null,"agency":"ANR","currency":"EUR","requested":250000,"personMonths":30},{"id":0,"ordinal":1,"coordinating":false,"organisationId":0,"organisation":"Indian Institute of Technology Bombay","countryCode":"IN","countryName":"India","developing":true,"piName":"Arjun Mehta","piEmail":"a.mehta@iitb.example","linked":false,"invitedAt":null,"source":"AGENCY","agencyId":null,"agency":"DST","currency":"INR","requested":12000000,"personMonths":30},{"id":0,"ordinal":2,"coordinating":false,"organisationId":0,"organisation":"Stellenbosch University","countryCode":"ZA","countryName":"South Africa","developing":false,"piName":"Johan Botha","piEmail":"j.botha@sun.example","linked":false,"invitedAt":null,"source":"AGENCY","agencyId":null,"agency":"NRF","currency":"ZAR","requested":2000000,"personMonths":18}],"milestones":[{"ordinal":0,"title":"Pollinator survey protocol","dueMonth":6,"kind":"DELIVERABLE","responsible":0,"responsibleName":"Institut de recherche pour le développement"},{"ordinal":1,"title":"Pollinator network data set","dueMonth":24,"kind":"DATA_SET","responsible":1,"responsibleName":"Indian Institute of Technology Bombay"}],"attachments":[]}'
    from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'POLLINATE'
      and not exists (select 1 from proposal_submission s where s.proposal_id = p.id);

insert into proposal (call_id, coordinator, acronym, title, abstract_text, keywords, duration_months, status,
                      created_at, submitted_at, withdrawn_at, screened_at, screened_by, screening_reasons, language)
    select c.id, 'liu.yang', 'WETLANDS', 'Wetland restoration for biodiversity and livelihoods',
           'Restoring floodplain wetlands for waterbirds, fish and the livelihoods of the communities that depend on them, in the Yangtze, Cauvery and Lake Victoria basins.',
           'wetlands, restoration, livelihoods', 36, 'FUNDED',
           current_timestamp - interval '290' day, current_timestamp - interval '243' day, null, current_timestamp - interval '220' day, 'officer',
           null, 'en'
    from funding_call c where c.code = 'STI-2024-BIOD-01'
      and not exists (select 1 from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'WETLANDS');

insert into proposal_partner (proposal_id, ordinal, coordinating, organisation_id, country_code, pi_name, pi_email,
                              member_username, funding_source, agency_id, currency, requested, person_months, invited_at)
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'WETLANDS'), 0, true, (select o.id from organisation o where o.name = 'Chinese Academy of Sciences'), 'CN',
           'Liu Yang', 'liu.yang@cas.example', cast('liu.yang' as varchar(100)), 'AGENCY', (select a.id from funding_agency a where a.country_code = 'CN' and a.acronym = 'NSFC'), 'CNY', 1500000, 30, cast(null as timestamp with time zone)
    where not exists (select 1 from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'WETLANDS') and pp.ordinal = 0)
    union all
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'WETLANDS'), 1, false, (select o.id from organisation o where o.name = 'Indian Institute of Science'), 'IN',
           'Kavya Rao', 'k.rao@iisc.example', null, 'AGENCY', (select a.id from funding_agency a where a.country_code = 'IN' and a.acronym = 'DST'), 'INR', 10000000, 30, cast(null as timestamp with time zone)
    where not exists (select 1 from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'WETLANDS') and pp.ordinal = 1)
    union all
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'WETLANDS'), 2, false, (select o.id from organisation o where o.name = 'International Centre of Insect Physiology and Ecology'), 'KE',
           'Daniel Kiprop', 'd.kiprop@icipe.example', null, 'COMMON_FUND', cast(null as bigint), 'EUR', 30000, 12, cast(null as timestamp with time zone)
    where not exists (select 1 from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'WETLANDS') and pp.ordinal = 2);

insert into proposal_milestone (proposal_id, ordinal, title, due_month, kind, responsible_id)
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'WETLANDS'), 0, 'Restoration plan', 9, 'DELIVERABLE',
           (select pp.id from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'WETLANDS') and pp.ordinal = 0)
    where not exists (select 1 from proposal_milestone pm where pm.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'WETLANDS') and pm.ordinal = 0)
    union all
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'WETLANDS'), 1, 'Waterbird monitoring report', 30, 'PERIODIC_REPORT',
           (select pp.id from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'WETLANDS') and pp.ordinal = 1)
    where not exists (select 1 from proposal_milestone pm where pm.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'WETLANDS') and pm.ordinal = 1);

insert into proposal_submission (proposal_id, version_number, receipt, submitted_at, submitted_by, content)
    select p.id, 1, c.code || '-P' || cast(p.id as varchar(20)) || '-V1', current_timestamp - interval '243' day, 'liu.yang',
           '{"acronym":"WETLANDS","title":"Wetland restoration for biodiversity and livelihoods","abstractText":"Restoring floodplain wetlands for waterbirds, fish and the livelihoods of the communities that depend on them, in the Yangtze, Cauvery and Lake Victoria basins.","keywords":"wetlands, restoration, livelihoods","durationMonths":36,"partners":[{"id":0,"ordinal":0,"coordinating":true,"organisationId":0,"organisation":"Chinese Academy of Sciences","countryCode":"CN","countryName":"China","developing":false,"piName":"Liu Yang","piEmail":"liu.yang@cas.example","linked":true,"invitedAt":null,"source":"AGENCY","agencyId":null,"agency":"NSFC","currency":"CNY","requested":1500000,"personMonths":30},{"id":0,"ordinal":1,"coordinating":false,"organisationId":0,"organisation":"Indian Institute of Science","countryCode":"IN","countryName":"India","developing":true,"piName":"Kavya Rao","piEmail":"k.rao@iisc.example","linked":false,"invitedAt":null,"source":"AGENCY","agencyId":null,"agency":"DST","currency":"INR","requested":10000000,"personMonths":30},{"id":0,"ordinal":2,"coordinating":false,"organisationId":0,"organisation":"International Centre of Insect Physiology and Ecology","countryCode":"KE","countryName":"Kenya","developing":true,"piName":"Daniel Kiprop","piEmail":"d.kiprop@icipe.example","linked":false,"invitedAt":null,"source":"COMMON_FUND","agencyId":null,"agency":null,"currency":"EUR","requested":30000,"personMonths":12}],"milestones":[{"ordinal":0,"title":"Restoration plan","dueMonth":9,"kind":"DELIVERABLE","responsible":0,"responsibleName":"Chinese Academy of Sciences"},{"ordinal":1,"title":"Waterbird monitoring report","dueMonth":30,"kind":"PERIODIC_REPORT","responsible":1,"responsibleName":"Indian Institute of Science"}],"attachments":[]}'
    from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'WETLANDS'
      and not exists (select 1 from proposal_submission s where s.proposal_id = p.id);

insert into proposal (call_id, coordinator, acronym, title, abstract_text, keywords, duration_months, status,
                      created_at, submitted_at, withdrawn_at, screened_at, screened_by, screening_reasons, language)
    select c.id, 'hugo.lefevre', 'SOILBIOTA', 'Soil biodiversity and ecosystem services',
           'Soil fauna and microbial diversity under conservation agriculture, and what they give back in nutrient cycling and water retention.',
           'soil biodiversity, conservation agriculture', 36, 'RESERVE',
           current_timestamp - interval '285' day, current_timestamp - interval '242' day, null, current_timestamp - interval '220' day, 'officer',
           null, 'en'
    from funding_call c where c.code = 'STI-2024-BIOD-01'
      and not exists (select 1 from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'SOILBIOTA');

insert into proposal_partner (proposal_id, ordinal, coordinating, organisation_id, country_code, pi_name, pi_email,
                              member_username, funding_source, agency_id, currency, requested, person_months, invited_at)
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'SOILBIOTA'), 0, true, (select o.id from organisation o where o.name = 'Centre de coopération internationale en recherche agronomique pour le développement'), 'FR',
           'Hugo Lefèvre', 'h.lefevre@cirad.example', cast('hugo.lefevre' as varchar(100)), 'AGENCY', (select a.id from funding_agency a where a.country_code = 'FR' and a.acronym = 'ANR'), 'EUR', 300000, 30, cast(null as timestamp with time zone)
    where not exists (select 1 from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'SOILBIOTA') and pp.ordinal = 0)
    union all
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'SOILBIOTA'), 1, false, (select o.id from organisation o where o.name = 'University of the Witwatersrand'), 'ZA',
           'Ayanda Zulu', 'a.zulu@wits.example', null, 'AGENCY', (select a.id from funding_agency a where a.country_code = 'ZA' and a.acronym = 'NRF'), 'ZAR', 3500000, 30, cast(null as timestamp with time zone)
    where not exists (select 1 from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'SOILBIOTA') and pp.ordinal = 1)
    union all
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'SOILBIOTA'), 2, false, (select o.id from organisation o where o.name = 'Jimma University'), 'ET',
           'Abebe Girma', 'a.girma@ju.example', null, 'COMMON_FUND', cast(null as bigint), 'EUR', 15000, 12, cast(null as timestamp with time zone)
    where not exists (select 1 from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'SOILBIOTA') and pp.ordinal = 2);

insert into proposal_milestone (proposal_id, ordinal, title, due_month, kind, responsible_id)
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'SOILBIOTA'), 0, 'Sampling design', 6, 'DELIVERABLE',
           (select pp.id from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'SOILBIOTA') and pp.ordinal = 0)
    where not exists (select 1 from proposal_milestone pm where pm.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'SOILBIOTA') and pm.ordinal = 0)
    union all
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'SOILBIOTA'), 1, 'Soil biodiversity data set', 24, 'DATA_SET',
           (select pp.id from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'SOILBIOTA') and pp.ordinal = 1)
    where not exists (select 1 from proposal_milestone pm where pm.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'SOILBIOTA') and pm.ordinal = 1);

insert into proposal_submission (proposal_id, version_number, receipt, submitted_at, submitted_by, content)
    select p.id, 1, c.code || '-P' || cast(p.id as varchar(20)) || '-V1', current_timestamp - interval '242' day, 'hugo.lefevre',
           '{"acronym":"SOILBIOTA","title":"Soil biodiversity and ecosystem services","abstractText":"Soil fauna and microbial diversity under conservation agriculture, and what they give back in nutrient cycling and water retention.","keywords":"soil biodiversity, conservation agriculture","durationMonths":36,"partners":[{"id":0,"ordinal":0,"coordinating":true,"organisationId":0,"organisation":"Centre de coopération internationale en recherche agronomique pour le développement","countryCode":"FR","countryName":"France","developing":false,"piName":"Hugo Lefèvre","piEmail":"h.lefevre@cirad.example","linked":true,"invitedAt":null,"source":"AGENCY","agencyId":null,"agency":"ANR","currency":"EUR","requested":300000,"personMonths":30},{"id":0,"ordinal":1,"coordinating":false,"organisationId":0,"organisation":"University of the Witwatersrand","countryCode":"ZA","countryName":"South Africa","developing":false,"piName":"Ayanda Zulu","piEmail":"a.zulu@wits.example","linked":false,"invitedAt":null,"source":"AGENCY","agencyId":null,"agency":"NRF","currency":"ZAR","requested":3500000,"personMonths":30},{"id":0,"ordinal":2,"coordinating":false,"organisationId":0,"organisation":"Jimma University","countryCode":"ET","countryName":"Ethiopia","developing":true,"piName":"Abebe Girma","piEmail":"a.girma@ju.example","linked":false,"invitedAt":null,"source":"COMMON_FUND","agencyId":null,"agency":null,"currency":"EUR","requested":15000,"personMonths":12}],"milestones":[{"ordinal":0,"title":"Sampling design","dueMonth":6,"kind":"DELIVERABLE","responsible":0,"responsibleName":"Centre de coopération internationale en recherche agronomique pour le développement"},{"ordinal":1,"title":"Soil biodiversity data set","dueMonth":24,"kind":"DATA_SET","responsible":1,"responsibleName":"University of the Witwatersrand"}],"attachments":[]}'
    from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'SOILBIOTA'
      and not exists (select 1 from proposal_submission s where s.proposal_id = p.id);

insert into proposal (call_id, coordinator, acronym, title, abstract_text, keywords, duration_months, status,
                      created_at, submitted_at, withdrawn_at, screened_at, screened_by, screening_reasons, language)
    select c.id, 'chen.hui', 'MANGROVE', 'Mangrove restoration and coastal fisheries',
           'Community-led mangrove restoration and its effect on coastal fisheries in the Pearl River estuary, KwaZulu-Natal and the Volta delta.',
           'mangroves, fisheries, restoration', 36, 'FUNDED',
           current_timestamp - interval '280' day, current_timestamp - interval '241' day, null, current_timestamp - interval '220' day, 'officer',
           null, 'en'
    from funding_call c where c.code = 'STI-2024-BIOD-01'
      and not exists (select 1 from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'MANGROVE');

insert into proposal_partner (proposal_id, ordinal, coordinating, organisation_id, country_code, pi_name, pi_email,
                              member_username, funding_source, agency_id, currency, requested, person_months, invited_at)
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'MANGROVE'), 0, true, (select o.id from organisation o where o.name = 'Peking University'), 'CN',
           'Chen Hui', 'chen.hui@pku.example', cast('chen.hui' as varchar(100)), 'AGENCY', (select a.id from funding_agency a where a.country_code = 'CN' and a.acronym = 'NSFC'), 'CNY', 1200000, 30, cast(null as timestamp with time zone)
    where not exists (select 1 from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'MANGROVE') and pp.ordinal = 0)
    union all
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'MANGROVE'), 1, false, (select o.id from organisation o where o.name = 'Stellenbosch University'), 'ZA',
           'Naledi Khumalo', 'n.khumalo@sun.example', null, 'AGENCY', (select a.id from funding_agency a where a.country_code = 'ZA' and a.acronym = 'NRF'), 'ZAR', 2800000, 18, cast(null as timestamp with time zone)
    where not exists (select 1 from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'MANGROVE') and pp.ordinal = 1)
    union all
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'MANGROVE'), 2, false, (select o.id from organisation o where o.name = 'University of Ghana'), 'GH',
           'Kwame Mensah', 'k.mensah@ug.example', null, 'COMMON_FUND', cast(null as bigint), 'EUR', 15000, 12, cast(null as timestamp with time zone)
    where not exists (select 1 from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'MANGROVE') and pp.ordinal = 2);

insert into proposal_milestone (proposal_id, ordinal, title, due_month, kind, responsible_id)
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'MANGROVE'), 0, 'Restoration sites agreed', 6, 'EVENT',
           (select pp.id from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'MANGROVE') and pp.ordinal = 0)
    where not exists (select 1 from proposal_milestone pm where pm.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'MANGROVE') and pm.ordinal = 0)
    union all
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'MANGROVE'), 1, 'Fisheries catch data set', 24, 'DATA_SET',
           (select pp.id from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'MANGROVE') and pp.ordinal = 2)
    where not exists (select 1 from proposal_milestone pm where pm.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'MANGROVE') and pm.ordinal = 1);

insert into proposal_submission (proposal_id, version_number, receipt, submitted_at, submitted_by, content)
    select p.id, 1, c.code || '-P' || cast(p.id as varchar(20)) || '-V1', current_timestamp - interval '241' day, 'chen.hui',
           '{"acronym":"MANGROVE","title":"Mangrove restoration and coastal fisheries","abstractText":"Community-led mangrove restoration and its effect on coastal fisheries in the Pearl River estuary, KwaZulu-Natal and the Volta delta.","keywords":"mangroves, fisheries, restoration","durationMonths":36,"partners":[{"id":0,"ordinal":0,"coordinating":true,"organisationId":0,"organisation":"Peking University","countryCode":"CN","countryName":"China","developing":false,"piName":"Chen Hui","piEmail":"chen.hui@pku.example","linked":true,"invitedAt":null,"source":"AGENCY","agencyId":null,"agency":"NSFC","currency":"CNY","requested":1200000,"personMonths":30},{"id":0,"ordinal":1,"coordinating":false,"organisationId":0,"organisation":"Stellenbosch University","countryCode":"ZA","countryName":"South Africa","developing":false,"piName":"Naledi Khumalo","piEmail":"n.khumalo@sun.example","linked":false,"invitedAt":null,"source":"AGENCY","agencyId":null,"agency":"NRF","currency":"ZAR","requested":2800000,"personMonths":18},{"id":0,"ordinal":2,"coordinating":false,"organisationId":0,"organisation":"University of Ghana","countryCode":"GH","countryName":"Ghana","developing":true,"piName":"Kwame Mensah","piEmail":"k.mensah@ug.example","linked":false,"invitedAt":null,"source":"COMMON_FUND","agencyId":null,"agency":null,"currency":"EUR","requested":15000,"personMonths":12}],"milestones":[{"ordinal":0,"title":"Restoration sites agreed","dueMonth":6,"kind":"EVENT","responsible":0,"responsibleName":"Peking University"},{"ordinal":1,"title":"Fisheries catch data set","dueMonth":24,"kind":"DATA_SET","responsible":2,"responsibleName":"University of Ghana"}],"attachments":[]}'
    from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'MANGROVE'
      and not exists (select 1 from proposal_submission s where s.proposal_id = p.id);

insert into proposal (call_id, coordinator, acronym, title, abstract_text, keywords, duration_months, status,
                      created_at, submitted_at, withdrawn_at, screened_at, screened_by, screening_reasons, language)
    select c.id, 'claire.petit', 'GRASSLAND', 'Grassland biodiversity under grazing pressure',
           'Grazing regimes that keep savanna and steppe grasslands diverse and productive.',
           'grasslands, grazing, savanna', 36, 'NOT_FUNDED',
           current_timestamp - interval '275' day, current_timestamp - interval '241' day, null, current_timestamp - interval '220' day, 'officer',
           null, 'en'
    from funding_call c where c.code = 'STI-2024-BIOD-01'
      and not exists (select 1 from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'GRASSLAND');

insert into proposal_partner (proposal_id, ordinal, coordinating, organisation_id, country_code, pi_name, pi_email,
                              member_username, funding_source, agency_id, currency, requested, person_months, invited_at)
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'GRASSLAND'), 0, true, (select o.id from organisation o where o.name = 'Sorbonne Université'), 'FR',
           'Claire Petit', 'c.petit@sorbonne.example', cast('claire.petit' as varchar(100)), 'AGENCY', (select a.id from funding_agency a where a.country_code = 'FR' and a.acronym = 'ANR'), 'EUR', 200000, 24, cast(null as timestamp with time zone)
    where not exists (select 1 from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'GRASSLAND') and pp.ordinal = 0)
    union all
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'GRASSLAND'), 1, false, (select o.id from organisation o where o.name = 'Stellenbosch University'), 'ZA',
           'Willem Steyn', 'w.steyn@sun.example', null, 'AGENCY', (select a.id from funding_agency a where a.country_code = 'ZA' and a.acronym = 'NRF'), 'ZAR', 1500000, 24, cast(null as timestamp with time zone)
    where not exists (select 1 from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'GRASSLAND') and pp.ordinal = 1)
    union all
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'GRASSLAND'), 2, false, (select o.id from organisation o where o.name = 'Kenyatta University'), 'KE',
           'Esther Njeri', 'e.njeri@ku.example', null, 'COMMON_FUND', cast(null as bigint), 'EUR', 20000, 12, cast(null as timestamp with time zone)
    where not exists (select 1 from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'GRASSLAND') and pp.ordinal = 2);

insert into proposal_milestone (proposal_id, ordinal, title, due_month, kind, responsible_id)
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'GRASSLAND'), 0, 'Grazing trial design', 6, 'DELIVERABLE',
           (select pp.id from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'GRASSLAND') and pp.ordinal = 0)
    where not exists (select 1 from proposal_milestone pm where pm.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'GRASSLAND') and pm.ordinal = 0);

insert into proposal_submission (proposal_id, version_number, receipt, submitted_at, submitted_by, content)
    select p.id, 1, c.code || '-P' || cast(p.id as varchar(20)) || '-V1', current_timestamp - interval '241' day, 'claire.petit',
           '{"acronym":"GRASSLAND","title":"Grassland biodiversity under grazing pressure","abstractText":"Grazing regimes that keep savanna and steppe grasslands diverse and productive.","keywords":"grasslands, grazing, savanna","durationMonths":36,"partners":[{"id":0,"ordinal":0,"coordinating":true,"organisationId":0,"organisation":"Sorbonne Université","countryCode":"FR","countryName":"France","developing":false,"piName":"Claire Petit","piEmail":"c.petit@sorbonne.example","linked":true,"invitedAt":null,"source":"AGENCY","agencyId":null,"agency":"ANR","currency":"EUR","requested":200000,"personMonths":24},{"id":0,"ordinal":1,"coordinating":false,"organisationId":0,"organisation":"Stellenbosch University","countryCode":"ZA","countryName":"South Africa","developing":false,"piName":"Willem Steyn","piEmail":"w.steyn@sun.example","linked":false,"invitedAt":null,"source":"AGENCY","agencyId":null,"agency":"NRF","currency":"ZAR","requested":1500000,"personMonths":24},{"id":0,"ordinal":2,"coordinating":false,"organisationId":0,"organisation":"Kenyatta University","countryCode":"KE","countryName":"Kenya","developing":true,"piName":"Esther Njeri","piEmail":"e.njeri@ku.example","linked":false,"invitedAt":null,"source":"COMMON_FUND","agencyId":null,"agency":null,"currency":"EUR","requested":20000,"personMonths":12}],"milestones":[{"ordinal":0,"title":"Grazing trial design","dueMonth":6,"kind":"DELIVERABLE","responsible":0,"responsibleName":"Sorbonne Université"}],"attachments":[]}'
    from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'GRASSLAND'
      and not exists (select 1 from proposal_submission s where s.proposal_id = p.id);

insert into proposal (call_id, coordinator, acronym, title, abstract_text, keywords, duration_months, status,
                      created_at, submitted_at, withdrawn_at, screened_at, screened_by, screening_reasons, language)
    select c.id, 'wu.jun', 'FRAGMENTS', 'Habitat fragmentation and wildlife corridors',
           'Mapping habitat fragmentation and candidate wildlife corridors from satellite data.',
           'fragmentation, corridors, remote sensing', 24, 'NOT_FUNDED',
           current_timestamp - interval '270' day, current_timestamp - interval '241' day, null, current_timestamp - interval '220' day, 'officer',
           null, 'en'
    from funding_call c where c.code = 'STI-2024-BIOD-01'
      and not exists (select 1 from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'FRAGMENTS');

insert into proposal_partner (proposal_id, ordinal, coordinating, organisation_id, country_code, pi_name, pi_email,
                              member_username, funding_source, agency_id, currency, requested, person_months, invited_at)
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'FRAGMENTS'), 0, true, (select o.id from organisation o where o.name = 'Zhejiang University'), 'CN',
           'Wu Jun', 'wu.jun@zju.example', cast('wu.jun' as varchar(100)), 'AGENCY', (select a.id from funding_agency a where a.country_code = 'CN' and a.acronym = 'NSFC'), 'CNY', 800000, 24, cast(null as timestamp with time zone)
    where not exists (select 1 from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'FRAGMENTS') and pp.ordinal = 0)
    union all
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'FRAGMENTS'), 1, false, (select o.id from organisation o where o.name = 'Indian Institute of Technology Bombay'), 'IN',
           'Rohan Iyer', 'r.iyer@iitb.example', null, 'AGENCY', (select a.id from funding_agency a where a.country_code = 'IN' and a.acronym = 'DST'), 'INR', 5000000, 18, cast(null as timestamp with time zone)
    where not exists (select 1 from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'FRAGMENTS') and pp.ordinal = 1)
    union all
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'FRAGMENTS'), 2, false, (select o.id from organisation o where o.name = 'Universidad de Buenos Aires'), 'AR',
           'Martina López', 'm.lopez@uba.example', null, 'SELF_FUNDED', cast(null as bigint), null, 0, 6, cast(null as timestamp with time zone)
    where not exists (select 1 from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'FRAGMENTS') and pp.ordinal = 2);

insert into proposal_milestone (proposal_id, ordinal, title, due_month, kind, responsible_id)
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'FRAGMENTS'), 0, 'Corridor maps', 18, 'DATA_SET',
           (select pp.id from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'FRAGMENTS') and pp.ordinal = 0)
    where not exists (select 1 from proposal_milestone pm where pm.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'FRAGMENTS') and pm.ordinal = 0);

insert into proposal_submission (proposal_id, version_number, receipt, submitted_at, submitted_by, content)
    select p.id, 1, c.code || '-P' || cast(p.id as varchar(20)) || '-V1', current_timestamp - interval '241' day, 'wu.jun',
           '{"acronym":"FRAGMENTS","title":"Habitat fragmentation and wildlife corridors","abstractText":"Mapping habitat fragmentation and candidate wildlife corridors from satellite data.","keywords":"fragmentation, corridors, remote sensing","durationMonths":24,"partners":[{"id":0,"ordinal":0,"coordinating":true,"organisationId":0,"organisation":"Zhejiang University","countryCode":"CN","countryName":"China","developing":false,"piName":"Wu Jun","piEmail":"wu.jun@zju.example","linked":true,"invitedAt":null,"source":"AGENCY","agencyId":null,"agency":"NSFC","currency":"CNY","requested":800000,"personMonths":24},{"id":0,"ordinal":1,"coordinating":false,"organisationId":0,"organisation":"Indian Institute of Technology Bombay","countryCode":"IN","countryName":"India","developing":true,"piName":"Rohan Iyer","piEmail":"r.iyer@iitb.example","linked":false,"invitedAt":null,"source":"AGENCY","agencyId":null,"agency":"DST","currency":"INR","requested":5000000,"personMonths":18},{"id":0,"ordinal":2,"coordinating":false,"organisationId":0,"organisation":"Universidad de Buenos Aires","countryCode":"AR","countryName":"Argentina","developing":false,"piName":"Martina López","piEmail":"m.lopez@uba.example","linked":false,"invitedAt":null,"source":"SELF_FUNDED","agencyId":null,"agency":null,"currency":null,"requested":0,"personMonths":6}],"milestones":[{"ordinal":0,"title":"Corridor maps","dueMonth":18,"kind":"DATA_SET","responsible":0,"responsibleName":"Zhejiang University"}],"attachments":[]}'
    from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'FRAGMENTS'
      and not exists (select 1 from proposal_submission s where s.proposal_id = p.id);

-- The evaluation: the default criteria and settings; consensus since 120 days.
insert into evaluation (call_id, total_threshold, reviewers_per_proposal, max_load, other_country_than_coordinator,
                        started_at, started_by, consensus_started_at)
    select c.id, 10.0, 3, 10, true, current_timestamp - interval '210' day, 'officer', current_timestamp - interval '120' day
    from funding_call c where c.code = 'STI-2024-BIOD-01'
      and not exists (select 1 from evaluation e where e.call_id = c.id);

insert into evaluation_criterion (evaluation_id, ordinal, code, threshold)
    select e.id, v.ordinal, v.code, 3.0 from (
        select 0 as ordinal, 'EXCELLENCE' as code union all
        select 1, 'IMPACT' union all
        select 2, 'IMPLEMENTATION') v
    cross join evaluation e join funding_call c on c.id = e.call_id
    where c.code in ('STI-2025-WATR-01', 'STI-2024-BIOD-01')
      and not exists (select 1 from evaluation_criterion x where x.evaluation_id = e.id and x.ordinal = v.ordinal);

insert into review_assignment (evaluation_id, proposal_id, reviewer, assigned_by, assigned_at, declaration,
                               declared_at, conflict_reason, status, saved_at, submitted_at)
    select e.id, p.id, v.reviewer, 'officer', current_timestamp - v.assigned_days * interval '1' day, v.declaration,
           current_timestamp - v.declared_days * interval '1' day, v.conflict_reason, v.status,
           current_timestamp - v.saved_days * interval '1' day, current_timestamp - v.submitted_days * interval '1' day
    from (
        select 'STI-2024-BIOD-01' as code, 'POLLINATE' as acronym, 'reviewer' as reviewer, 205 as assigned_days, 'NO_CONFLICT' as declaration, cast(204 as integer) as declared_days, cast(null as varchar(2000)) as conflict_reason, 'SUBMITTED' as status, cast(150 as integer) as saved_days, cast(150 as integer) as submitted_days union all
        select 'STI-2024-BIOD-01', 'POLLINATE', 'reviewer2', 205, 'NO_CONFLICT', 203, null, 'SUBMITTED', 148, 148 union all
        select 'STI-2024-BIOD-01', 'POLLINATE', 'reviewer3', 205, 'NO_CONFLICT', 204, null, 'SUBMITTED', 140, 140 union all
        select 'STI-2024-BIOD-01', 'WETLANDS', 'reviewer', 205, 'NO_CONFLICT', 204, null, 'SUBMITTED', 151, 151 union all
        select 'STI-2024-BIOD-01', 'WETLANDS', 'reviewer3', 205, 'NO_CONFLICT', 204, null, 'SUBMITTED', 141, 141 union all
        select 'STI-2024-BIOD-01', 'WETLANDS', 'reviewer4', 205, 'NO_CONFLICT', 202, null, 'SUBMITTED', 145, 145 union all
        select 'STI-2024-BIOD-01', 'SOILBIOTA', 'reviewer', 205, 'NO_CONFLICT', 204, null, 'SUBMITTED', 152, 152 union all
        select 'STI-2024-BIOD-01', 'SOILBIOTA', 'reviewer2', 205, 'NO_CONFLICT', 203, null, 'SUBMITTED', 147, 147 union all
        select 'STI-2024-BIOD-01', 'SOILBIOTA', 'reviewer3', 205, 'NO_CONFLICT', 204, null, 'SUBMITTED', 142, 142 union all
        select 'STI-2024-BIOD-01', 'MANGROVE', 'reviewer2', 205, 'NO_CONFLICT', 203, null, 'SUBMITTED', 146, 146 union all
        select 'STI-2024-BIOD-01', 'MANGROVE', 'reviewer3', 205, 'NO_CONFLICT', 204, null, 'SUBMITTED', 143, 143 union all
        select 'STI-2024-BIOD-01', 'MANGROVE', 'reviewer4', 205, 'NO_CONFLICT', 202, null, 'SUBMITTED', 144, 144 union all
        select 'STI-2024-BIOD-01', 'GRASSLAND', 'reviewer', 205, 'NO_CONFLICT', 204, null, 'SUBMITTED', 153, 153 union all
        select 'STI-2024-BIOD-01', 'GRASSLAND', 'reviewer2', 205, 'NO_CONFLICT', 203, null, 'SUBMITTED', 149, 149 union all
        select 'STI-2024-BIOD-01', 'GRASSLAND', 'reviewer3', 205, 'NO_CONFLICT', 204, null, 'SUBMITTED', 139, 139 union all
        select 'STI-2024-BIOD-01', 'FRAGMENTS', 'reviewer', 205, 'NO_CONFLICT', 204, null, 'SUBMITTED', 154, 154 union all
        select 'STI-2024-BIOD-01', 'FRAGMENTS', 'reviewer2', 205, 'NO_CONFLICT', 203, null, 'SUBMITTED', 150, 150 union all
        select 'STI-2024-BIOD-01', 'FRAGMENTS', 'reviewer4', 205, 'NO_CONFLICT', 202, null, 'SUBMITTED', 146, 146) v
    join funding_call c on c.code = v.code
    join evaluation e on e.call_id = c.id
    join proposal p on p.call_id = c.id and p.acronym = v.acronym
    where not exists (select 1 from review_assignment x where x.proposal_id = p.id and x.reviewer = v.reviewer);

insert into review_score (assignment_id, criterion, score, comment)
    select a.id, v.criterion, v.score, v.comment
    from (
        select 'STI-2024-BIOD-01' as code, 'POLLINATE' as acronym, 'reviewer' as reviewer, 0 as criterion, cast(4.5 as numeric(2, 1)) as score, cast('Excellent and original; the methodology is sound and well argued, with minor gaps only.' as varchar(8000)) as comment union all
        select 'STI-2024-BIOD-01', 'POLLINATE', 'reviewer', 1, 4.5, 'Excellent impact plan, with committed users and credible capacity building in every country.' union all
        select 'STI-2024-BIOD-01', 'POLLINATE', 'reviewer', 2, 4.5, 'Excellent implementation: clear work packages, realistic milestones, sound risk management.' union all
        select 'STI-2024-BIOD-01', 'POLLINATE', 'reviewer2', 0, 5.0, 'Outstanding objectives, clearly beyond the state of the art; the methods are fully convincing.' union all
        select 'STI-2024-BIOD-01', 'POLLINATE', 'reviewer2', 1, 4.5, 'Excellent impact plan, with committed users and credible capacity building in every country.' union all
        select 'STI-2024-BIOD-01', 'POLLINATE', 'reviewer2', 2, 4.0, 'Very good plan and consortium; the budget of one partner looks high for its tasks.' union all
        select 'STI-2024-BIOD-01', 'POLLINATE', 'reviewer3', 0, 4.5, 'Excellent and original; the methodology is sound and well argued, with minor gaps only.' union all
        select 'STI-2024-BIOD-01', 'POLLINATE', 'reviewer3', 1, 4.0, 'Very good expected impact; the dissemination plan is clear, the exploitation plan less so.' union all
        select 'STI-2024-BIOD-01', 'POLLINATE', 'reviewer3', 2, 4.5, 'Excellent implementation: clear work packages, realistic milestones, sound risk management.' union all
        select 'STI-2024-BIOD-01', 'WETLANDS', 'reviewer', 0, 4.5, 'Excellent and original; the methodology is sound and well argued, with minor gaps only.' union all
        select 'STI-2024-BIOD-01', 'WETLANDS', 'reviewer', 1, 4.5, 'Excellent impact plan, with committed users and credible capacity building in every country.' union all
        select 'STI-2024-BIOD-01', 'WETLANDS', 'reviewer', 2, 4.0, 'Very good plan and consortium; the budget of one partner looks high for its tasks.' union all
        select 'STI-2024-BIOD-01', 'WETLANDS', 'reviewer3', 0, 4.0, 'Very good objectives and methods; some assumptions deserve a more careful justification.' union all
        select 'STI-2024-BIOD-01', 'WETLANDS', 'reviewer3', 1, 4.5, 'Excellent impact plan, with committed users and credible capacity building in every country.' union all
        select 'STI-2024-BIOD-01', 'WETLANDS', 'reviewer3', 2, 4.0, 'Very good plan and consortium; the budget of one partner looks high for its tasks.' union all
        select 'STI-2024-BIOD-01', 'WETLANDS', 'reviewer4', 0, 5.0, 'Outstanding objectives, clearly beyond the state of the art; the methods are fully convincing.' union all
        select 'STI-2024-BIOD-01', 'WETLANDS', 'reviewer4', 1, 4.0, 'Very good expected impact; the dissemination plan is clear, the exploitation plan less so.' union all
        select 'STI-2024-BIOD-01', 'WETLANDS', 'reviewer4', 2, 4.5, 'Excellent implementation: clear work packages, realistic milestones, sound risk management.' union all
        select 'STI-2024-BIOD-01', 'SOILBIOTA', 'reviewer', 0, 4.5, 'Excellent and original; the methodology is sound and well argued, with minor gaps only.' union all
        select 'STI-2024-BIOD-01', 'SOILBIOTA', 'reviewer', 1, 4.0, 'Very good expected impact; the dissemination plan is clear, the exploitation plan less so.' union all
        select 'STI-2024-BIOD-01', 'SOILBIOTA', 'reviewer', 2, 4.0, 'Very good plan and consortium; the budget of one partner looks high for its tasks.' union all
        select 'STI-2024-BIOD-01', 'SOILBIOTA', 'reviewer2', 0, 4.5, 'Excellent and original; the methodology is sound and well argued, with minor gaps only.' union all
        select 'STI-2024-BIOD-01', 'SOILBIOTA', 'reviewer2', 1, 4.0, 'Very good expected impact; the dissemination plan is clear, the exploitation plan less so.' union all
        select 'STI-2024-BIOD-01', 'SOILBIOTA', 'reviewer2', 2, 3.5, 'Good consortium, but the work plan is tight and the risks are only listed.' union all
        select 'STI-2024-BIOD-01', 'SOILBIOTA', 'reviewer3', 0, 4.0, 'Very good objectives and methods; some assumptions deserve a more careful justification.' union all
        select 'STI-2024-BIOD-01', 'SOILBIOTA', 'reviewer3', 1, 4.5, 'Excellent impact plan, with committed users and credible capacity building in every country.' union all
        select 'STI-2024-BIOD-01', 'SOILBIOTA', 'reviewer3', 2, 4.0, 'Very good plan and consortium; the budget of one partner looks high for its tasks.' union all
        select 'STI-2024-BIOD-01', 'MANGROVE', 'reviewer2', 0, 4.0, 'Very good objectives and methods; some assumptions deserve a more careful justification.' union all
        select 'STI-2024-BIOD-01', 'MANGROVE', 'reviewer2', 1, 4.0, 'Very good expected impact; the dissemination plan is clear, the exploitation plan less so.' union all
        select 'STI-2024-BIOD-01', 'MANGROVE', 'reviewer2', 2, 4.0, 'Very good plan and consortium; the budget of one partner looks high for its tasks.' union all
        select 'STI-2024-BIOD-01', 'MANGROVE', 'reviewer3', 0, 4.0, 'Very good objectives and methods; some assumptions deserve a more careful justification.' union all
        select 'STI-2024-BIOD-01', 'MANGROVE', 'reviewer3', 1, 3.5, 'Good, but the link from results to users is asserted rather than planned.' union all
        select 'STI-2024-BIOD-01', 'MANGROVE', 'reviewer3', 2, 4.0, 'Very good plan and consortium; the budget of one partner looks high for its tasks.' union all
        select 'STI-2024-BIOD-01', 'MANGROVE', 'reviewer4', 0, 4.5, 'Excellent and original; the methodology is sound and well argued, with minor gaps only.' union all
        select 'STI-2024-BIOD-01', 'MANGROVE', 'reviewer4', 1, 4.0, 'Very good expected impact; the dissemination plan is clear, the exploitation plan less so.' union all
        select 'STI-2024-BIOD-01', 'MANGROVE', 'reviewer4', 2, 3.5, 'Good consortium, but the work plan is tight and the risks are only listed.' union all
        select 'STI-2024-BIOD-01', 'GRASSLAND', 'reviewer', 0, 4.0, 'Very good objectives and methods; some assumptions deserve a more careful justification.' union all
        select 'STI-2024-BIOD-01', 'GRASSLAND', 'reviewer', 1, 3.5, 'Good, but the link from results to users is asserted rather than planned.' union all
        select 'STI-2024-BIOD-01', 'GRASSLAND', 'reviewer', 2, 3.5, 'Good consortium, but the work plan is tight and the risks are only listed.' union all
        select 'STI-2024-BIOD-01', 'GRASSLAND', 'reviewer2', 0, 4.0, 'Very good objectives and methods; some assumptions deserve a more careful justification.' union all
        select 'STI-2024-BIOD-01', 'GRASSLAND', 'reviewer2', 1, 3.0, 'Fair: impact is plausible but neither measured nor owned by anyone in the consortium.' union all
        select 'STI-2024-BIOD-01', 'GRASSLAND', 'reviewer2', 2, 3.5, 'Good consortium, but the work plan is tight and the risks are only listed.' union all
        select 'STI-2024-BIOD-01', 'GRASSLAND', 'reviewer3', 0, 3.5, 'Good science, but the research questions are broad and the methods only partly specified.' union all
        select 'STI-2024-BIOD-01', 'GRASSLAND', 'reviewer3', 1, 3.5, 'Good, but the link from results to users is asserted rather than planned.' union all
        select 'STI-2024-BIOD-01', 'GRASSLAND', 'reviewer3', 2, 4.0, 'Very good plan and consortium; the budget of one partner looks high for its tasks.' union all
        select 'STI-2024-BIOD-01', 'FRAGMENTS', 'reviewer', 0, 3.0, 'Fair: the objectives are relevant but not ambitious, and the method is described in general terms.' union all
        select 'STI-2024-BIOD-01', 'FRAGMENTS', 'reviewer', 1, 2.5, 'Weak impact section: generic dissemination, no users involved.' union all
        select 'STI-2024-BIOD-01', 'FRAGMENTS', 'reviewer', 2, 3.0, 'Fair: the milestones are vague and the coordination effort is underestimated.' union all
        select 'STI-2024-BIOD-01', 'FRAGMENTS', 'reviewer2', 0, 3.5, 'Good science, but the research questions are broad and the methods only partly specified.' union all
        select 'STI-2024-BIOD-01', 'FRAGMENTS', 'reviewer2', 1, 2.0, 'Poor: no credible route from the results to their use.' union all
        select 'STI-2024-BIOD-01', 'FRAGMENTS', 'reviewer2', 2, 3.0, 'Fair: the milestones are vague and the coordination effort is underestimated.' union all
        select 'STI-2024-BIOD-01', 'FRAGMENTS', 'reviewer4', 0, 2.5, 'Weak: the approach repeats existing work and the novelty is not demonstrated.' union all
        select 'STI-2024-BIOD-01', 'FRAGMENTS', 'reviewer4', 1, 3.0, 'Fair: impact is plausible but neither measured nor owned by anyone in the consortium.' union all
        select 'STI-2024-BIOD-01', 'FRAGMENTS', 'reviewer4', 2, 3.0, 'Fair: the milestones are vague and the coordination effort is underestimated.') v
    join funding_call c on c.code = v.code
    join proposal p on p.call_id = c.id and p.acronym = v.acronym
    join review_assignment a on a.proposal_id = p.id and a.reviewer = v.reviewer
    where not exists (select 1 from review_score x where x.assignment_id = a.id and x.criterion = v.criterion);

insert into consensus (evaluation_id, proposal_id, report, set_by, set_at)
    select e.id, p.id, v.report, 'officer', current_timestamp - v.days * interval '1' day
    from (
        select 'POLLINATE' as acronym, 100 as days, 'An excellent, well-integrated proposal. The reviewers agree on the originality of linking pollinator networks to yield at landscape scale, and on a consortium that covers three contrasting farming systems. Minor point: the data management plan should name the repository.' as report union all
        select 'WETLANDS', 99, 'Excellent science and a strong impact plan with the basin authorities and communities. The implementation is sound; the monitoring effort in the third year looks optimistic.' union all
        select 'SOILBIOTA', 98, 'Excellent and original soil biodiversity work with a clear link to ecosystem services. The impact plan and the work plan are very good; the reviewers ask for a clearer role of the Ethiopian partner.' union all
        select 'MANGROVE', 97, 'A very good proposal with committed fishing communities; the reviewers would like the restoration targets to be quantified and the Ghanaian sites to be chosen before the start.' union all
        select 'GRASSLAND', 96, 'A very good scientific case; the uptake by pastoralist organisations is planned only in general terms and the grazing trials need a longer baseline.' union all
        select 'FRAGMENTS', 95, 'The mapping is competent but repeats available corridor analyses; the proposal does not show who would use the corridors identified, and the self-funded partner''s role is unclear. Below the threshold on Impact.') v
    join funding_call c on c.code = 'STI-2024-BIOD-01'
    join evaluation e on e.call_id = c.id
    join proposal p on p.call_id = c.id and p.acronym = v.acronym
    where not exists (select 1 from consensus x where x.evaluation_id = e.id and x.proposal_id = p.id);

insert into consensus_score (consensus_id, criterion, score)
    select x.id, v.criterion, v.score from (
        select 'POLLINATE' as acronym, 0 as criterion, cast(4.5 as numeric(2, 1)) as score union all
        select 'POLLINATE', 1, 4.5 union all
        select 'POLLINATE', 2, 4.5 union all
        select 'WETLANDS', 0, 4.5 union all
        select 'WETLANDS', 1, 4.5 union all
        select 'WETLANDS', 2, 4.0 union all
        select 'SOILBIOTA', 0, 4.5 union all
        select 'SOILBIOTA', 1, 4.0 union all
        select 'SOILBIOTA', 2, 4.0 union all
        select 'MANGROVE', 0, 4.0 union all
        select 'MANGROVE', 1, 4.0 union all
        select 'MANGROVE', 2, 4.0 union all
        select 'GRASSLAND', 0, 4.0 union all
        select 'GRASSLAND', 1, 3.5 union all
        select 'GRASSLAND', 2, 3.5 union all
        select 'FRAGMENTS', 0, 3.0 union all
        select 'FRAGMENTS', 1, 2.5 union all
        select 'FRAGMENTS', 2, 3.0) v
    join funding_call c on c.code = 'STI-2024-BIOD-01'
    join proposal p on p.call_id = c.id and p.acronym = v.acronym
    join consensus x on x.proposal_id = p.id
    where not exists (select 1 from consensus_score s where s.consensus_id = x.id and s.criterion = v.criterion);

-- National sign-off: South Africa (contact) and France (contact2); GRASSLAND's South African partner is ineligible.
insert into national_check (partner_id, eligible, reason, checked_by, checked_at)
    select pp.id, v.eligible, v.reason, v.contact, current_timestamp - v.days * interval '1' day
    from (
        select 'POLLINATE' as acronym, 0 as ordinal, true as eligible, cast(null as varchar(2000)) as reason, 'contact2' as contact, 60 as days union all
        select 'POLLINATE', 2, true, null, 'contact', 58 union all
        select 'SOILBIOTA', 0, true, null, 'contact2', 60 union all
        select 'SOILBIOTA', 1, true, null, 'contact', 58 union all
        select 'MANGROVE', 1, true, null, 'contact', 57 union all
        select 'GRASSLAND', 0, true, null, 'contact2', 60 union all
        select 'GRASSLAND', 1, false, 'The principal investigator''s contract at Stellenbosch University ends before the project''s second year; NRF funds only researchers employed for the whole project.', 'contact', 57) v
    join funding_call c on c.code = 'STI-2024-BIOD-01'
    join proposal p on p.call_id = c.id and p.acronym = v.acronym
    join proposal_partner pp on pp.proposal_id = p.id and pp.ordinal = v.ordinal
    where not exists (select 1 from national_check x where x.partner_id = pp.id);

-- South Africa's national contact raised NRF's budget before the decision: enough for MANGROVE's partner.
insert into national_top_up (call_id, agency_id, amount, reason, added_by, added_at)
    select c.id, a.id, 500000, 'Additional allocation from NRF''s international biodiversity partnerships programme.',
           'contact', current_timestamp - interval '45' day
    from funding_call c join funding_agency a on a.country_code = 'ZA' and a.acronym = 'NRF'
    where c.code = 'STI-2024-BIOD-01'
      and not exists (select 1 from national_top_up x where x.call_id = c.id and x.agency_id = a.id);

-- The recorded decision (rates of the decision day: those of 2026-11-02, see R__demo_2_calls.sql).
insert into funding_decision (call_id, total_threshold, common_fund_eur, rates_on, decided_by, decided_at)
    select c.id, 10.0, c.common_fund_eur, cast(current_timestamp - interval '30' day as date), 'officer',
           current_timestamp - interval '30' day
    from funding_call c where c.code = 'STI-2024-BIOD-01'
      and not exists (select 1 from funding_decision d where d.call_id = c.id);

insert into decision_line (decision_id, rank, proposal_id, outcome, reason, override_reason)
    select d.id, v.rank, p.id, v.outcome, v.reason, cast(null as varchar(2000))
    from (
        select 'POLLINATE' as acronym, 1 as rank, 'FUNDED' as outcome, 'WITHIN_BUDGETS' as reason union all
        select 'WETLANDS', 2, 'FUNDED', 'WITHIN_BUDGETS' union all
        select 'SOILBIOTA', 3, 'RESERVE', 'FUNDING_GAP' union all
        select 'MANGROVE', 4, 'FUNDED', 'WITHIN_BUDGETS' union all
        select 'GRASSLAND', 5, 'NOT_FUNDED', 'NATIONALLY_INELIGIBLE' union all
        select 'FRAGMENTS', 6, 'NOT_FUNDED', 'BELOW_THRESHOLD') v
    join funding_call c on c.code = 'STI-2024-BIOD-01'
    join funding_decision d on d.call_id = c.id
    join proposal p on p.call_id = c.id and p.acronym = v.acronym
    where not exists (select 1 from decision_line x where x.decision_id = d.id and x.proposal_id = p.id);

-- SOILBIOTA's gap: NRF (ZA) had 3,000,000 ZAR left of 5,000,000 (with the top-up) after POLLINATE; its partner
-- asks 3,500,000.
insert into decision_gap (line_id, agency_id, currency, needed, available)
    select l.id, a.id, 'ZAR', 3500000, 3000000
    from decision_line l
    join proposal p on p.id = l.proposal_id
    join funding_call c on c.id = p.call_id
    join funding_agency a on a.country_code = 'ZA' and a.acronym = 'NRF'
    where c.code = 'STI-2024-BIOD-01' and p.acronym = 'SOILBIOTA'
      and not exists (select 1 from decision_gap x where x.line_id = l.id);

-- The awards, in the walk's order; no agency: the common fund pays, in euros.
insert into award (decision_id, proposal_id, partner_id, agency_id, currency, amount)
    select d.id, p.id, pp.id, a.id, v.currency, v.amount
    from (
        select 1 as seq, 'POLLINATE' as acronym, 0 as ordinal, 'FR' as country, 'ANR' as agency, 'EUR' as currency, cast(250000 as numeric(19, 2)) as amount union all
        select 2, 'POLLINATE', 1, 'IN', 'DST', 'INR', 12000000 union all
        select 3, 'POLLINATE', 2, 'ZA', 'NRF', 'ZAR', 2000000 union all
        select 4, 'WETLANDS', 0, 'CN', 'NSFC', 'CNY', 1500000 union all
        select 5, 'WETLANDS', 1, null, null, 'EUR', 103000 union all
        select 6, 'WETLANDS', 2, null, null, 'EUR', 30000 union all
        select 7, 'MANGROVE', 0, 'CN', 'NSFC', 'CNY', 1200000 union all
        select 8, 'MANGROVE', 1, 'ZA', 'NRF', 'ZAR', 2800000 union all
        select 9, 'MANGROVE', 2, null, null, 'EUR', 15000) v
    join funding_call c on c.code = 'STI-2024-BIOD-01'
    join funding_decision d on d.call_id = c.id
    join proposal p on p.call_id = c.id and p.acronym = v.acronym
    join proposal_partner pp on pp.proposal_id = p.id and pp.ordinal = v.ordinal
    left join funding_agency a on a.country_code = v.country and a.acronym = v.agency
    where not exists (select 1 from award x where x.decision_id = d.id and x.partner_id = pp.id)
    order by v.seq;

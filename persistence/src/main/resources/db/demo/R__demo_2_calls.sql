-- DEMO DATA ONLY. Loaded by the local run and by the tests (Flyway location db/demo), NEVER in production.
-- Idempotent like R__demo_1_reference_data.sql: only adds what is missing. Dates are relative to the
-- first load, so the calls' states make sense on any day a fresh database is created.

-- Exchange rates to EUR (approximate, demo only; administrators keep the real ones).
insert into exchange_rate (currency, valid_on, eur_per_unit)
    select v.currency, date '2026-11-02', v.rate from (
        select 'CNY' as currency, 0.12100000 as rate union all
        select 'KES', 0.00668000 union all
        select 'BRL', 0.16000000 union all
        select 'ZAR', 0.04900000 union all
        select 'INR', 0.01030000 union all
        select 'EGP', 0.01800000 union all
        select 'THB', 0.02650000 union all
        select 'ARS', 0.00065000 union all
        select 'VND', 0.00003400 union all
        select 'IDR', 0.00005400 union all
        select 'TRY', 0.02100000 union all
        select 'USD', 0.86000000) v
    where not exists (select 1 from exchange_rate r where r.currency = v.currency and r.valid_on = date '2026-11-02');

-- Open: accepting proposals.
insert into funding_call (code, title, summary, status, opens_at, deadline, common_fund_eur, min_partners,
                          min_countries, developing_partner_required, coordinator_country_funds,
                          max_duration_months, created_at, opened_at)
    select 'STI-2026-CLIM-01', 'Climate adaptation in coastal cities',
           'Research and innovation for cities facing sea-level rise, storm surges and heat: early warning, nature-based protection, and adaptation plans co-designed with local authorities.',
           'OPEN', current_timestamp - interval '30' day, current_timestamp + interval '45' day, 500000, 3, 2, true, true, 36,
           current_timestamp - interval '40' day, current_timestamp - interval '30' day
    where not exists (select 1 from funding_call where code = 'STI-2026-CLIM-01');

-- Opened, forthcoming: published, accepting proposals from its opening date.
insert into funding_call (code, title, summary, status, opens_at, deadline, common_fund_eur, min_partners,
                          min_countries, developing_partner_required, coordinator_country_funds,
                          max_duration_months, created_at, opened_at)
    select 'STI-2026-HLTH-01', 'One Health: surveillance of zoonotic diseases',
           'Joint human, animal and environmental surveillance of emerging zoonoses, with open data sharing between partner laboratories.',
           'OPEN', current_timestamp + interval '14' day, current_timestamp + interval '120' day, 750000, 3, 3, true, true, 48,
           current_timestamp - interval '5' day, current_timestamp - interval '2' day
    where not exists (select 1 from funding_call where code = 'STI-2026-HLTH-01');

-- Closed: in the archive.
insert into funding_call (code, title, summary, status, opens_at, deadline, common_fund_eur, min_partners,
                          min_countries, developing_partner_required, coordinator_country_funds,
                          max_duration_months, created_at, opened_at, closed_at)
    select 'STI-2025-FOOD-01', 'Resilient food systems for smallholder farmers',
           'Crop diversity, soil health and post-harvest technologies that raise the resilience and income of smallholder farms.',
           'CLOSED', current_timestamp - interval '200' day, current_timestamp - interval '20' day, 0, 3, 2, true, true, 36,
           current_timestamp - interval '230' day, current_timestamp - interval '210' day, current_timestamp - interval '20' day
    where not exists (select 1 from funding_call where code = 'STI-2025-FOOD-01');

-- Draft: only the secretariat sees it.
insert into funding_call (code, title, summary, status, opens_at, deadline, common_fund_eur, min_partners,
                          min_countries, developing_partner_required, coordinator_country_funds,
                          max_duration_months, created_at)
    select 'STI-2027-ENER-01', 'Clean energy access for rural communities',
           'Off-grid renewable generation, storage and productive uses of energy for rural communities.',
           'DRAFT', current_timestamp + interval '60' day, current_timestamp + interval '180' day, 0, 3, 2, true, true, 36,
           current_timestamp - interval '1' day
    where not exists (select 1 from funding_call where code = 'STI-2027-ENER-01');

insert into funding_call_theme (call_id, theme_id)
    select c.id, t.id from funding_call c, thematic_area t
    where ((c.code = 'STI-2026-CLIM-01' and t.code in ('CLIMATE_CHANGE', 'SUSTAINABLE_CITIES', 'DISASTER_RISK'))
        or (c.code = 'STI-2026-HLTH-01' and t.code in ('HEALTH', 'BIODIVERSITY'))
        or (c.code = 'STI-2025-FOOD-01' and t.code in ('FOOD_SECURITY', 'WATER'))
        or (c.code = 'STI-2027-ENER-01' and t.code in ('ENERGY_SECURITY', 'CLIMATE_CHANGE')))
      and not exists (select 1 from funding_call_theme x where x.call_id = c.id and x.theme_id = t.id);

insert into call_commitment (call_id, agency_id, amount, currency, max_request_per_partner)
    select c.id, a.id, v.amount, a.currency, v.max_request from (
        select 'STI-2026-CLIM-01' as code, 'CN' as country, 'NSFC' as acronym, 8000000 as amount, 1500000 as max_request union all
        select 'STI-2026-CLIM-01', 'FR', 'ANR', 1500000, 300000 union all
        select 'STI-2026-CLIM-01', 'ZA', 'NRF', 12000000, 2500000 union all
        select 'STI-2026-CLIM-01', 'BR', 'CNPq', 4000000, 800000 union all
        select 'STI-2026-HLTH-01', 'DE', 'DFG', 2000000, 400000 union all
        select 'STI-2026-HLTH-01', 'KE', 'NACOSTI', 150000000, 30000000 union all
        select 'STI-2026-HLTH-01', 'CN', 'NSFC', 10000000, 2000000 union all
        select 'STI-2025-FOOD-01', 'BR', 'FAPESP', 5000000, 1000000 union all
        select 'STI-2025-FOOD-01', 'IN', 'DST', 90000000, 15000000 union all
        select 'STI-2025-FOOD-01', 'EG', 'STDF', 20000000, 4000000 union all
        select 'STI-2027-ENER-01', 'FR', 'ANR', 1000000, 250000 union all
        select 'STI-2027-ENER-01', 'EG', 'STDF', 25000000, 5000000) v
    join funding_call c on c.code = v.code
    join funding_agency a on a.country_code = v.country and a.acronym = v.acronym
    where not exists (select 1 from call_commitment x where x.call_id = c.id and x.agency_id = a.id);

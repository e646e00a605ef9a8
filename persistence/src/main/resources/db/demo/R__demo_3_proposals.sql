-- DEMO DATA ONLY (db/demo, never in production). Proposals in every state on the demo calls, with
-- consortia from seven countries (Kenya, Egypt and India developing). `member` coordinates COASTWISE
-- (draft), HEATNET (submitted) and OLDCOAST (withdrawn); `member2` is a partner of COASTWISE and OLDCOAST
-- and coordinates DRYLANDS (ineligible); `member3` coordinates AMAZONIA-H (submitted) and SOILRISE
-- (eligible) and belongs to none of member's. `contact` (ZA) sees HEATNET and AMAZONIA-H.
-- Idempotent: each proposal is added once (by call and acronym) with its partners, milestones and its
-- submitted version. The demo proposals have no attachments (binary literals are not portable SQL).

insert into proposal (call_id, coordinator, acronym, title, abstract_text, keywords, duration_months, status,
                      created_at, submitted_at, withdrawn_at, screened_at, screened_by, screening_reasons)
    select c.id, 'member', 'COASTWISE', 'Coastal early warning for heat and storm surges',
           'Early-warning services for heatwaves and storm surges, co-designed with the city authorities of Marseille, Mombasa and Xiamen.',
           'early warning, storm surge, heat, co-design', 36, 'DRAFT',
           current_timestamp - interval '6' day, null, null, null, null,
           null
    from funding_call c where c.code = 'STI-2026-CLIM-01'
      and not exists (select 1 from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2026-CLIM-01' and p.acronym = 'COASTWISE');

insert into proposal_partner (proposal_id, ordinal, coordinating, organisation_id, country_code, pi_name, pi_email,
                              member_username, funding_source, agency_id, currency, requested, person_months, invited_at)
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2026-CLIM-01' and p.acronym = 'COASTWISE'), 0, true, (select o.id from organisation o where o.name = 'Sorbonne Université'), 'FR',
           'Camille Martin', 'member@secretariat.example', 'member', 'AGENCY', (select a.id from funding_agency a where a.country_code = 'FR' and a.acronym = 'ANR'), 'EUR', 250000, 24, cast(null as timestamp with time zone)
    where not exists (select 1 from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2026-CLIM-01' and p.acronym = 'COASTWISE') and pp.ordinal = 0)
    union all
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2026-CLIM-01' and p.acronym = 'COASTWISE'), 1, false, (select o.id from organisation o where o.name = 'University of Nairobi'), 'KE',
           'Amina Odhiambo', 'member2@secretariat.example', 'member2', 'COMMON_FUND', cast(null as bigint), 'EUR', 120000, 30, current_timestamp - interval '4' day
    where not exists (select 1 from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2026-CLIM-01' and p.acronym = 'COASTWISE') and pp.ordinal = 1)
    union all
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2026-CLIM-01' and p.acronym = 'COASTWISE'), 2, false, (select o.id from organisation o where o.name = 'Tsinghua University'), 'CN',
           'Li Wei', 'li.wei@tsinghua.example', null, 'AGENCY', (select a.id from funding_agency a where a.country_code = 'CN' and a.acronym = 'NSFC'), 'CNY', 1200000, cast(null as numeric(6, 1)), cast(null as timestamp with time zone)
    where not exists (select 1 from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2026-CLIM-01' and p.acronym = 'COASTWISE') and pp.ordinal = 2);

insert into proposal_milestone (proposal_id, ordinal, title, due_month, kind, responsible_id)
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2026-CLIM-01' and p.acronym = 'COASTWISE'), 0, 'Warning service design', 6, 'DELIVERABLE',
           (select pp.id from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2026-CLIM-01' and p.acronym = 'COASTWISE') and pp.ordinal = 0)
    where not exists (select 1 from proposal_milestone pm where pm.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2026-CLIM-01' and p.acronym = 'COASTWISE') and pm.ordinal = 0);

insert into proposal (call_id, coordinator, acronym, title, abstract_text, keywords, duration_months, status,
                      created_at, submitted_at, withdrawn_at, screened_at, screened_by, screening_reasons)
    select c.id, 'member', 'HEATNET', 'Urban heat networks for coastal cities',
           'A shared observatory of urban heat in four coastal cities, with open data and nature-based cooling pilots.',
           'urban heat, open data, nature-based solutions', 36, 'SUBMITTED',
           current_timestamp - interval '20' day, current_timestamp - interval '3' day, null, null, null,
           null
    from funding_call c where c.code = 'STI-2026-CLIM-01'
      and not exists (select 1 from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2026-CLIM-01' and p.acronym = 'HEATNET');

insert into proposal_partner (proposal_id, ordinal, coordinating, organisation_id, country_code, pi_name, pi_email,
                              member_username, funding_source, agency_id, currency, requested, person_months, invited_at)
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2026-CLIM-01' and p.acronym = 'HEATNET'), 0, true, (select o.id from organisation o where o.name = 'Sorbonne Université'), 'FR',
           'Camille Martin', 'member@secretariat.example', 'member', 'AGENCY', (select a.id from funding_agency a where a.country_code = 'FR' and a.acronym = 'ANR'), 'EUR', 280000, 30, cast(null as timestamp with time zone)
    where not exists (select 1 from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2026-CLIM-01' and p.acronym = 'HEATNET') and pp.ordinal = 0)
    union all
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2026-CLIM-01' and p.acronym = 'HEATNET'), 1, false, (select o.id from organisation o where o.name = 'University of Cape Town'), 'ZA',
           'Thandiwe Nkosi', 't.nkosi@uct.example', null, 'AGENCY', (select a.id from funding_agency a where a.country_code = 'ZA' and a.acronym = 'NRF'), 'ZAR', 2000000, 24, cast(null as timestamp with time zone)
    where not exists (select 1 from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2026-CLIM-01' and p.acronym = 'HEATNET') and pp.ordinal = 1)
    union all
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2026-CLIM-01' and p.acronym = 'HEATNET'), 2, false, (select o.id from organisation o where o.name = 'Kenyatta University'), 'KE',
           'Joseph Kamau', 'j.kamau@ku.example', null, 'COMMON_FUND', cast(null as bigint), 'EUR', 150000, 36, cast(null as timestamp with time zone)
    where not exists (select 1 from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2026-CLIM-01' and p.acronym = 'HEATNET') and pp.ordinal = 2)
    union all
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2026-CLIM-01' and p.acronym = 'HEATNET'), 3, false, (select o.id from organisation o where o.name = 'Zhejiang University'), 'CN',
           'Chen Jing', 'chen.jing@zju.example', null, 'AGENCY', (select a.id from funding_agency a where a.country_code = 'CN' and a.acronym = 'NSFC'), 'CNY', 1000000, 18, cast(null as timestamp with time zone)
    where not exists (select 1 from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2026-CLIM-01' and p.acronym = 'HEATNET') and pp.ordinal = 3);

insert into proposal_milestone (proposal_id, ordinal, title, due_month, kind, responsible_id)
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2026-CLIM-01' and p.acronym = 'HEATNET'), 0, 'Data management plan', 6, 'DELIVERABLE',
           (select pp.id from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2026-CLIM-01' and p.acronym = 'HEATNET') and pp.ordinal = 0)
    where not exists (select 1 from proposal_milestone pm where pm.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2026-CLIM-01' and p.acronym = 'HEATNET') and pm.ordinal = 0)
    union all
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2026-CLIM-01' and p.acronym = 'HEATNET'), 1, 'Urban heat data set', 18, 'DATA_SET',
           (select pp.id from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2026-CLIM-01' and p.acronym = 'HEATNET') and pp.ordinal = 2)
    where not exists (select 1 from proposal_milestone pm where pm.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2026-CLIM-01' and p.acronym = 'HEATNET') and pm.ordinal = 1)
    union all
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2026-CLIM-01' and p.acronym = 'HEATNET'), 2, 'Cooling pilots report', 34, 'PERIODIC_REPORT',
           (select pp.id from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2026-CLIM-01' and p.acronym = 'HEATNET') and pp.ordinal = 1)
    where not exists (select 1 from proposal_milestone pm where pm.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2026-CLIM-01' and p.acronym = 'HEATNET') and pm.ordinal = 2);

insert into proposal_submission (proposal_id, version_number, receipt, submitted_at, submitted_by, content)
    select p.id, 1, c.code || '-P' || cast(p.id as varchar(20)) || '-V1', current_timestamp - interval '3' day, 'member',
           '{"acronym":"HEATNET","title":"Urban heat networks for coastal cities","abstractText":"A shared observatory of urban heat in four coastal cities, with open data and nature-based cooling pilots.","keywords":"urban heat, open data, nature-based solutions","durationMonths":36,"partners":[{"id":0,"ordinal":0,"coordinating":true,"organisationId":0,"organisation":"Sorbonne Université","countryCode":"FR","countryName":"France","developing":false,"piName":"Camille Martin","piEmail":"member@secretariat.example","linked":true,"invitedAt":null,"source":"AGENCY","agencyId":null,"agency":"ANR","currency":"EUR","requested":280000,"personMonths":30},{"id":0,"ordinal":1,"coordinating":false,"organisationId":0,"organisation":"University of Cape Town","countryCode":"ZA","countryName":"South Africa","developing":false,"piName":"Thandiwe Nkosi","piEmail":"t.nkosi@uct.example","linked":false,"invitedAt":null,"source":"AGENCY","agencyId":null,"agency":"NRF","currency":"ZAR","requested":2000000,"personMonths":24},{"id":0,"ordinal":2,"coordinating":false,"organisationId":0,"organisation":"Kenyatta University","countryCode":"KE","countryName":"Kenya","developing":true,"piName":"Joseph Kamau","piEmail":"j.kamau@ku.example","linked":false,"invitedAt":null,"source":"COMMON_FUND","agencyId":null,"agency":null,"currency":"EUR","requested":150000,"personMonths":36},{"id":0,"ordinal":3,"coordinating":false,"organisationId":0,"organisation":"Zhejiang University","countryCode":"CN","countryName":"China","developing":false,"piName":"Chen Jing","piEmail":"chen.jing@zju.example","linked":false,"invitedAt":null,"source":"AGENCY","agencyId":null,"agency":"NSFC","currency":"CNY","requested":1000000,"personMonths":18}],"milestones":[{"ordinal":0,"title":"Data management plan","dueMonth":6,"kind":"DELIVERABLE","responsible":0,"responsibleName":"Sorbonne Université"},{"ordinal":1,"title":"Urban heat data set","dueMonth":18,"kind":"DATA_SET","responsible":2,"responsibleName":"Kenyatta University"},{"ordinal":2,"title":"Cooling pilots report","dueMonth":34,"kind":"PERIODIC_REPORT","responsible":1,"responsibleName":"University of Cape Town"}],"attachments":[]}'
    from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2026-CLIM-01' and p.acronym = 'HEATNET'
      and not exists (select 1 from proposal_submission s where s.proposal_id = p.id);

insert into proposal (call_id, coordinator, acronym, title, abstract_text, keywords, duration_months, status,
                      created_at, submitted_at, withdrawn_at, screened_at, screened_by, screening_reasons)
    select c.id, 'member', 'OLDCOAST', 'Shoreline retreat scenarios',
           'Scenarios of shoreline retreat for planning; withdrawn by its coordinator in favour of HEATNET.',
           'shoreline, scenarios', 24, 'WITHDRAWN',
           current_timestamp - interval '25' day, null, current_timestamp - interval '1' day, null, null,
           null
    from funding_call c where c.code = 'STI-2026-CLIM-01'
      and not exists (select 1 from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2026-CLIM-01' and p.acronym = 'OLDCOAST');

insert into proposal_partner (proposal_id, ordinal, coordinating, organisation_id, country_code, pi_name, pi_email,
                              member_username, funding_source, agency_id, currency, requested, person_months, invited_at)
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2026-CLIM-01' and p.acronym = 'OLDCOAST'), 0, true, (select o.id from organisation o where o.name = 'Sorbonne Université'), 'FR',
           'Camille Martin', 'member@secretariat.example', 'member', 'AGENCY', (select a.id from funding_agency a where a.country_code = 'FR' and a.acronym = 'ANR'), 'EUR', 120000, 12, cast(null as timestamp with time zone)
    where not exists (select 1 from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2026-CLIM-01' and p.acronym = 'OLDCOAST') and pp.ordinal = 0)
    union all
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2026-CLIM-01' and p.acronym = 'OLDCOAST'), 1, false, (select o.id from organisation o where o.name = 'University of Nairobi'), 'KE',
           'Amina Odhiambo', 'member2@secretariat.example', 'member2', 'COMMON_FUND', cast(null as bigint), 'EUR', 60000, 12, current_timestamp - interval '4' day
    where not exists (select 1 from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2026-CLIM-01' and p.acronym = 'OLDCOAST') and pp.ordinal = 1)
    union all
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2026-CLIM-01' and p.acronym = 'OLDCOAST'), 2, false, (select o.id from organisation o where o.name = 'Peking University'), 'CN',
           'Zhang Min', 'zhang.min@pku.example', null, 'AGENCY', (select a.id from funding_agency a where a.country_code = 'CN' and a.acronym = 'NSFC'), 'CNY', 500000, 10, cast(null as timestamp with time zone)
    where not exists (select 1 from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2026-CLIM-01' and p.acronym = 'OLDCOAST') and pp.ordinal = 2);

insert into proposal (call_id, coordinator, acronym, title, abstract_text, keywords, duration_months, status,
                      created_at, submitted_at, withdrawn_at, screened_at, screened_by, screening_reasons)
    select c.id, 'member3', 'AMAZONIA-H', 'Heat and health in tropical coastal cities',
           'Heat-health warning systems for tropical coastal cities, from clinical data to municipal action plans.',
           'heat, health, warning systems', 30, 'SUBMITTED',
           current_timestamp - interval '15' day, current_timestamp - interval '2' day, null, null, null,
           null
    from funding_call c where c.code = 'STI-2026-CLIM-01'
      and not exists (select 1 from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2026-CLIM-01' and p.acronym = 'AMAZONIA-H');

insert into proposal_partner (proposal_id, ordinal, coordinating, organisation_id, country_code, pi_name, pi_email,
                              member_username, funding_source, agency_id, currency, requested, person_months, invited_at)
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2026-CLIM-01' and p.acronym = 'AMAZONIA-H'), 0, true, (select o.id from organisation o where o.name = 'Universidade de São Paulo'), 'BR',
           'Rafael Souza', 'member3@secretariat.example', 'member3', 'AGENCY', (select a.id from funding_agency a where a.country_code = 'BR' and a.acronym = 'CNPq'), 'BRL', 700000, 24, cast(null as timestamp with time zone)
    where not exists (select 1 from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2026-CLIM-01' and p.acronym = 'AMAZONIA-H') and pp.ordinal = 0)
    union all
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2026-CLIM-01' and p.acronym = 'AMAZONIA-H'), 1, false, (select o.id from organisation o where o.name = 'Kenya Medical Research Institute'), 'KE',
           'Grace Wanjiru', 'g.wanjiru@kemri.example', null, 'COMMON_FUND', cast(null as bigint), 'EUR', 100000, 20, cast(null as timestamp with time zone)
    where not exists (select 1 from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2026-CLIM-01' and p.acronym = 'AMAZONIA-H') and pp.ordinal = 1)
    union all
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2026-CLIM-01' and p.acronym = 'AMAZONIA-H'), 2, false, (select o.id from organisation o where o.name = 'Chinese Academy of Sciences'), 'CN',
           'Wang Fang', 'wang.fang@cas.example', null, 'AGENCY', (select a.id from funding_agency a where a.country_code = 'CN' and a.acronym = 'NSFC'), 'CNY', 900000, 12, cast(null as timestamp with time zone)
    where not exists (select 1 from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2026-CLIM-01' and p.acronym = 'AMAZONIA-H') and pp.ordinal = 2)
    union all
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2026-CLIM-01' and p.acronym = 'AMAZONIA-H'), 3, false, (select o.id from organisation o where o.name = 'Stellenbosch University'), 'ZA',
           'Pieter de Wet', 'p.dewet@sun.example', null, 'AGENCY', (select a.id from funding_agency a where a.country_code = 'ZA' and a.acronym = 'NRF'), 'ZAR', 1500000, 12, cast(null as timestamp with time zone)
    where not exists (select 1 from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2026-CLIM-01' and p.acronym = 'AMAZONIA-H') and pp.ordinal = 3);

insert into proposal_milestone (proposal_id, ordinal, title, due_month, kind, responsible_id)
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2026-CLIM-01' and p.acronym = 'AMAZONIA-H'), 0, 'Clinical data protocol', 4, 'DELIVERABLE',
           (select pp.id from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2026-CLIM-01' and p.acronym = 'AMAZONIA-H') and pp.ordinal = 0)
    where not exists (select 1 from proposal_milestone pm where pm.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2026-CLIM-01' and p.acronym = 'AMAZONIA-H') and pm.ordinal = 0)
    union all
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2026-CLIM-01' and p.acronym = 'AMAZONIA-H'), 1, 'Warning system pilot', 24, 'EVENT',
           (select pp.id from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2026-CLIM-01' and p.acronym = 'AMAZONIA-H') and pp.ordinal = 3)
    where not exists (select 1 from proposal_milestone pm where pm.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2026-CLIM-01' and p.acronym = 'AMAZONIA-H') and pm.ordinal = 1);

insert into proposal_submission (proposal_id, version_number, receipt, submitted_at, submitted_by, content)
    select p.id, 1, c.code || '-P' || cast(p.id as varchar(20)) || '-V1', current_timestamp - interval '2' day, 'member3',
           '{"acronym":"AMAZONIA-H","title":"Heat and health in tropical coastal cities","abstractText":"Heat-health warning systems for tropical coastal cities, from clinical data to municipal action plans.","keywords":"heat, health, warning systems","durationMonths":30,"partners":[{"id":0,"ordinal":0,"coordinating":true,"organisationId":0,"organisation":"Universidade de São Paulo","countryCode":"BR","countryName":"Brazil","developing":false,"piName":"Rafael Souza","piEmail":"member3@secretariat.example","linked":true,"invitedAt":null,"source":"AGENCY","agencyId":null,"agency":"CNPq","currency":"BRL","requested":700000,"personMonths":24},{"id":0,"ordinal":1,"coordinating":false,"organisationId":0,"organisation":"Kenya Medical Research Institute","countryCode":"KE","countryName":"Kenya","developing":true,"piName":"Grace Wanjiru","piEmail":"g.wanjiru@kemri.example","linked":false,"invitedAt":null,"source":"COMMON_FUND","agencyId":null,"agency":null,"currency":"EUR","requested":100000,"personMonths":20},{"id":0,"ordinal":2,"coordinating":false,"organisationId":0,"organisation":"Chinese Academy of Sciences","countryCode":"CN","countryName":"China","developing":false,"piName":"Wang Fang","piEmail":"wang.fang@cas.example","linked":false,"invitedAt":null,"source":"AGENCY","agencyId":null,"agency":"NSFC","currency":"CNY","requested":900000,"personMonths":12},{"id":0,"ordinal":3,"coordinating":false,"organisationId":0,"organisation":"Stellenbosch University","countryCode":"ZA","countryName":"South Africa","developing":false,"piName":"Pieter de Wet","piEmail":"p.dewet@sun.example","linked":false,"invitedAt":null,"source":"AGENCY","agencyId":null,"agency":"NRF","currency":"ZAR","requested":1500000,"personMonths":12}],"milestones":[{"ordinal":0,"title":"Clinical data protocol","dueMonth":4,"kind":"DELIVERABLE","responsible":0,"responsibleName":"Universidade de São Paulo"},{"ordinal":1,"title":"Warning system pilot","dueMonth":24,"kind":"EVENT","responsible":3,"responsibleName":"Stellenbosch University"}],"attachments":[]}'
    from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2026-CLIM-01' and p.acronym = 'AMAZONIA-H'
      and not exists (select 1 from proposal_submission s where s.proposal_id = p.id);

insert into proposal (call_id, coordinator, acronym, title, abstract_text, keywords, duration_months, status,
                      created_at, submitted_at, withdrawn_at, screened_at, screened_by, screening_reasons)
    select c.id, 'member3', 'SOILRISE', 'Soil health for smallholder resilience',
           'Soil-health diagnostics and cover-crop trials with smallholder cooperatives in Brazil, India and Kenya.',
           'soil health, smallholders, cover crops', 36, 'ELIGIBLE',
           current_timestamp - interval '90' day, current_timestamp - interval '25' day, null, current_timestamp - interval '5' day, 'officer',
           null
    from funding_call c where c.code = 'STI-2025-FOOD-01'
      and not exists (select 1 from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-FOOD-01' and p.acronym = 'SOILRISE');

insert into proposal_partner (proposal_id, ordinal, coordinating, organisation_id, country_code, pi_name, pi_email,
                              member_username, funding_source, agency_id, currency, requested, person_months, invited_at)
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-FOOD-01' and p.acronym = 'SOILRISE'), 0, true, (select o.id from organisation o where o.name = 'Universidade de São Paulo'), 'BR',
           'Rafael Souza', 'member3@secretariat.example', 'member3', 'AGENCY', (select a.id from funding_agency a where a.country_code = 'BR' and a.acronym = 'FAPESP'), 'BRL', 800000, 30, cast(null as timestamp with time zone)
    where not exists (select 1 from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-FOOD-01' and p.acronym = 'SOILRISE') and pp.ordinal = 0)
    union all
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-FOOD-01' and p.acronym = 'SOILRISE'), 1, false, (select o.id from organisation o where o.name = 'Indian Institute of Science'), 'IN',
           'Priya Raman', 'p.raman@iisc.example', null, 'AGENCY', (select a.id from funding_agency a where a.country_code = 'IN' and a.acronym = 'DST'), 'INR', 12000000, 24, cast(null as timestamp with time zone)
    where not exists (select 1 from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-FOOD-01' and p.acronym = 'SOILRISE') and pp.ordinal = 1)
    union all
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-FOOD-01' and p.acronym = 'SOILRISE'), 2, false, (select o.id from organisation o where o.name = 'International Livestock Research Institute'), 'KE',
           'Samuel Otieno', 's.otieno@ilri.example', null, 'SELF_FUNDED', cast(null as bigint), null, 0, 12, cast(null as timestamp with time zone)
    where not exists (select 1 from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-FOOD-01' and p.acronym = 'SOILRISE') and pp.ordinal = 2);

insert into proposal_milestone (proposal_id, ordinal, title, due_month, kind, responsible_id)
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-FOOD-01' and p.acronym = 'SOILRISE'), 0, 'Trial design', 6, 'DELIVERABLE',
           (select pp.id from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-FOOD-01' and p.acronym = 'SOILRISE') and pp.ordinal = 0)
    where not exists (select 1 from proposal_milestone pm where pm.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-FOOD-01' and p.acronym = 'SOILRISE') and pm.ordinal = 0)
    union all
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-FOOD-01' and p.acronym = 'SOILRISE'), 1, 'Soil data set', 24, 'DATA_SET',
           (select pp.id from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-FOOD-01' and p.acronym = 'SOILRISE') and pp.ordinal = 1)
    where not exists (select 1 from proposal_milestone pm where pm.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-FOOD-01' and p.acronym = 'SOILRISE') and pm.ordinal = 1);

insert into proposal_submission (proposal_id, version_number, receipt, submitted_at, submitted_by, content)
    select p.id, 1, c.code || '-P' || cast(p.id as varchar(20)) || '-V1', current_timestamp - interval '25' day, 'member3',
           '{"acronym":"SOILRISE","title":"Soil health for smallholder resilience","abstractText":"Soil-health diagnostics and cover-crop trials with smallholder cooperatives in Brazil, India and Kenya.","keywords":"soil health, smallholders, cover crops","durationMonths":36,"partners":[{"id":0,"ordinal":0,"coordinating":true,"organisationId":0,"organisation":"Universidade de São Paulo","countryCode":"BR","countryName":"Brazil","developing":false,"piName":"Rafael Souza","piEmail":"member3@secretariat.example","linked":true,"invitedAt":null,"source":"AGENCY","agencyId":null,"agency":"FAPESP","currency":"BRL","requested":800000,"personMonths":30},{"id":0,"ordinal":1,"coordinating":false,"organisationId":0,"organisation":"Indian Institute of Science","countryCode":"IN","countryName":"India","developing":true,"piName":"Priya Raman","piEmail":"p.raman@iisc.example","linked":false,"invitedAt":null,"source":"AGENCY","agencyId":null,"agency":"DST","currency":"INR","requested":12000000,"personMonths":24},{"id":0,"ordinal":2,"coordinating":false,"organisationId":0,"organisation":"International Livestock Research Institute","countryCode":"KE","countryName":"Kenya","developing":true,"piName":"Samuel Otieno","piEmail":"s.otieno@ilri.example","linked":false,"invitedAt":null,"source":"SELF_FUNDED","agencyId":null,"agency":null,"currency":null,"requested":0,"personMonths":12}],"milestones":[{"ordinal":0,"title":"Trial design","dueMonth":6,"kind":"DELIVERABLE","responsible":0,"responsibleName":"Universidade de São Paulo"},{"ordinal":1,"title":"Soil data set","dueMonth":24,"kind":"DATA_SET","responsible":1,"responsibleName":"Indian Institute of Science"}],"attachments":[]}'
    from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-FOOD-01' and p.acronym = 'SOILRISE'
      and not exists (select 1 from proposal_submission s where s.proposal_id = p.id);

insert into proposal (call_id, coordinator, acronym, title, abstract_text, keywords, duration_months, status,
                      created_at, submitted_at, withdrawn_at, screened_at, screened_by, screening_reasons)
    select c.id, 'member2', 'DRYLANDS', 'Drought-tolerant sorghum value chains',
           'Participatory breeding and post-harvest storage for drought-tolerant sorghum.',
           'sorghum, drought, post-harvest', 36, 'INELIGIBLE',
           current_timestamp - interval '80' day, current_timestamp - interval '22' day, null, current_timestamp - interval '5' day, 'officer',
           'The coordinator''s country (Kenya) does not fund this call: a Kenyan organisation may take part as a partner, not as coordinator.'
    from funding_call c where c.code = 'STI-2025-FOOD-01'
      and not exists (select 1 from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-FOOD-01' and p.acronym = 'DRYLANDS');

insert into proposal_partner (proposal_id, ordinal, coordinating, organisation_id, country_code, pi_name, pi_email,
                              member_username, funding_source, agency_id, currency, requested, person_months, invited_at)
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-FOOD-01' and p.acronym = 'DRYLANDS'), 0, true, (select o.id from organisation o where o.name = 'University of Nairobi'), 'KE',
           'Amina Odhiambo', 'member2@secretariat.example', 'member2', 'SELF_FUNDED', cast(null as bigint), null, 0, 24, cast(null as timestamp with time zone)
    where not exists (select 1 from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-FOOD-01' and p.acronym = 'DRYLANDS') and pp.ordinal = 0)
    union all
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-FOOD-01' and p.acronym = 'DRYLANDS'), 1, false, (select o.id from organisation o where o.name = 'Cairo University'), 'EG',
           'Ahmed Hassan', 'a.hassan@cu.example', null, 'AGENCY', (select a.id from funding_agency a where a.country_code = 'EG' and a.acronym = 'STDF'), 'EGP', 3000000, 24, cast(null as timestamp with time zone)
    where not exists (select 1 from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-FOOD-01' and p.acronym = 'DRYLANDS') and pp.ordinal = 1)
    union all
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-FOOD-01' and p.acronym = 'DRYLANDS'), 2, false, (select o.id from organisation o where o.name = 'Universidade Estadual de Campinas'), 'BR',
           'Ana Lima', 'a.lima@unicamp.example', null, 'AGENCY', (select a.id from funding_agency a where a.country_code = 'BR' and a.acronym = 'FAPESP'), 'BRL', 600000, 18, cast(null as timestamp with time zone)
    where not exists (select 1 from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-FOOD-01' and p.acronym = 'DRYLANDS') and pp.ordinal = 2);

insert into proposal_milestone (proposal_id, ordinal, title, due_month, kind, responsible_id)
    select (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-FOOD-01' and p.acronym = 'DRYLANDS'), 0, 'Breeding trial', 12, 'DELIVERABLE',
           (select pp.id from proposal_partner pp where pp.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-FOOD-01' and p.acronym = 'DRYLANDS') and pp.ordinal = 1)
    where not exists (select 1 from proposal_milestone pm where pm.proposal_id = (select p.id from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-FOOD-01' and p.acronym = 'DRYLANDS') and pm.ordinal = 0);

insert into proposal_submission (proposal_id, version_number, receipt, submitted_at, submitted_by, content)
    select p.id, 1, c.code || '-P' || cast(p.id as varchar(20)) || '-V1', current_timestamp - interval '22' day, 'member2',
           '{"acronym":"DRYLANDS","title":"Drought-tolerant sorghum value chains","abstractText":"Participatory breeding and post-harvest storage for drought-tolerant sorghum.","keywords":"sorghum, drought, post-harvest","durationMonths":36,"partners":[{"id":0,"ordinal":0,"coordinating":true,"organisationId":0,"organisation":"University of Nairobi","countryCode":"KE","countryName":"Kenya","developing":true,"piName":"Amina Odhiambo","piEmail":"member2@secretariat.example","linked":true,"invitedAt":null,"source":"SELF_FUNDED","agencyId":null,"agency":null,"currency":null,"requested":0,"personMonths":24},{"id":0,"ordinal":1,"coordinating":false,"organisationId":0,"organisation":"Cairo University","countryCode":"EG","countryName":"Egypt","developing":true,"piName":"Ahmed Hassan","piEmail":"a.hassan@cu.example","linked":false,"invitedAt":null,"source":"AGENCY","agencyId":null,"agency":"STDF","currency":"EGP","requested":3000000,"personMonths":24},{"id":0,"ordinal":2,"coordinating":false,"organisationId":0,"organisation":"Universidade Estadual de Campinas","countryCode":"BR","countryName":"Brazil","developing":false,"piName":"Ana Lima","piEmail":"a.lima@unicamp.example","linked":false,"invitedAt":null,"source":"AGENCY","agencyId":null,"agency":"FAPESP","currency":"BRL","requested":600000,"personMonths":18}],"milestones":[{"ordinal":0,"title":"Breeding trial","dueMonth":12,"kind":"DELIVERABLE","responsible":1,"responsibleName":"Cairo University"}],"attachments":[]}'
    from proposal p join funding_call c on c.id = p.call_id where c.code = 'STI-2025-FOOD-01' and p.acronym = 'DRYLANDS'
      and not exists (select 1 from proposal_submission s where s.proposal_id = p.id);

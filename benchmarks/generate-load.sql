-- BENCHMARK DATA ONLY (benchmarks/load.sh, PostgreSQL): what the 1,000 signed-in users of the Gatling load work on,
-- added to a database migrated with the demo data (its agencies and organisations). One open call, LOAD-2026:
--   * a draft proposal for each load member (load-member-0001 …; @SERIES@ gives x = 1 … members): the member
--     coordinates it (a French partner, Sorbonne Université, funded by ANR) and it has one attachment of 100 KB,
--     distinct bytes for each, so that no two members save the same draft or download the same file;
--   * 300 submitted proposals (coordinator load-coordinator, no account) with partners in France, Germany and
--     China, which the national contacts (country FR, DE or CN) and the officers browse.
-- Organisations and agencies are found by ROR id and acronym (ASCII only).

insert into funding_call (code, title, summary, status, opens_at, deadline, common_fund_eur, min_partners,
                          min_countries, developing_partner_required, coordinator_country_funds,
                          max_duration_months, created_at, opened_at)
    values ('LOAD-2026', 'Load test call: 1,000 signed-in users',
            'Benchmark call of the Gatling load: a draft per member, submitted proposals for contacts and officers.',
            'OPEN', current_timestamp - interval '30' day, current_timestamp + interval '30' day, 500000, 1, 1, false,
            true, 36, current_timestamp - interval '40' day, current_timestamp - interval '30' day);

insert into funding_call_theme (call_id, theme_id)
    select c.id, t.id from funding_call c, thematic_area t
    where c.code = 'LOAD-2026' and t.code in ('CLIMATE_CHANGE', 'WATER');

insert into call_commitment (call_id, agency_id, amount, currency, max_request_per_partner)
    select c.id, a.id, v.amount, a.currency, v.max_request
    from (select 'FR' as country, 'ANR' as acronym, 600000000 as amount, 300000 as max_request union all
          select 'DE', 'DFG', 600000000, 300000 union all
          select 'CN', 'NSFC', 4000000000, 1500000) v
    join funding_call c on c.code = 'LOAD-2026'
    join funding_agency a on a.country_code = v.country and a.acronym = v.acronym;

-- the members' drafts
insert into proposal (call_id, coordinator, acronym, title, abstract_text, keywords, duration_months, status, created_at)
    select c.id, 'load-member-' || lpad(x::text, 4, '0'), 'LOAD-M' || lpad(x::text, 4, '0'),
           'Load test draft ' || x, 'A draft of the load test, saved again and again.', 'load', 24, 'DRAFT',
           current_timestamp - interval '3' day
    from funding_call c, @SERIES@
    where c.code = 'LOAD-2026';

-- the submitted proposals the contacts and officers read
insert into proposal (call_id, coordinator, acronym, title, abstract_text, keywords, duration_months, status,
                      created_at, submitted_at)
    select c.id, 'load-coordinator', 'LOAD-S' || lpad(x::text, 4, '0'), 'Load test submission ' || x,
           'A submitted proposal of the load test.', 'load', 36, 'SUBMITTED',
           current_timestamp - interval '10' day, current_timestamp - interval '2' day + x * interval '1' second
    from funding_call c, generate_series(1, 300) s(x)
    where c.code = 'LOAD-2026';

insert into proposal_partner (proposal_id, ordinal, coordinating, organisation_id, country_code, pi_name, pi_email,
                              member_username, funding_source, agency_id, currency, requested, person_months)
    select p.id, 0, true, o.id, o.country_code, 'Load Member ' || substr(p.acronym, 7),
           p.coordinator || '@load.example', p.coordinator, 'AGENCY', a.id, 'EUR', 200000, 24
    from proposal p
    join funding_call c on c.id = p.call_id and c.code = 'LOAD-2026'
    join organisation o on o.ror_id = '02en5vm52'
    join funding_agency a on a.country_code = 'FR' and a.acronym = 'ANR'
    where p.status = 'DRAFT';

insert into proposal_partner (proposal_id, ordinal, coordinating, organisation_id, country_code, pi_name, pi_email,
                              member_username, funding_source, agency_id, currency, requested, person_months)
    select p.id, v.ordinal, v.ordinal = 0, o.id, o.country_code, v.pi_name, v.pi_email, null, 'AGENCY', a.id,
           v.currency, v.requested, 24
    from (select 0 as ordinal, '02en5vm52' as ror_id, 'Camille Load' as pi_name, 'c.load@sorbonne.example' as pi_email,
                 'ANR' as acronym, 'EUR' as currency, 250000 as requested union all
          select 1, '02kkvpp62', 'Jonas Load', 'j.load@tum.example', 'DFG', 'EUR', 200000 union all
          select 2, '03cve4549', 'Li Load', 'li.load@tsinghua.example', 'NSFC', 'CNY', 1200000) v
    join organisation o on o.ror_id = v.ror_id
    join funding_agency a on a.country_code = o.country_code and a.acronym = v.acronym
    join proposal p on p.status = 'SUBMITTED'
    join funding_call c on c.id = p.call_id and c.code = 'LOAD-2026';

insert into proposal_submission (proposal_id, version_number, receipt, submitted_at, submitted_by, content)
    select p.id, 1, 'LOAD-2026-P' || p.id || '-V1', p.submitted_at, p.coordinator,
           '{"acronym":"' || p.acronym || '","title":"' || p.title || '","abstractText":"' || p.abstract_text
               || '","keywords":"load","durationMonths":36,"partners":[],"milestones":[],"attachments":[]}'
    from proposal p join funding_call c on c.id = p.call_id and c.code = 'LOAD-2026'
    where p.status = 'SUBMITTED';

-- each draft's attachment: 100 KB of its own (a PDF header, then text that differs for each member)
create temporary table load_file as
    select p.id as proposal_id, p.coordinator,
           convert_to('%PDF-1.4' || chr(10) || '% ' || p.acronym || ' ' || repeat(md5(p.acronym), 3200), 'UTF8') as bytes
    from proposal p join funding_call c on c.id = p.call_id and c.code = 'LOAD-2026'
    where p.status = 'DRAFT';

insert into stored_file (sha256, size_bytes, bytes, created_at)
    select encode(sha256(f.bytes), 'hex'), octet_length(f.bytes), f.bytes, current_timestamp from load_file f;

insert into proposal_attachment (proposal_id, kind, file_name, size_bytes, sha256, uploaded_at, uploaded_by)
    select f.proposal_id, 'DESCRIPTION', 'description.pdf', octet_length(f.bytes), encode(sha256(f.bytes), 'hex'),
           current_timestamp - interval '2' day, f.coordinator
    from load_file f;

drop table load_file;

-- BENCHMARK DATA ONLY (benchmarks/calls.sh): adds calls BENCH-@FROM@ … BENCH-@TO@ to a migrated database.
-- @SERIES@ is the database's row generator (H2: system_range, PostgreSQL: generate_series), giving x.
-- A realistic mix: 10 % drafts, 10 % cancelled, 30 % open (deadlines ahead), 50 % closed; each call
-- in two or three thematic areas, with one or two agency commitments.
insert into funding_call (code, title, summary, status, opens_at, deadline, common_fund_eur, min_partners,
                          min_countries, developing_partner_required, coordinator_country_funds,
                          max_duration_months, created_at, opened_at, closed_at, cancelled_at, cancel_reason)
    select 'BENCH-' || lpad(cast(x as varchar(10)), 5, '0'),
           case mod(x, 5) when 0 then 'Coastal resilience and adaptation, round '
                          when 1 then 'Surveillance of emerging zoonoses, round '
                          when 2 then 'Smallholder food systems, round '
                          when 3 then 'Clean energy for rural communities, round '
                          else 'Water security in drylands, round ' end || x,
           'Joint research and innovation between partner countries on a global challenge, with open data, '
               || 'capacity building and co-design with the communities concerned.',
           case when mod(x, 10) = 0 then 'DRAFT' when mod(x, 10) = 1 then 'CANCELLED'
                when mod(x, 10) < 5 then 'OPEN' else 'CLOSED' end,
           current_timestamp + (mod(x, 10) - 6) * interval '30' day,
           current_timestamp + (case when mod(x, 10) < 5 then mod(x, 200) + 1 else -(mod(x, 700) + 1) end) * interval '1' day,
           case when mod(x, 3) = 0 then 500000 else 0 end, 3, 2, mod(x, 2) = 0, true, 36,
           current_timestamp - interval '400' day,
           case when mod(x, 10) = 0 then null else current_timestamp - interval '300' day end,
           case when mod(x, 10) >= 5 then current_timestamp - interval '1' day else null end,
           case when mod(x, 10) = 1 then current_timestamp - interval '2' day else null end,
           case when mod(x, 10) = 1 then 'Merged into a larger joint call.' else null end
    from @SERIES@;

insert into funding_call_theme (call_id, theme_id)
    select c.id, t.id from funding_call c join thematic_area t on mod(c.id + t.id, 4) = 0
    where c.code between 'BENCH-@FROM@' and 'BENCH-@TO@';

insert into call_commitment (call_id, agency_id, amount, currency, max_request_per_partner)
    select c.id, a.id, 1000000 + mod(c.id * 7919, 9000000), a.currency, 300000
    from funding_call c join funding_agency a on mod(c.id + a.id, 7) = 0
    where c.code between 'BENCH-@FROM@' and 'BENCH-@TO@';

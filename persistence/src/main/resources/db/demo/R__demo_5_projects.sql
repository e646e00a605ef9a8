-- DEMO DATA ONLY (db/demo, never in production). The projects of the decided demo call STI-2024-BIOD-01 (issue 14):
-- POLLINATE, WETLANDS and MANGROVE, funded by the decision of R__demo_4_evaluation.sql, with their grants (the
-- decision's awards) and milestones (the proposals' planned ones, plus some the officer added). The officer set the
-- start dates back to 75 days ago (the default would be the first of the month after the decision), so that the demo
-- shows every state of a milestone:
--   POLLINATE  "Kick-off meeting" ACCEPTED (version 1 accepted); "Field sites selected" REVISION_REQUESTED (version 1
--              returned with the officer's comments; due in 3 days); the planned ones PLANNED
--   WETLANDS   "Consortium agreement signed" OVERDUE (due 10 days ago, nothing submitted) with the consortium's
--              justification; the planned ones PLANNED
--   MANGROVE   "Inception report" SUBMITTED (version 1 awaiting the officer's review, a DOI among its outputs)
-- Time zone UTC; a milestone is overdue from the end of its due day (overdue_from). Each report has a PDF attachment:
-- small one-page files written in plain ASCII (so that `cast('…' as bytea)` gives the same bytes on H2 and
-- PostgreSQL), named by their SHA-256 in the file store like any upload. Idempotent like the others (natural keys:
-- proposal, milestone ordinal, report version, output ordinal, file checksum).

insert into project (proposal_id, call_id, acronym, title, duration_months, start_date, end_date, time_zone, state,
                     officer, created_at, version)
    select p.id, p.call_id, p.acronym, p.title, p.duration_months, cast(current_timestamp - interval '75' day as date),
           cast(cast(current_timestamp - interval '75' day as date) + p.duration_months * interval '1' month - interval '1' day as date),
           'UTC', 'ACTIVE', d.decided_by, d.decided_at, 0
    from proposal p join funding_call c on c.id = p.call_id join funding_decision d on d.call_id = c.id
    where c.code = 'STI-2024-BIOD-01' and p.acronym = 'POLLINATE'
      and not exists (select 1 from project x where x.proposal_id = p.id);

insert into project (proposal_id, call_id, acronym, title, duration_months, start_date, end_date, time_zone, state,
                     officer, created_at, version)
    select p.id, p.call_id, p.acronym, p.title, p.duration_months, cast(current_timestamp - interval '75' day as date),
           cast(cast(current_timestamp - interval '75' day as date) + p.duration_months * interval '1' month - interval '1' day as date),
           'UTC', 'ACTIVE', d.decided_by, d.decided_at, 0
    from proposal p join funding_call c on c.id = p.call_id join funding_decision d on d.call_id = c.id
    where c.code = 'STI-2024-BIOD-01' and p.acronym = 'WETLANDS'
      and not exists (select 1 from project x where x.proposal_id = p.id);

insert into project (proposal_id, call_id, acronym, title, duration_months, start_date, end_date, time_zone, state,
                     officer, created_at, version)
    select p.id, p.call_id, p.acronym, p.title, p.duration_months, cast(current_timestamp - interval '75' day as date),
           cast(cast(current_timestamp - interval '75' day as date) + p.duration_months * interval '1' month - interval '1' day as date),
           'UTC', 'ACTIVE', d.decided_by, d.decided_at, 0
    from proposal p join funding_call c on c.id = p.call_id join funding_decision d on d.call_id = c.id
    where c.code = 'STI-2024-BIOD-01' and p.acronym = 'MANGROVE'
      and not exists (select 1 from project x where x.proposal_id = p.id);

insert into project_grant (project_id, partner_id, organisation_name, country_code, amount, currency, agency_id)
    select pr.id, aw.partner_id, o.name, pp.country_code, aw.amount, aw.currency, aw.agency_id
    from award aw
    join project pr on pr.proposal_id = aw.proposal_id
    join proposal_partner pp on pp.id = aw.partner_id
    join organisation o on o.id = pp.organisation_id
    join funding_decision d on d.id = aw.decision_id
    join funding_call c on c.id = d.call_id
    where c.code = 'STI-2024-BIOD-01'
      and not exists (select 1 from project_grant g where g.project_id = pr.id and g.partner_id = aw.partner_id);

-- The planned milestones: due at the start plus their month.
insert into project_milestone (project_id, ordinal, title, kind, responsible_id, due_month, due_date, overdue_from, state,
                               version)
    select pr.id, pm.ordinal, pm.title, pm.kind, pm.responsible_id, pm.due_month,
           cast(cast(current_timestamp - interval '75' day as date) + pm.due_month * interval '1' month as date),
           cast(cast(cast(cast(current_timestamp - interval '75' day as date) + pm.due_month * interval '1' month + interval '1' day as date) as varchar(10)) || ' 00:00:00+00:00' as timestamp with time zone),
           'PLANNED', 0
    from project pr
    join proposal_milestone pm on pm.proposal_id = pr.proposal_id
    join funding_call c on c.id = pr.call_id
    where c.code = 'STI-2024-BIOD-01'
      and not exists (select 1 from project_milestone m where m.project_id = pr.id and m.ordinal = pm.ordinal);

-- Milestones the officer added (no planned month), one per state.
insert into project_milestone (project_id, ordinal, title, kind, responsible_id, due_month, due_date, overdue_from, state,
                               late_justification, justified_at, version)
    select pr.id, 10, 'Kick-off meeting', 'EVENT', (select pp.id from proposal_partner pp where pp.proposal_id = pr.proposal_id and pp.ordinal = 0),
           cast(null as integer), cast(current_timestamp - interval '60' day as date), cast(cast(cast(cast(current_timestamp - interval '60' day as date) + interval '1' day as date) as varchar(10)) || ' 00:00:00+00:00' as timestamp with time zone), 'ACCEPTED', cast(null as varchar(2000)), cast(null as timestamp with time zone), 0
    from project pr where pr.id = (select pr.id from project pr join proposal p on p.id = pr.proposal_id join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'POLLINATE')
      and not exists (select 1 from project_milestone m where m.project_id = pr.id and m.ordinal = 10);

insert into project_milestone (project_id, ordinal, title, kind, responsible_id, due_month, due_date, overdue_from, state,
                               late_justification, justified_at, version)
    select pr.id, 11, 'Field sites selected', 'DELIVERABLE', (select pp.id from proposal_partner pp where pp.proposal_id = pr.proposal_id and pp.ordinal = 0),
           cast(null as integer), cast(current_timestamp + interval '3' day as date), cast(cast(cast(cast(current_timestamp + interval '3' day as date) + interval '1' day as date) as varchar(10)) || ' 00:00:00+00:00' as timestamp with time zone), 'REVISION_REQUESTED', cast(null as varchar(2000)), cast(null as timestamp with time zone), 0
    from project pr where pr.id = (select pr.id from project pr join proposal p on p.id = pr.proposal_id join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'POLLINATE')
      and not exists (select 1 from project_milestone m where m.project_id = pr.id and m.ordinal = 11);

insert into project_milestone (project_id, ordinal, title, kind, responsible_id, due_month, due_date, overdue_from, state,
                               late_justification, justified_at, version)
    select pr.id, 10, 'Consortium agreement signed', 'DELIVERABLE', (select pp.id from proposal_partner pp where pp.proposal_id = pr.proposal_id and pp.ordinal = 0),
           cast(null as integer), cast(current_timestamp - interval '10' day as date), cast(cast(cast(cast(current_timestamp - interval '10' day as date) + interval '1' day as date) as varchar(10)) || ' 00:00:00+00:00' as timestamp with time zone), 'PLANNED', 'The Kenyan partner''s legal office needs a translated copy; signature expected within two weeks.', current_timestamp - interval '2' day, 0
    from project pr where pr.id = (select pr.id from project pr join proposal p on p.id = pr.proposal_id join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'WETLANDS')
      and not exists (select 1 from project_milestone m where m.project_id = pr.id and m.ordinal = 10);

insert into project_milestone (project_id, ordinal, title, kind, responsible_id, due_month, due_date, overdue_from, state,
                               late_justification, justified_at, version)
    select pr.id, 10, 'Inception report', 'PERIODIC_REPORT', (select pp.id from proposal_partner pp where pp.proposal_id = pr.proposal_id and pp.ordinal = 0),
           cast(null as integer), cast(current_timestamp + interval '5' day as date), cast(cast(cast(cast(current_timestamp + interval '5' day as date) + interval '1' day as date) as varchar(10)) || ' 00:00:00+00:00' as timestamp with time zone), 'SUBMITTED', cast(null as varchar(2000)), cast(null as timestamp with time zone), 0
    from project pr where pr.id = (select pr.id from project pr join proposal p on p.id = pr.proposal_id join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'MANGROVE')
      and not exists (select 1 from project_milestone m where m.project_id = pr.id and m.ordinal = 10);

-- Reports: every submitted version kept; the officer's review beside it.
insert into milestone_report (milestone_id, version_number, status, narrative, saved_at, saved_by, submitted_at,
                              submitted_by, reviewed_at, reviewed_by, comments, version)
    select m.id, 1, 'ACCEPTED', '<p>The consortium met in Montpellier on the planned day. <strong>All three partners</strong> agreed the survey calendar.</p><ul><li>Minutes circulated</li><li>Steering committee named</li></ul>', current_timestamp - interval '58' day, 'elise.moreau', current_timestamp - interval '58' day, 'elise.moreau', current_timestamp - interval '55' day,
           'officer', cast(null as varchar(8000)), 0
    from project_milestone m where m.id = (select m.id from project_milestone m where m.project_id = (select pr.id from project pr join proposal p on p.id = pr.proposal_id join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'POLLINATE') and m.ordinal = 10)
      and not exists (select 1 from milestone_report r where r.milestone_id = m.id and r.version_number = 1);

insert into milestone_report (milestone_id, version_number, status, narrative, saved_at, saved_by, submitted_at,
                              submitted_by, reviewed_at, reviewed_by, comments, version)
    select m.id, 1, 'RETURNED', '<p>We selected twelve sites in three landscapes.</p>', current_timestamp - interval '6' day, 'elise.moreau', current_timestamp - interval '6' day, 'elise.moreau', current_timestamp - interval '4' day,
           'officer', 'Please add the map of the sites and say how the landscapes were chosen (criteria and who decided).', 0
    from project_milestone m where m.id = (select m.id from project_milestone m where m.project_id = (select pr.id from project pr join proposal p on p.id = pr.proposal_id join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'POLLINATE') and m.ordinal = 11)
      and not exists (select 1 from milestone_report r where r.milestone_id = m.id and r.version_number = 1);

insert into milestone_report (milestone_id, version_number, status, narrative, saved_at, saved_by, submitted_at,
                              submitted_by, reviewed_at, reviewed_by, comments, version)
    select m.id, 1, 'SUBMITTED', '<h2>Inception</h2><p>The restoration partners agreed the work plan; the first fisheries survey is scheduled.</p>', current_timestamp - interval '1' day, 'elise.moreau', current_timestamp - interval '1' day, 'elise.moreau', cast(null as timestamp with time zone),
           cast(null as varchar(100)), cast(null as varchar(8000)), 0
    from project_milestone m where m.id = (select m.id from project_milestone m where m.project_id = (select pr.id from project pr join proposal p on p.id = pr.proposal_id join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'MANGROVE') and m.ordinal = 10)
      and not exists (select 1 from milestone_report r where r.milestone_id = m.id and r.version_number = 1);

insert into report_output (report_id, ordinal, kind, link, title)
    select r.id, 0, 'DOI', 'https://doi.org/10.5281/zenodo.1234567', 'Inception workshop report'
    from milestone_report r where r.id = (select r.id from milestone_report r where r.milestone_id = (select m.id from project_milestone m where m.project_id = (select pr.id from project pr join proposal p on p.id = pr.proposal_id join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'MANGROVE') and m.ordinal = 10) and r.version_number = 1)
      and not exists (select 1 from report_output x where x.report_id = r.id and x.ordinal = 0);

insert into report_output (report_id, ordinal, kind, link, title)
    select r.id, 1, 'DATA_SET', 'https://zenodo.org/records/1234568', 'Baseline fisheries survey'
    from milestone_report r where r.id = (select r.id from milestone_report r where r.milestone_id = (select m.id from project_milestone m where m.project_id = (select pr.id from project pr join proposal p on p.id = pr.proposal_id join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'MANGROVE') and m.ordinal = 10) and r.version_number = 1)
      and not exists (select 1 from report_output x where x.report_id = r.id and x.ordinal = 1);

insert into report_output (report_id, ordinal, kind, link, title)
    select r.id, 0, 'URL', 'https://pollinate.example.org/sites', 'Site descriptions'
    from milestone_report r where r.id = (select r.id from milestone_report r where r.milestone_id = (select m.id from project_milestone m where m.project_id = (select pr.id from project pr join proposal p on p.id = pr.proposal_id join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'POLLINATE') and m.ordinal = 11) and r.version_number = 1)
      and not exists (select 1 from report_output x where x.report_id = r.id and x.ordinal = 0);

-- The reports' attachments: the bytes once in the file store, then the report's row naming them.
insert into stored_file (sha256, size_bytes, bytes, created_at)
    select '0f9da1db719a2d77b51fda43a6dfe000b95f060572e3cde90bb27ae52157d194', 703, cast('%PDF-1.4
1 0 obj
<< /Type /Catalog /Pages 2 0 R >>
endobj
2 0 obj
<< /Type /Pages /Kids [3 0 R] /Count 1 >>
endobj
3 0 obj
<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>
endobj
4 0 obj
<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>
endobj
5 0 obj
<< /Length 158 >>
stream
BT /F1 14 Tf 72 760 Td 18 TL
(POLLINATE - kick-off minutes (demo)) Tj T*
(Montpellier, all three partners present.) Tj T*
(Steering committee named.) Tj T*
ET
endstream
endobj
xref
0 6
0000000000 65535 f 
0000000009 00000 n 
0000000058 00000 n 
0000000115 00000 n 
0000000241 00000 n 
0000000311 00000 n 
trailer
<< /Size 6 /Root 1 0 R >>
startxref
520
%%EOF
' as bytea), current_timestamp - interval '58' day
    from (values (1)) one (x) where not exists (select 1 from stored_file s where s.sha256 = '0f9da1db719a2d77b51fda43a6dfe000b95f060572e3cde90bb27ae52157d194');

insert into report_attachment (report_id, file_name, size_bytes, sha256, uploaded_at, uploaded_by)
    select r.id, 'kick-off-minutes.pdf', 703, '0f9da1db719a2d77b51fda43a6dfe000b95f060572e3cde90bb27ae52157d194', current_timestamp - interval '58' day, 'elise.moreau'
    from milestone_report r where r.id = (select r.id from milestone_report r where r.milestone_id = (select m.id from project_milestone m where m.project_id = (select pr.id from project pr join proposal p on p.id = pr.proposal_id join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'POLLINATE') and m.ordinal = 10) and r.version_number = 1)
      and not exists (select 1 from report_attachment a where a.report_id = r.id and a.sha256 = '0f9da1db719a2d77b51fda43a6dfe000b95f060572e3cde90bb27ae52157d194');

insert into stored_file (sha256, size_bytes, bytes, created_at)
    select '6231b3156bacee7e852923b8dc2617a241b16cfac73bb4f435089e6ee3a9929a', 699, cast('%PDF-1.4
1 0 obj
<< /Type /Catalog /Pages 2 0 R >>
endobj
2 0 obj
<< /Type /Pages /Kids [3 0 R] /Count 1 >>
endobj
3 0 obj
<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>
endobj
4 0 obj
<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>
endobj
5 0 obj
<< /Length 154 >>
stream
BT /F1 14 Tf 72 760 Td 18 TL
(POLLINATE - field sites (demo)) Tj T*
(Twelve sites in three landscapes:) Tj T*
(Kakamega, Cevennes, Minas Gerais.) Tj T*
ET
endstream
endobj
xref
0 6
0000000000 65535 f 
0000000009 00000 n 
0000000058 00000 n 
0000000115 00000 n 
0000000241 00000 n 
0000000311 00000 n 
trailer
<< /Size 6 /Root 1 0 R >>
startxref
516
%%EOF
' as bytea), current_timestamp - interval '6' day
    from (values (1)) one (x) where not exists (select 1 from stored_file s where s.sha256 = '6231b3156bacee7e852923b8dc2617a241b16cfac73bb4f435089e6ee3a9929a');

insert into report_attachment (report_id, file_name, size_bytes, sha256, uploaded_at, uploaded_by)
    select r.id, 'field-sites.pdf', 699, '6231b3156bacee7e852923b8dc2617a241b16cfac73bb4f435089e6ee3a9929a', current_timestamp - interval '6' day, 'elise.moreau'
    from milestone_report r where r.id = (select r.id from milestone_report r where r.milestone_id = (select m.id from project_milestone m where m.project_id = (select pr.id from project pr join proposal p on p.id = pr.proposal_id join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'POLLINATE') and m.ordinal = 11) and r.version_number = 1)
      and not exists (select 1 from report_attachment a where a.report_id = r.id and a.sha256 = '6231b3156bacee7e852923b8dc2617a241b16cfac73bb4f435089e6ee3a9929a');

insert into stored_file (sha256, size_bytes, bytes, created_at)
    select 'b5eb172327894be4da41273ebffb9a0141ec2eb9fadff90bb41f5c74354a837d', 715, cast('%PDF-1.4
1 0 obj
<< /Type /Catalog /Pages 2 0 R >>
endobj
2 0 obj
<< /Type /Pages /Kids [3 0 R] /Count 1 >>
endobj
3 0 obj
<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>
endobj
4 0 obj
<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>
endobj
5 0 obj
<< /Length 170 >>
stream
BT /F1 14 Tf 72 760 Td 18 TL
(MANGROVE - inception report (demo)) Tj T*
(Work plan agreed by the restoration partners.) Tj T*
(First fisheries survey scheduled.) Tj T*
ET
endstream
endobj
xref
0 6
0000000000 65535 f 
0000000009 00000 n 
0000000058 00000 n 
0000000115 00000 n 
0000000241 00000 n 
0000000311 00000 n 
trailer
<< /Size 6 /Root 1 0 R >>
startxref
532
%%EOF
' as bytea), current_timestamp - interval '1' day
    from (values (1)) one (x) where not exists (select 1 from stored_file s where s.sha256 = 'b5eb172327894be4da41273ebffb9a0141ec2eb9fadff90bb41f5c74354a837d');

insert into report_attachment (report_id, file_name, size_bytes, sha256, uploaded_at, uploaded_by)
    select r.id, 'inception-report.pdf', 715, 'b5eb172327894be4da41273ebffb9a0141ec2eb9fadff90bb41f5c74354a837d', current_timestamp - interval '1' day, 'elise.moreau'
    from milestone_report r where r.id = (select r.id from milestone_report r where r.milestone_id = (select m.id from project_milestone m where m.project_id = (select pr.id from project pr join proposal p on p.id = pr.proposal_id join funding_call c on c.id = p.call_id where c.code = 'STI-2024-BIOD-01' and p.acronym = 'MANGROVE') and m.ordinal = 10) and r.version_number = 1)
      and not exists (select 1 from report_attachment a where a.report_id = r.id and a.sha256 = 'b5eb172327894be4da41273ebffb9a0141ec2eb9fadff90bb41f5c74354a837d');

-- One store for the bytes of every uploaded file (issue 10): stored_file, named by the SHA-256 of the bytes,
-- each file once, never changed or deleted. Call documents and proposal attachments name their bytes by
-- checksum (call_document.sha256, proposal_attachment.sha256), submitted versions inside their JSON.
-- Every row of call_document_content (one per document) and of proposal_file (already by checksum) moves
-- here, the same bytes once; then those two tables go. The foreign keys added at the end fail the migration
-- if a document or an attachment would be left without its bytes.

create table stored_file (
    sha256      varchar(64)   primary key,
    size_bytes  bigint        not null,
    bytes       bytea         not null,
    created_at  timestamp with time zone not null
);

-- Proposal files carry no time: the first upload that named them, else now.
insert into stored_file (sha256, size_bytes, bytes, created_at)
select f.sha256, octet_length(f.bytes), f.bytes,
       coalesce((select min(a.uploaded_at) from proposal_attachment_aud a where a.sha256 = f.sha256),
                (select min(a.uploaded_at) from proposal_attachment a where a.sha256 = f.sha256),
                current_timestamp)
from proposal_file f;

-- A call document's checksum is its bytes' name; the same file in several calls (or in a proposal) once.
insert into stored_file (sha256, size_bytes, bytes, created_at)
select d.sha256, octet_length(c.bytes), c.bytes,
       (select min(o.uploaded_at) from call_document o where o.sha256 = d.sha256)
from call_document d
join call_document_content c on c.id = d.content_id
where d.id = (select min(o.id) from call_document o where o.sha256 = d.sha256)
  and not exists (select 1 from stored_file s where s.sha256 = d.sha256);

alter table call_document drop constraint call_document_content_uk;
alter table call_document drop column content_id;
drop table call_document_content;
-- proposal_attachment's foreign key to proposal_file has a generated name: cascade drops it with the table.
drop table proposal_file cascade;

alter table call_document add constraint call_document_file_fk
    foreign key (sha256) references stored_file (sha256);
alter table proposal_attachment add constraint proposal_attachment_file_fk
    foreign key (sha256) references stored_file (sha256);

-- Members' calendar feeds (issue 14, item 5): one secret address per user, to which calendar apps subscribe for the
-- due dates of the user's milestones. Only the SHA-256 of the secret is kept: whoever reads this table cannot
-- subscribe. Renewing replaces the hash, so the old address stops at once. Not audited (no history of secrets).

create table calendar_feed (
    username            varchar(100)  primary key,
    secret_sha256       varchar(64)   not null,
    language            varchar(12)   not null,
    created_at          timestamp with time zone not null,
    constraint calendar_feed_secret_uq unique (secret_sha256)
);

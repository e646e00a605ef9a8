-- Keycloak sessions that ended (issue 16, the cluster): a back-channel logout reaches one node, which records the
-- session here; every node reads what ended every few seconds and ends its HTTP sessions of it
-- (web.security.OidcSessions). Kept for a day, longer than Keycloak keeps a session nobody uses.
create table ended_sign_in (
    sid         varchar(100)             not null primary key,
    ended_at    timestamp with time zone not null
);
create index ended_sign_in_ended_at on ended_sign_in (ended_at);

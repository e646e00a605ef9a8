-- A person's language (issue 14: e-mails in the recipient's language): the `locale` their Keycloak account gives
-- (chosen on the login page or in the account console), as the application's language code (en, zh, fr, es);
-- null while the account has none, and then an e-mail goes in the language of what it is about.
alter table person add column language varchar(8);
alter table person_aud add column language varchar(8);

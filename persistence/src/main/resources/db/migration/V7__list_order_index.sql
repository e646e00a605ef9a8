-- The officers' list and the public archive show the latest deadline first (code breaks ties): an
-- index in that order lets the database read one page without sorting the whole table (measured by
-- benchmarks/calls.sh at 10,000 calls on PostgreSQL).
create index funding_call_deadline_code_ix on funding_call (deadline desc, code);

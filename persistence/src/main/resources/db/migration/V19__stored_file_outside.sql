-- A stored file's bytes may live outside the database (issue 16, the deadline surge): with SECRETARIAT_FILES_DIR
-- set, new files' bytes go to that directory, shared by the cluster's nodes, and their row keeps the checksum, the
-- size and the time, with no bytes. Rows stored before keep their bytes here and are read from here.
alter table stored_file alter column bytes drop not null;

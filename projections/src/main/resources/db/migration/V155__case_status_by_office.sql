-- case-status, A6: the filings an office holds and has not yet submitted (the office counter's queue),
-- the most recently worked on first. The office is office_id already (the office holding the filing);
-- an index only: the projection fills nothing new, and a rebuild reproduces it as it is.
-- Portable: runs unchanged on PostgreSQL 15 and on H2 2.3 in PostgreSQL mode.
CREATE INDEX case_status_office_ix ON case_status (office_id, updated_at);

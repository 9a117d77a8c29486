-- case-status, A13: what the applicant sees of the competent authority's decision on the filing:
-- the case number and branch once it is registered as a case, or the reason it was returned.
-- Portable: runs unchanged on PostgreSQL 15 and on H2 2.3 in PostgreSQL mode.
ALTER TABLE case_status ADD COLUMN case_number VARCHAR(64);
ALTER TABLE case_status ADD COLUMN case_branch VARCHAR(200);
ALTER TABLE case_status ADD COLUMN return_reason VARCHAR(1000);

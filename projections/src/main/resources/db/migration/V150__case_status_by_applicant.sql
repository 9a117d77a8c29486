-- case-status, A5/A12: an applicant's own filings ("my filings"), newest first. The applicant is
-- found by the keyed hash the projection already stores (applicant_id_hash, never the plain
-- national code). On the portal only the applicant starts their own filing (A5), so the filings
-- an applicant started are among those whose applicant they are: one column answers both.
-- An index only: the projection fills nothing new, and a rebuild reproduces it as it is.
-- Portable: runs unchanged on PostgreSQL 15 and on H2 2.3 in PostgreSQL mode.
CREATE INDEX case_status_applicant_ix ON case_status (applicant_id_hash, started_at);

-- case-status, A12/A13: who may read a filing (FindCaseAccess). Court staff read the cases of their
-- own competent authority, so the row keeps the authority's id beside its name. The office is
-- office_id already (only the office holding a filing acts on it, A6) and the applicant
-- applicant_id_hash. Filled from FilingStarted; rows written before this migration get it when
-- the case-status projection is rebuilt (POST /api/v1/admin/projections/case-status/rebuild).
-- Portable: runs unchanged on PostgreSQL 15 and on H2 2.3 in PostgreSQL mode.
ALTER TABLE case_status ADD COLUMN competent_authority_id VARCHAR(64);

-- case-status, A13: the filings waiting at a competent authority (FindIncomingFilings): submitted to it
-- and not yet registered as a case or returned. An index only: the projection fills nothing new, and a
-- rebuild reproduces it as it is.
-- Portable: runs unchanged on PostgreSQL 15 and on H2 2.3 in PostgreSQL mode.
CREATE INDEX case_status_incoming_ix ON case_status (competent_authority_id, status);

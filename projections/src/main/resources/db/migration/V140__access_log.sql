-- access-log: who read which case, when and why (A12, A37-13), shown to the applicant too.
-- One row per CaseDataRead event. Portable: PostgreSQL 15 and H2 2.3 in PostgreSQL mode.
CREATE TABLE access_log (
    event_id            VARCHAR(255) NOT NULL,
    filing_id           VARCHAR(255) NOT NULL,
    reader_id           VARCHAR(100),
    reader_role         VARCHAR(40),
    reader_office_id    VARCHAR(64),
    reader_authority_id VARCHAR(64),
    view_name           VARCHAR(100) NOT NULL,
    purpose             VARCHAR(500),
    read_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT access_log_pk PRIMARY KEY (event_id)
);
CREATE INDEX access_log_filing_idx ON access_log (filing_id, read_at);

-- reports, A9: every report a reporting body sent on a case, found by the report's own tracking
-- code, for the body that sent it and the competent authority of the case. One row per report,
-- written by ReportSubmitted and completed by ReportAcknowledged; rebuilt from those events.
-- Portable: runs unchanged on PostgreSQL 15 and on H2 2.3 in PostgreSQL mode.
CREATE TABLE report_register (
    report_id              VARCHAR(255) NOT NULL,
    tracking_code          VARCHAR(32)  NOT NULL,
    filing_id              VARCHAR(255) NOT NULL,
    reporting_body_id      VARCHAR(64)  NOT NULL,
    body_kind              VARCHAR(40)  NOT NULL,
    kind                   VARCHAR(40)  NOT NULL,
    title                  VARCHAR(300) NOT NULL,
    -- the report's documents (title, pages, SHA-256) as JSON
    documents              TEXT         NOT NULL,
    competent_authority_id VARCHAR(64)  NOT NULL,
    submitted_by           VARCHAR(100) NOT NULL,
    -- when it was recorded, and when the reported action happened if earlier (A10)
    submitted_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    occurred_at            TIMESTAMP WITH TIME ZONE,
    acknowledged_at        TIMESTAMP WITH TIME ZONE,
    acknowledged_by        VARCHAR(100),
    CONSTRAINT report_register_pk PRIMARY KEY (report_id),
    -- also the index of the lookup by tracking code
    CONSTRAINT report_register_tracking_code_uq UNIQUE (tracking_code)
);

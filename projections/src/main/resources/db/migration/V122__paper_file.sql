-- paper-files, A10: preliminary paper files registered after the fact, with the delay between
-- the first paper act and its electronic registration, so that late registrations can be found.
-- Portable: runs unchanged on PostgreSQL 15 and on H2 2.3 in PostgreSQL mode.
CREATE TABLE paper_file (
    paper_file_id     VARCHAR(255) NOT NULL,
    filing_id         VARCHAR(255) NOT NULL,
    reporting_body_id VARCHAR(64)  NOT NULL,
    paper_reference   VARCHAR(64)  NOT NULL,
    -- who carried the paper file to be registered
    carried_by        VARCHAR(200) NOT NULL,
    registered_by     VARCHAR(100) NOT NULL,
    act_count         INTEGER      NOT NULL,
    -- when the first paper act happened, and when the file was recorded
    first_act_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    delay_seconds     BIGINT       NOT NULL,
    CONSTRAINT paper_file_pk PRIMARY KEY (paper_file_id)
);
CREATE INDEX paper_file_delay_ix ON paper_file (delay_seconds);
CREATE INDEX paper_file_filing_ix ON paper_file (filing_id);

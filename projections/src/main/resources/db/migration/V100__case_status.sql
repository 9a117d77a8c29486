-- case-status: what an applicant sees when they look up their tracking code.
-- Minimal by design: no names, no contact details, no defendants. The applicant's national
-- code (or a legal person's national id) is kept only as a keyed hash, to check a lookup.
-- Portable: runs unchanged on PostgreSQL 15 and on H2 2.3 in PostgreSQL mode.

CREATE TABLE case_status (
    filing_id                VARCHAR(255) NOT NULL,
    -- null until the tracking code is issued; UNIQUE allows any number of nulls
    tracking_code            VARCHAR(32),
    -- PersonalDataHasher output (HMAC-SHA256 hex); never the plain identifier
    applicant_id_hash        VARCHAR(128),
    kind                     VARCHAR(32)  NOT NULL,
    route                    VARCHAR(32)  NOT NULL,
    -- STARTED, FEE_ASSESSED, FEE_PAID, TRACKING_CODE_ISSUED, SUBMITTED
    status                   VARCHAR(32)  NOT NULL,
    competent_authority_name VARCHAR(200) NOT NULL,
    office_id                VARCHAR(64),
    started_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT case_status_pk PRIMARY KEY (filing_id),
    -- also the index of the lookup by tracking code
    CONSTRAINT case_status_tracking_code_uq UNIQUE (tracking_code)
);

-- One row per event of the filing, numbered by the event's sequence number in its aggregate,
-- so a replayed event lands on the same row. The primary key is also the index by filing.
CREATE TABLE case_status_step (
    filing_id   VARCHAR(255) NOT NULL,
    step_no     BIGINT       NOT NULL,
    step        VARCHAR(40)  NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT case_status_step_pk PRIMARY KEY (filing_id, step_no)
);

-- case-history, notices of a case (A7, A8): every event of every notice of a filing, with who
-- did it and when, and the channel the notice used (the mobile and electronic address in force
-- when it was deposited; the mobile an alert went to). Shown in the filing's history.
-- Portable: runs unchanged on PostgreSQL 15 and on H2 2.3 in PostgreSQL mode.

CREATE TABLE case_history_notice (
    filing_id       VARCHAR(255) NOT NULL,
    notice_id       VARCHAR(255) NOT NULL,
    -- the event's sequence number in the notice's stream
    seq             BIGINT       NOT NULL,
    event_type      VARCHAR(100) NOT NULL,
    event_id        VARCHAR(255) NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id        VARCHAR(100),
    actor_role      VARCHAR(40),
    office_id       VARCHAR(64),
    -- the channel this event used, when it used one
    channel_mobile  VARCHAR(20),
    channel_address VARCHAR(254),
    details         TEXT         NOT NULL,
    CONSTRAINT case_history_notice_pk PRIMARY KEY (notice_id, seq),
    CONSTRAINT case_history_notice_event_id_uq UNIQUE (event_id)
);

CREATE INDEX case_history_notice_filing_ix ON case_history_notice (filing_id, recorded_at);

-- case-history: every event of a filing, in order, with who did it, where and when,
-- for court staff. Portable: runs unchanged on PostgreSQL 15 and on H2 2.3 in PostgreSQL mode.

CREATE TABLE case_history (
    filing_id   VARCHAR(255) NOT NULL,
    -- the event's sequence number in the filing's stream
    seq         BIGINT       NOT NULL,
    -- the event's simple class name, e.g. TrackingCodeIssued
    event_type  VARCHAR(100) NOT NULL,
    -- the Axon message identifier
    event_id    VARCHAR(255) NOT NULL,
    -- the event's timestamp: when it was recorded (UTC)
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id    VARCHAR(100),
    actor_role  VARCHAR(40),
    office_id   VARCHAR(64),
    -- the event payload as JSON
    details     TEXT         NOT NULL,
    -- the primary key is also the index by filing, in timeline order
    CONSTRAINT case_history_pk PRIMARY KEY (filing_id, seq),
    CONSTRAINT case_history_event_id_uq UNIQUE (event_id)
);

-- case-history, A9-A11: the case's timeline also shows events of other aggregates about the same
-- case (reports of reporting bodies, preliminary paper files) and, for paper-origin work, when
-- each act happened beside when it was recorded. Additive: the rows of V101 keep their key.
-- Portable: runs unchanged on PostgreSQL 15 and on H2 2.3 in PostgreSQL mode.

-- A10: when the act happened, if earlier than recorded_at (null: it happened when recorded)
ALTER TABLE case_history ADD COLUMN occurred_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE case_history ADD COLUMN authority_id VARCHAR(64);
ALTER TABLE case_history ADD COLUMN reporting_body_id VARCHAR(64);

-- Events of other aggregates that name the case, one row per event, keyed by the event id.
CREATE TABLE case_history_linked (
    event_id          VARCHAR(255) NOT NULL,
    filing_id         VARCHAR(255) NOT NULL,
    -- the aggregate the event belongs to (ExternalReport, PaperFile) and its id
    stream_type       VARCHAR(64)  NOT NULL,
    stream_id         VARCHAR(255) NOT NULL,
    -- the event's sequence number in that aggregate's stream
    seq               BIGINT       NOT NULL,
    event_type        VARCHAR(100) NOT NULL,
    recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    occurred_at       TIMESTAMP WITH TIME ZONE,
    actor_id          VARCHAR(100),
    actor_role        VARCHAR(40),
    office_id         VARCHAR(64),
    authority_id      VARCHAR(64),
    reporting_body_id VARCHAR(64),
    details           TEXT         NOT NULL,
    CONSTRAINT case_history_linked_pk PRIMARY KEY (event_id),
    CONSTRAINT case_history_linked_stream_uq UNIQUE (stream_id, seq)
);
CREATE INDEX case_history_linked_filing_ix ON case_history_linked (filing_id);

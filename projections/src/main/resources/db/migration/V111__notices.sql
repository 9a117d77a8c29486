-- notices: a recipient's inbox and the service state of each notice, for court staff (A7, A8).
-- The recipient's national code is kept only as a keyed hash (to find their inbox) and masked.
-- Portable: runs unchanged on PostgreSQL 15 and on H2 2.3 in PostgreSQL mode.

CREATE TABLE notice (
    notice_id           VARCHAR(255)  NOT NULL,
    filing_id           VARCHAR(255)  NOT NULL,
    authority_id        VARCHAR(64)   NOT NULL,
    kind                VARCHAR(40)   NOT NULL,
    recipient_role      VARCHAR(20)   NOT NULL,
    recipient_id_hash   VARCHAR(128)  NOT NULL,
    recipient_id_masked VARCHAR(20)   NOT NULL,
    recipient_name      VARCHAR(200),
    content_text        TEXT          NOT NULL,
    -- JSON array of SHA-256 hex strings
    documents           TEXT          NOT NULL,
    deadline_kind       VARCHAR(20),
    deadline_days       INTEGER,
    -- ISSUED, SERVED, VIEWED, WITHDRAWN
    status              VARCHAR(20)   NOT NULL,
    issued_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    deposited_at        TIMESTAMP WITH TIME ZONE,
    -- the channel in force at deposit (A7)
    channel_mobile      VARCHAR(20),
    channel_address     VARCHAR(254),
    -- service: the deposit, or the later instant an upheld lack of access set
    served_at           TIMESTAMP WITH TIME ZONE,
    service_date        DATE,
    due_date            DATE,
    viewed_at           TIMESTAMP WITH TIME ZONE,
    view_channel        VARCHAR(20),
    -- NONE, SENT, DELIVERED, FAILED
    alert_status        VARCHAR(20)   NOT NULL,
    alert_attempt_id    VARCHAR(100),
    alert_updated_at    TIMESTAMP WITH TIME ZONE,
    -- NONE, PENDING, UPHELD, DISMISSED
    lack_of_access      VARCHAR(20)   NOT NULL,
    withdrawn_at        TIMESTAMP WITH TIME ZONE,
    -- the sequence number of the last event applied: a replayed event changes nothing
    last_seq            BIGINT        NOT NULL,
    CONSTRAINT notice_pk PRIMARY KEY (notice_id)
);

CREATE INDEX notice_filing_ix ON notice (filing_id, issued_at);
CREATE INDEX notice_recipient_ix ON notice (recipient_id_hash, deposited_at);

-- The SMS alert outbox (A8: an alert is not service, but it is sent, retried and accounted for).
-- One row per delivery attempt id; written by the alert-outbox event processor when a notice is
-- deposited (in the same transaction as its token), sent by the alert dispatcher.
-- Portable: runs unchanged on PostgreSQL 15 and on H2 2.3 in PostgreSQL mode.

CREATE TABLE alert_outbox (
    -- derived from the notice id: the gateway receives it and de-duplicates on it
    attempt_id      VARCHAR(120) NOT NULL,
    notice_id       VARCHAR(255) NOT NULL,
    filing_id       VARCHAR(255) NOT NULL,
    -- the mobile in force when the notice was deposited (A7)
    mobile          VARCHAR(20)  NOT NULL,
    message         TEXT         NOT NULL,
    -- PENDING (not tried yet), FAILED (a try failed; retried at next_attempt_at), SENT, DEAD (gave up)
    status          VARCHAR(10)  NOT NULL,
    -- tries in the current round (an operator's retry starts a new round) and in all
    attempts        INTEGER      NOT NULL,
    total_attempts  INTEGER      NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    -- a dispatcher's claim while it sends; a claim past claimed_until may be taken by another
    claim_token     VARCHAR(64),
    claimed_until   TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(500),
    gateway         VARCHAR(20),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT alert_outbox_pk PRIMARY KEY (attempt_id)
);

CREATE INDEX alert_outbox_due_ix ON alert_outbox (status, next_attempt_at);

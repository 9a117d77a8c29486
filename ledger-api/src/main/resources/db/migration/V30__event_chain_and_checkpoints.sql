-- Tamper evidence (A12, A37): every event chained to its predecessor in its aggregate stream
-- (written in the same transaction as the event), and signed checkpoints over ranges of the
-- global stream. See docs/adr/0300-tamper-evident-ledger.md.
CREATE TABLE event_chain (
    global_index         BIGINT       NOT NULL,
    event_identifier     VARCHAR(255) NOT NULL,
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    event_hash           BYTEA        NOT NULL,
    previous_hash        BYTEA        NOT NULL,
    CONSTRAINT pk_event_chain PRIMARY KEY (global_index),
    CONSTRAINT uq_event_chain_stream UNIQUE (aggregate_identifier, sequence_number)
);

CREATE TABLE ledger_checkpoint (
    from_index    BIGINT       NOT NULL,
    to_index      BIGINT       NOT NULL,
    event_count   BIGINT       NOT NULL,
    merkle_root   BYTEA        NOT NULL,
    previous_root BYTEA,
    created_at    VARCHAR(64)  NOT NULL,
    key_id        VARCHAR(64)  NOT NULL,
    signature     BYTEA        NOT NULL,
    manifest      BYTEA        NOT NULL,
    CONSTRAINT pk_ledger_checkpoint PRIMARY KEY (from_index)
);

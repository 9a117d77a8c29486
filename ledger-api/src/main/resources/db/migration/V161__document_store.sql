-- The documents themselves (issue 16, A5/A6, ADR 0700): kept beside the ledger, content-addressed by the
-- SHA-256 the DocumentDigitized event names. Written before the event is appended; never updated; checked
-- against the event's hash on every read. The bytes are split into chunks of at most 1 MiB so that neither
-- a write nor a read holds a whole document in memory.
CREATE TABLE document (
    sha256     CHAR(64)    PRIMARY KEY,
    size       BIGINT      NOT NULL,
    media_type VARCHAR(64) NOT NULL,
    pages      INTEGER     NOT NULL,
    chunks     INTEGER     NOT NULL,
    stored_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE document_chunk (
    sha256 CHAR(64) NOT NULL REFERENCES document (sha256),
    seq    INTEGER  NOT NULL,
    bytes  BYTEA    NOT NULL,
    PRIMARY KEY (sha256, seq)
);
